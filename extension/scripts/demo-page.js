// npm run demo-page: serves a Gmail-like page on http://127.0.0.1:8081/mail/u/0/ listing the demo
// user's interview threads, so the unpacked extension can be tried without a Google account.
// Needs `hearback serve --demo` running (HEARBACK_SERVER, default http://localhost:8080).
import { startGmailPage } from '../test/e2e/gmail-page.js';

const server = (process.env.HEARBACK_SERVER || 'http://localhost:8080').replace(/\/+$/, '');
const port = Number(process.env.DEMO_PAGE_PORT || 8081);
const extra = (process.env.HEARBACK_NON_INTERVIEW_IDS || '').split(',').filter(Boolean);

async function main() {
  // In demo mode /auth/start hands out the demo user's token straight away.
  const r = await fetch(`${server}/auth/start?redirect_uri=${encodeURIComponent('https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/')}`, { redirect: 'manual' });
  const token = new URLSearchParams((r.headers.get('location') || '').split('#')[1] || '').get('token');
  if (!token) throw new Error(`${server}/auth/start gave no demo token: is "hearback serve --demo" running there?`);
  const list = await (await fetch(`${server}/api/threads`, { headers: { Authorization: `Bearer ${token}` } })).json();
  const threads = list.threads.map((t) => ({ id: t.threadId, subject: t.subject || t.company, from: (t.contact && t.contact.name) || 'Recruiter', snippet: t.role || '' }));
  for (const id of extra) threads.push({ id, subject: 'Not an interview (job alert)', from: 'Job alerts', snippet: '' });
  const page = await startGmailPage(threads, { port });
  console.log(`Gmail-like page: ${page.url}#inbox  (${threads.length} threads from ${server})`);
  console.log('Open a thread there with the extension loaded to see the banner. Ctrl-C to stop.');
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
