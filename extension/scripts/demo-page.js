// npm run demo-page: serves a Gmail-like page on http://127.0.0.1:8081/mail/u/0/ listing the demo
// user's threads, so the unpacked extension can be tried without a Google account: the interview
// threads the server lists, and the demo mailbox's other threads (job alerts and the like, which get
// no banner). Needs `hearback serve --demo` running (HEARBACK_SERVER, default http://localhost:8080).
import { startGmailPage } from '../test/e2e/gmail-page.js';
import { demoMailboxThreads, TEST_REDIRECT } from '../test/e2e/harness.js';

const server = (process.env.HEARBACK_SERVER || 'http://localhost:8080').replace(/\/+$/, '');
const port = Number(process.env.DEMO_PAGE_PORT || 8081);

async function main() {
  // In demo mode /auth/start hands out the demo user's token straight away.
  let r;
  try {
    r = await fetch(`${server}/auth/start?redirect_uri=${encodeURIComponent(TEST_REDIRECT)}`, { redirect: 'manual' });
  } catch (e) {
    throw new Error(`${server} does not answer (${e.cause ? e.cause.code || e.cause.message : e.message}): start it with "PORT=8080 java -jar server/target/hearback.jar serve --demo".`);
  }
  const token = new URLSearchParams((r.headers.get('location') || '').split('#')[1] || '').get('token');
  if (!token) throw new Error(`${server}/auth/start gave no demo token: is "hearback serve --demo" running there?`);
  const list = await (await fetch(`${server}/api/threads`, { headers: { Authorization: `Bearer ${token}` } })).json();
  const threads = list.threads.map((t) => ({
    id: t.threadId,
    subject: t.subject || t.company,
    from: (t.contact && t.contact.name) || 'Recruiter',
    snippet: t.role || '',
    body: [t.interviewEvidence, t.deadlineEvidence].filter(Boolean).map((e) => e.sentence).join('\n\n'),
  }));
  const others = demoMailboxThreads().filter((m) => !threads.some((t) => t.id === m.id));
  for (const m of others) threads.push({ ...m, snippet: '', body: '' });
  const page = await startGmailPage(threads, { port });
  console.log(`Gmail-like page: ${page.url}#inbox  (${list.threads.length} interview threads and ${others.length} others, from ${server})`);
  console.log('Open a thread there with the extension loaded to see the banner. Ctrl-C to stop.');
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
