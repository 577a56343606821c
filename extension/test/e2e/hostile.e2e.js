// End-to-end: hostile mail stays text. The real server serves fixtures/hostile.mbox
// (`serve --demo --mbox FILE --me ADDRESS --now INSTANT`): its subject, sender display name and body
// carry <img onerror>, <script>, quotes and right-to-left text. In chromium, the banner, the popup and
// the draft page must show that markup as literal characters, and no script may run: the page is
// served *without* a CSP here, so injected markup would run (a control at the end proves it would),
// and a run would set window.__hbPwned or open a dialog.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  apiGet, bannerText, clickBanner, demoToken, FIXTURE_MODE, FIXTURES, launchBrowser, mboxThreads, startBackend,
  waitFor, waitForBanner, withServerLogs,
} from './harness.js';
import { startGmailPage } from './gmail-page.js';

const MBOX = join(FIXTURES, 'hostile.mbox');
const ME = 'pat.doe@gmail.com';
const NOW = '2026-11-19T15:00:00Z';
const INJECTED = 'img, script, svg, iframe, object, embed';
// What the mail says, character for character (see fixtures/hostile.mbox).
const IN_BODY = ['<img src=x onerror=alert(3)>', '"promise"', '<script>window.__hbPwned=3</script>', 'שלום'];
const IN_SUBJECT = ['<img src=x onerror=alert(1)>', '"Night"', '<script>alert(2)</script>', 'مقابلة'];
const IN_NAME = ['<img src=x onerror=alert(1)>', 'דנה'];

let backend;
let page;
let browser;
let thread; // the hostile ThreadView as the server gives it
let token;

const test = withServerLogs(() => [backend]);

/**
 * Inside `scope` (shadow roots included): no element made from mail text, and no flag set by a
 * script. The pages' own scripts (script[src], the Gmail-like page's JSON data block) are not mail.
 */
async function assertInert(p, where, scope = 'body') {
  await p.waitForTimeout(500); // an injected <img src=x> would have failed to load by now
  const found = await p.evaluate(([sel, sc]) => {
    const top = document.querySelector(sc);
    const roots = [top, ...[...top.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)];
    return {
      injected: roots.reduce((n, r) => n + [...r.querySelectorAll(sel)].filter((e) => !(e.tagName === 'SCRIPT' && (e.src || e.id === 'threads'))).length, 0),
      pwned: window.__hbPwned ?? null,
    };
  }, [INJECTED, scope]);
  assert.deepEqual(found, { injected: 0, pwned: null }, `${where}: mail text became markup or ran`);
}

describe('hostile mail renders as inert text', { skip: FIXTURE_MODE && 'needs the real server (serve --demo --mbox)', timeout: 120000 }, () => {
  before(async () => {
    backend = await startBackend(['--mbox', MBOX, '--me', ME, '--now', NOW]);
    token = await demoToken(backend.url);
    const list = await apiGet(backend.url, token, '/api/threads');
    assert.equal(list.status, 200, JSON.stringify(list.body));
    assert.equal(list.body.threads.length, 1, 'the hostile mailbox holds one interview thread');
    thread = list.body.threads[0];
    // The server passes the mail text through untouched (it is the extension's job to show it as text).
    for (const s of IN_BODY) assert.ok(thread.deadlineEvidence.sentence.includes(s), `deadline evidence keeps ${s}`);
    for (const s of IN_SUBJECT) assert.ok(thread.subject.includes(s), `subject keeps ${s}`);
    for (const s of IN_NAME) assert.ok(thread.contact.name.includes(s), `sender name keeps ${s}`);
    assert.ok(thread.draft && thread.nextAction.dueNow, 'a follow-up with a draft is due');

    const [fromMbox] = mboxThreads(MBOX);
    assert.equal(fromMbox.id, thread.threadId, 'the page and the server agree on the thread id');
    page = await startGmailPage([{ ...fromMbox, snippet: thread.deadlineEvidence.sentence, body: thread.deadlineEvidence.sentence }], { csp: false });
    browser = await launchBrowser(undefined, { apiOrigins: [backend.url] });
    await browser.sw.evaluate((url) => chrome.storage.local.set({ serverUrl: url }), backend.url);
    // Sign in as a user would, through launchWebAuthFlow (the options page's button).
    const o = await browser.ctx.newPage();
    await o.goto(`chrome-extension://${browser.extId}/src/options/options.html`);
    await o.click('#sign-in');
    await o.waitForSelector('body[data-signed-in="true"]');
    await o.close();
  });

  after(async () => {
    if (browser) await browser.close();
    if (page) await new Promise((r) => page.server.close(r));
    if (backend) await backend.stop();
  });

  test('the banner shows the markup, quotes and right-to-left text as literal text', async () => {
    const p = await browser.ctx.newPage();
    await p.goto(`${page.url}#inbox/${thread.threadId}`);
    await waitForBanner(p);
    const text = await bannerText(p);
    // The role is shown when the server found one (markup is never taken for a role).
    for (const s of [...IN_BODY, thread.company, thread.role].filter(Boolean)) assert.ok(text.includes(s), `banner shows ${s} as text; it reads: ${text}`);
    // What the user sees rendered, not only the DOM's text: the visible evidence line has the characters.
    const seen = await p.locator('[data-hearback-banner] .hb-evidence').innerText();
    for (const s of IN_BODY) assert.ok(seen.includes(s), `visible evidence shows ${s}: ${seen}`);
    await assertInert(p, 'Gmail page with the banner');
    await p.close();
  });

  test('the popup shows the hostile company and role as text', async () => {
    await browser.sw.evaluate(() => globalThis.hearback.refresh());
    const p = await browser.ctx.newPage();
    await p.goto(`chrome-extension://${browser.extId}/src/popup/popup.html`);
    await p.waitForSelector('button.thread');
    const row = await p.locator(`button.thread[data-thread="${thread.threadId}"]`).innerText();
    assert.ok(row.includes(thread.company) && (!thread.role || row.includes(thread.role)), row);
    assert.equal(await p.$$eval(`#app :is(${INJECTED})`, (x) => x.length), 0);
    await assertInert(p, 'popup', '#app');
    await p.close();
  });

  test('"Draft follow-up" opens the demo\'s draft page, which shows the hostile subject as text', async () => {
    const p = await browser.ctx.newPage();
    await p.goto(`${page.url}#inbox/${thread.threadId}`);
    await waitForBanner(p, '[data-action="draft"]');
    const opened = browser.ctx.waitForEvent('page');
    await clickBanner(p, 'draft');
    const tab = await opened;
    await tab.waitForLoadState();
    assert.match(tab.url(), /\/demo\/drafts\//);
    const shown = await tab.locator('body').innerText();
    for (const s of IN_SUBJECT) assert.ok(shown.includes(s), `draft page shows ${s}: ${shown}`);
    assert.ok(shown.includes(thread.draft.body.split('\n')[0]));
    await assertInert(tab, 'draft page');
    await tab.close();
    await p.close();
  });

  test('no dialog opened and no flag was set anywhere; the check itself would have caught a run', async () => {
    assert.deepEqual(browser.dialogs, []);
    // Control: in this page (no CSP), markup that *is* injected runs at once. So the checks above,
    // which found neither a run nor an injected element, are meaningful.
    const p = await browser.ctx.newPage();
    await p.goto(`${page.url}#inbox`);
    await p.evaluate(() => {
      const d = document.createElement('div');
      d.innerHTML = '<img src=x onerror="window.__hbPwned=\'control\'">';
      document.body.append(d);
    });
    await waitFor(() => p.evaluate(() => window.__hbPwned === 'control'), { what: 'the control injection to run' });
    await p.close();
  });
});
