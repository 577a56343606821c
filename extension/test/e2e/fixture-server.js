// A stand-in for `hearback serve --demo`, written from docs/api.md, for working on the extension
// without building the jar (HEARBACK_E2E_FIXTURE=1 npm run e2e). The e2e run uses the real jar.
// Like the demo, it keeps saved drafts and shows them on its own page (/demo/drafts/<id>).
import http from 'node:http';
import { randomBytes } from 'node:crypto';

const T = (o) => ({
  subject: 'Interview', contact: { name: 'Jane Doe', email: 'jane@acme.example' }, nextInterviewAt: null,
  interviewEvidence: null, deadline: null, deadlineEvidence: null, followUpsSent: 0,
  progress: { thankYou: null, checkIn: null, followUp: null, finalNote: null },
  state: { snoozedUntil: null, dismissed: false }, ...o,
  gmailUrl: `https://mail.google.com/mail/u/0/#all/${o.threadId}`,
});

function demoThreads() {
  return [
    T({
      threadId: '18c2f0a1b2c3d4e5', subject: 'Interview - Product Manager', company: 'Acme', role: 'Product Manager', stage: 'AWAITING',
      interviewAt: '2026-11-10T14:00:00-05:00', interviewEvidence: { sentence: 'confirmed for Tuesday, November 10 at 2:00 PM', messageId: 'a1' },
      deadline: '2026-11-13', deadlineEvidence: { sentence: "we'll get back to you by Friday", messageId: 'a2' }, followUpsSent: 1,
      progress: { thankYou: '2026-11-10', checkIn: '2026-11-16', followUp: null, finalNote: null },
      nextAction: { type: 'FOLLOW_UP', due: '2026-11-23', dueNow: true, reason: 'No answer to your check-in of Nov 16; five business days later is Nov 23.' },
      draft: { to: 'jane@acme.example', subject: 'Re: Interview - Product Manager', body: 'Hi Jane, ...' },
    }),
    T({
      threadId: '18c3a9b8c7d6e5f4', subject: 'Your interview with Globex', company: 'Globex', role: 'Data Analyst', stage: 'SCHEDULED',
      contact: { name: 'Sam Lee', email: 'sam@globex.example' },
      interviewAt: '2026-11-25T10:00:00-05:00', interviewEvidence: { sentence: 'See you Wednesday, November 25 at 10 AM', messageId: 'g1' },
      nextAction: { type: 'THANK_YOU', due: '2026-11-25', dueNow: false, reason: 'Send a thank-you note the day of your interview.' },
      draft: { to: 'sam@globex.example', subject: 'Re: Your interview with Globex', body: 'Hi Sam, ...' },
    }),
    T({
      threadId: '18c6aa00bb11cc22', subject: 'Umbrella: your interview on Nov 12', company: 'Umbrella', role: 'QA Lead', stage: 'AWAITING',
      contact: { name: 'Alice Abernathy', email: 'alice@umbrella.example' },
      interviewAt: '2026-11-12T11:00:00-05:00', interviewEvidence: { sentence: 'Looking forward to Thursday, November 12 at 11 AM', messageId: 'u1' },
      progress: { thankYou: '2026-11-12', checkIn: null, followUp: null, finalNote: null },
      nextAction: { type: 'CHECK_IN', due: '2026-11-19', dueNow: true, reason: 'No word since the interview on Nov 12; five business days later is Nov 19.' },
      draft: { to: 'alice@umbrella.example', subject: 'Re: Umbrella: your interview on Nov 12', body: 'Hi Alice, ...' },
    }),
    T({
      threadId: '18c7dd33ee44ff55', subject: 'Hooli interview', company: 'Hooli', role: 'Product Designer', stage: 'AWAITING',
      contact: { name: 'Gavin B', email: 'gavin@hooli.example' }, followUpsSent: 2,
      progress: { thankYou: '2026-10-20', checkIn: '2026-10-27', followUp: '2026-11-03', finalNote: null },
      nextAction: { type: 'FINAL_NOTE', due: '2026-11-27', dueNow: false, reason: 'Two follow-ups unanswered; one last note on Nov 27.' },
      draft: { to: 'gavin@hooli.example', subject: 'Re: Hooli interview', body: 'Hi Gavin, ...' },
    }),
    T({
      threadId: '18c4112233445566', subject: 'Next steps', company: 'Initech', role: 'Backend Engineer', stage: 'OFFER',
      contact: { name: 'Bill L', email: 'bill@initech.example' },
      progress: { thankYou: '2026-11-02', checkIn: null, followUp: null, finalNote: null },
      nextAction: { type: 'NONE', due: null, dueNow: false, reason: 'You have an offer.' }, draft: null,
    }),
  ];
}

export const FIXTURE_NON_INTERVIEW = '18c5aabbccddeeff';

export function startFixtureServer({ port = 0 } = {}) {
  const tokens = new Set();
  const threads = demoThreads();
  const drafts = new Map();
  let origin = '';
  const settings = { email: 'demo@hearback.example', zone: 'America/New_York', country: 'US', preset: 'balanced' };
  const json = (res, status, body) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };
  const err = (res, status, error, message) => json(res, status, { error, message });
  const readBody = (req) => new Promise((resolve) => {
    let s = '';
    req.on('data', (c) => { s += c; });
    req.on('end', () => { try { resolve(s ? JSON.parse(s) : {}); } catch { resolve(null); } });
  });
  const find = (id) => threads.find((t) => t.threadId === id);
  const visible = () => threads.filter((t) => !t.state.dismissed && !t.notInterview);
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const p = url.pathname;
    if (p === '/healthz') return json(res, 200, { status: 'ok' });
    const dm = /^\/demo\/drafts\/([\w-]+)$/.exec(p);
    if (dm && drafts.has(dm[1])) {
      const d = drafts.get(dm[1]);
      const esc = (x) => String(x).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'" });
      return res.end(`<!doctype html><title>Draft saved (demo)</title><pre>${esc(`To: ${d.to}\nSubject: ${d.subject}\n\n${d.body}`)}</pre>`);
    }
    if (p === '/auth/start') {
      const token = randomBytes(16).toString('hex');
      tokens.add(token);
      const redirect = url.searchParams.get('redirect_uri') || '';
      res.writeHead(302, { Location: `${redirect}#token=${token}&expires=${encodeURIComponent('2099-01-01T00:00:00Z')}` });
      return res.end();
    }
    if (!p.startsWith('/api/')) return err(res, 404, 'not_found', 'No such page.');
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization || '');
    if (!auth || !tokens.has(auth[1])) return err(res, 401, 'unauthorized', 'Sign in again.');
    if (p === '/api/logout' && req.method === 'POST') { tokens.delete(auth[1]); res.writeHead(204); return res.end(); }
    if (p === '/api/settings') {
      if (req.method === 'GET') return json(res, 200, settings);
      if (req.method === 'PUT') {
        const b = await readBody(req);
        if (!b) return err(res, 400, 'bad_request', 'Bad JSON.');
        if (b.preset && !['balanced', 'patient', 'assertive'].includes(b.preset)) return err(res, 400, 'bad_preset', 'Unknown preset.');
        if (b.country && !/^[A-Z]{2}$/.test(b.country)) return err(res, 400, 'bad_country', 'Unknown country.');
        Object.assign(settings, b.zone ? { zone: b.zone } : {}, b.country ? { country: b.country } : {}, b.preset ? { preset: b.preset } : {});
        return json(res, 200, settings);
      }
    }
    if (p === '/api/threads' && req.method === 'GET') {
      const v = visible();
      return json(res, 200, { now: '2026-11-23T09:00:00-05:00', zone: settings.zone, dueToday: v.filter((t) => t.nextAction.dueNow && !t.state.snoozedUntil).length, threads: v });
    }
    const m = /^\/api\/threads\/([0-9a-f]+)(?:\/(draft|state))?$/.exec(p);
    if (m) {
      const [, id, sub] = m;
      if (!sub && req.method === 'GET') {
        if (id === FIXTURE_NON_INTERVIEW) return json(res, 200, { interview: false, why: 'job alert, no interview', thread: null });
        const t = find(id);
        if (!t) return err(res, 404, 'not_found', 'Unknown thread.');
        return t.notInterview ? json(res, 200, { interview: false, why: 'you said so', thread: null }) : json(res, 200, { interview: true, thread: t });
      }
      const t = find(id);
      if (!t) return err(res, 404, 'not_found', 'Unknown thread.');
      if (sub === 'draft' && req.method === 'POST') {
        if (!t.draft) return err(res, 409, 'no_draft', 'The next action has no draft.');
        const draftId = `r-demo-${drafts.size + 1}`;
        drafts.set(draftId, t.draft);
        return json(res, 201, { draftId, messageId: `${draftId}-message`, gmailUrl: `${origin}/demo/drafts/${draftId}` });
      }
      if (sub === 'state' && req.method === 'POST') {
        const b = await readBody(req);
        if (!b) return err(res, 400, 'bad_request', 'Bad JSON.');
        if (b.snoozeDays) t.state.snoozedUntil = '2026-11-25';
        if (b.dismissed) t.state.dismissed = true;
        if (b.correction === 'NOT_INTERVIEW') t.notInterview = true;
        return json(res, 200, t.notInterview ? { interview: false, thread: null } : { interview: true, thread: t });
      }
    }
    return err(res, 404, 'not_found', 'No such route.');
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => {
    origin = `http://127.0.0.1:${server.address().port}`;
    resolve({ server, url: origin });
  }));
}
