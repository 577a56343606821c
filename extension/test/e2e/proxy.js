// A recording reverse proxy in front of the Hearback server. It lets the e2e tests see which API
// calls the extension made and, for one chosen thread, swap mail-derived strings for hostile markup
// so the test can prove that such text is rendered inert. Everything else passes through unchanged.
import http from 'node:http';

export const HOSTILE = `<img src=x onerror="window.__hbPwned=1;alert('pwned')"><script>window.__hbPwned=2</script>`;

function poison(t) {
  return {
    ...t,
    company: `${HOSTILE}Evil Corp`,
    role: '<svg onload=alert(1)>',
    deadline: t.deadline || '2026-11-13',
    deadlineEvidence: { sentence: `${HOSTILE} we will reply by Friday`, messageId: 'x' },
    nextAction: { ...(t.nextAction || {}), type: 'FOLLOW_UP', due: (t.nextAction && t.nextAction.due) || '2026-11-23', dueNow: true, reason: '<iframe src="javascript:alert(2)"></iframe>' },
    state: { snoozedUntil: null, dismissed: false },
  };
}

export function startProxy(target, { hostileId = null } = {}) {
  const log = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const up = http.request(new URL(req.url, target), { method: req.method, headers: { ...req.headers, host: new URL(target).host } }, (ur) => {
        const out = [];
        ur.on('data', (c) => out.push(c));
        ur.on('end', () => {
          let data = Buffer.concat(out);
          const entry = { method: req.method, path: new URL(req.url, 'http://x').pathname, status: ur.statusCode, auth: req.headers.authorization || null };
          log.push(entry);
          const headers = { ...ur.headers };
          if (hostileId && ur.statusCode === 200 && /json/.test(ur.headers['content-type'] || '') && req.url.startsWith('/api/threads')) {
            try {
              const j = JSON.parse(data.toString('utf8'));
              if (Array.isArray(j.threads)) j.threads = j.threads.map((t) => (t.threadId === hostileId ? poison(t) : t));
              if (j.thread && j.thread.threadId === hostileId) j.thread = poison(j.thread);
              data = Buffer.from(JSON.stringify(j));
              delete headers['content-length'];
              delete headers['transfer-encoding'];
              headers['content-length'] = String(data.length);
            } catch {
              // not JSON after all: pass through
            }
          }
          entry.body = data.length < 200000 ? data.toString('utf8') : null;
          res.writeHead(ur.statusCode, headers);
          res.end(data);
        });
      });
      up.on('error', () => { res.writeHead(502); res.end(); });
      up.end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, log, url: `http://127.0.0.1:${server.address().port}` })));
}
