// A local page that reproduces the parts of Gmail's markup the content script reads:
// the thread view's subject <h2 class="hP" data-legacy-thread-id> and the thread list's rows with
// <span data-legacy-thread-id> inside. Served from 127.0.0.1; the hash routes like Gmail's
// (#inbox is the list, #inbox/<id> a thread).
import http from 'node:http';

/** threads: [{id, subject, from, snippet, body}] */
export function gmailPageHtml(threads) {
  const data = JSON.stringify(threads).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Inbox - Gmail (Hearback test page)</title>
<style>
  body { margin: 0; font: 14px Roboto, Arial, sans-serif; background: #f6f8fc; color: #1f1f1f; }
  .gb { height: 56px; display: flex; align-items: center; padding: 0 16px; font-size: 20px; color: #444; }
  .AO { display: flex; }
  .aeN { width: 200px; padding: 8px 16px; color: #444; }
  .bkK { flex: 1; background: #fff; border-radius: 16px; margin: 0 16px 16px 0; min-height: 500px; padding: 8px 16px; }
  table.F { width: 100%; border-collapse: collapse; }
  tr.zA { cursor: pointer; border-bottom: 1px solid #eee; } tr.zA td { padding: 10px 8px; }
  .yW { width: 180px; font-weight: bold; } .bog { font-weight: bold; } .y2 { color: #5f6368; }
  h2.hP { font-size: 22px; font-weight: 400; margin: 16px 0; }
  .gD { font-weight: bold; margin-top: 8px; }
  .a3s { padding: 8px 0; line-height: 20px; white-space: pre-wrap; }
</style></head>
<body>
<div class="gb">Gmail</div>
<div class="AO"><div class="aeN"><a href="#inbox">Inbox</a></div><div class="nH bkK"><div class="nH" role="main" id="main"></div></div></div>
<script type="application/json" id="threads">${data}</script>
<script src="/page.js"></script>
</body></html>`;
}

// The page's own script (the "Gmail" side). It builds markup with DOM calls only.
export const PAGE_JS = `
(() => {
  const threads = JSON.parse(document.getElementById('threads').textContent);
  const main = document.getElementById('main');
  const perm = (hex) => 'thread-f:' + BigInt('0x' + hex).toString();
  const el = (tag, attrs, ...kids) => { const e = document.createElement(tag); for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v); e.append(...kids); return e; };
  function list() {
    const tbody = el('tbody');
    for (const t of threads) {
      const span = el('span', { 'data-thread-id': '#' + perm(t.id), 'data-legacy-last-message-id': t.id, 'data-legacy-thread-id': t.id }, t.subject);
      const row = el('tr', { class: 'zA zE', role: 'row', tabindex: '-1' },
        el('td', { class: 'yX xY' }, el('div', { class: 'yW' }, t.from || 'Recruiter')),
        el('td', { class: 'xY a4W' }, el('div', { class: 'xS', role: 'link' }, el('div', { class: 'xT' },
          el('div', { class: 'y6' }, el('span', { class: 'bog' }, span)), el('span', { class: 'y2' }, ' - ' + (t.snippet || ''))))));
      row.addEventListener('click', () => { location.hash = 'inbox/' + t.id; });
      tbody.append(row);
    }
    return el('div', { class: 'Cp' }, el('table', { class: 'F cf zt' }, tbody));
  }
  function thread(t) {
    return el('div', { class: 'nH if' },
      el('div', { class: 'nH V8djrc byY' }, el('div', { class: 'nH' },
        el('div', { class: 'ha' }, el('h2', { class: 'hP', tabindex: '-1', 'data-thread-perm-id': perm(t.id), 'data-legacy-thread-id': t.id }, t.subject)))),
      el('div', { class: 'Bu' }, el('div', { class: 'adn ads' }, el('div', { class: 'gs' },
        el('div', { class: 'gD' }, t.from || ''), el('div', { class: 'a3s aiL' }, t.body || t.snippet || '')))));
  }
  function route() {
    const m = /^#[^/]+\\/([0-9a-f]+)$/.exec(location.hash);
    const t = m && threads.find((x) => x.id === m[1]);
    main.replaceChildren(t ? thread(t) : list());
  }
  window.addEventListener('hashchange', route);
  route();
})();
`;

/**
 * Serves the page on 127.0.0.1. By default with a CSP like Gmail's (no inline script, Trusted
 * Types); `csp: false` serves it without one, so that markup injected into the page *would* run:
 * the hostile-mail test needs that to prove nothing was injected.
 */
export function startGmailPage(threads, { port = 0, csp = true } = {}) {
  const server = http.createServer((req, res) => {
    const p = new URL(req.url, 'http://x').pathname;
    if (p === '/page.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      return res.end(PAGE_JS);
    }
    if (p === '/' || p.startsWith('/mail/')) {
      const headers = { 'Content-Type': 'text/html; charset=utf-8' };
      if (csp) headers['Content-Security-Policy'] = "script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
      res.writeHead(200, headers);
      return res.end(gmailPageHtml(threads));
    }
    res.writeHead(404);
    return res.end();
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/mail/u/0/` })));
}
