// End-to-end: Debian's chromium (headless, via playwright-core) with the unpacked extension, the
// real Hearback demo server (`java -jar server/target/hearback.jar serve --demo`, the bundled
// mailbox) and a 127.0.0.1 page that reproduces Gmail's markup, built from the demo's own threads.
// Thread ids, dates and counts are read from the server, never written here. Every state change is
// checked twice: in what the user sees, and in what the server answers afterwards.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  apiGet, bannerText, clickBanner, demoMailboxThreads, demoToken, FIXTURE_MODE, launchBrowser, REPO_DIR,
  startBackend, UI_MS, waitFor, waitForBanner, withServerLogs,
} from './harness.js';
import { startGmailPage } from './gmail-page.js';
import { FIXTURE_NON_INTERVIEW } from './fixture-server.js';
import { clip, evidenceText, formatDay, isDue, nextActionText, stageLabel, titleText, todayOf } from '../../src/lib/format.js';

// The README shows docs/popup.png and docs/banner.png: only the real demo server may write them.
const DOCS = FIXTURE_MODE ? join(tmpdir(), 'hearback-e2e-fixture-shots') : join(REPO_DIR, 'docs');
const UNKNOWN_ID = 'ffffffffffff0000';
const DEMO_EMAIL = FIXTURE_MODE ? 'demo@hearback.example' : 'jordan.lee@gmail.com';

let backend;
let page; // the Gmail-like page
let browser;
let token; // the test's own session for the demo user (separate from the extension's)
let list0; // GET /api/threads before the tests change anything
const pick = {}; // the demo threads each test works on, chosen from list0 by what they are
let nonInterview; // {id, subject, from} of a demo thread the server says is not an interview

const test = withServerLogs(() => [backend]);
const api = (path) => apiGet(backend.url, token, path);
const extToken = () => browser.sw.evaluate(() => chrome.storage.local.get('token').then((s) => s.token));
const badgeText = () => browser.sw.evaluate(() => chrome.action.getBadgeText({}));
/** The first recorded call of `method path` (optionally matching `where`), waited for. */
const call = (method, path, where = () => true) => waitFor(() => browser.calls.find((c) => c.method === method && c.path === path && where(c)), { what: `${method} ${path}` });

async function openThreadPage(id) {
  const p = await browser.ctx.newPage();
  await p.goto(`${page.url}#inbox/${id}`);
  await p.waitForSelector(`h2[data-legacy-thread-id="${id}"]`);
  return p;
}

/** Waits until the extension has asked the server about thread `id` (from `since` on), then a little more. */
async function lookedUp(id, since) {
  await waitFor(() => browser.calls.slice(since).find((c) => c.method === 'GET' && c.path === `/api/threads/${id}`), { what: `the lookup of thread ${id}` });
  await new Promise((r) => setTimeout(r, 800)); // time for a banner to be drawn, if one were coming
}

async function openPopup(height = 600) {
  const p = await browser.ctx.newPage();
  await p.setViewportSize({ width: 380, height });
  await p.goto(`chrome-extension://${browser.extId}/src/popup/popup.html`);
  await p.waitForSelector('body[data-ready="true"]');
  return p;
}

describe('Hearback extension in chromium against the demo server', { timeout: 170000 }, () => {
  before(async () => {
    backend = await startBackend();
    token = await demoToken(backend.url);
    const r = await api('/api/threads');
    assert.equal(r.status, 200, `GET /api/threads: ${JSON.stringify(r.body)}`);
    list0 = r.body;
    const threads = list0.threads;
    assert.ok(threads.length >= 5, `the demo has interview threads (got ${threads.length})`);
    const today = todayOf(list0.now);

    // The banner (and its screenshot) and Draft follow-up: an awaiting thread with a follow-up due
    // and a draft, whose company name is in its subject, so the picture shows a plainly right
    // reading of the mail.
    const named = (t) => t.company && t.subject && t.subject.includes(t.company);
    const chase = (t) => ['FOLLOW_UP', 'CHECK_IN'].includes(t.nextAction.type);
    pick.banner = threads.find((t) => t.stage === 'AWAITING' && isDue(t, today) && t.draft && named(t) && chase(t))
      || threads.find((t) => t.stage === 'AWAITING' && isDue(t, today) && t.draft && named(t))
      || threads.find((t) => t.draft && isDue(t, today)) || threads.find((t) => t.draft);
    const rest = threads.filter((t) => t !== pick.banner && t.nextAction && t.nextAction.type !== 'NONE');
    pick.snooze = rest.find((t) => isDue(t, today)); // a due one, so the due count and badge must drop
    pick.dismiss = rest.find((t) => t !== pick.snooze && !isDue(t, today)) || rest.find((t) => t !== pick.snooze);
    pick.notInterview = rest.find((t) => t !== pick.snooze && t !== pick.dismiss);
    for (const k of ['banner', 'snooze', 'dismiss', 'notInterview']) assert.ok(pick[k], `the demo has a thread for the ${k} test`);
    assert.ok(pick.banner.draft, 'the banner thread has a draft');

    // A thread of the demo mailbox that is not an interview process: the server must say so.
    const candidates = FIXTURE_MODE ? [{ id: FIXTURE_NON_INTERVIEW, subject: 'New jobs for you: 25 product roles', from: 'Job alerts' }]
      : demoMailboxThreads().filter((m) => !threads.some((t) => t.threadId === m.id));
    for (const c of candidates) {
      const a = await api(`/api/threads/${c.id}`);
      if (a.status === 200 && a.body.interview === false) {
        nonInterview = c;
        break;
      }
    }
    assert.ok(nonInterview, `one of the demo mailbox's other threads (${candidates.map((c) => c.id).join(', ')}) is answered interview:false`);

    // The Gmail-like page lists the demo's threads as Gmail would, plus the non-interview one and
    // a thread Hearback has never seen.
    const pageThreads = threads.map((t) => ({
      id: t.threadId,
      subject: t.subject || t.company,
      from: (t.contact && t.contact.name) || 'Recruiter',
      snippet: clip((t.interviewEvidence && t.interviewEvidence.sentence) || '', 90),
      body: [t.interviewEvidence, t.deadlineEvidence].filter(Boolean).map((e) => e.sentence).join('\n\n'),
    }));
    pageThreads.splice(3, 0, { ...nonInterview, snippet: 'Roles picked for you this week', body: 'Roles picked for you this week.' });
    pageThreads.push({ id: UNKNOWN_ID, subject: 'Lunch on Friday?', from: 'Sam', snippet: 'Tacos?', body: 'Tacos?' });
    page = await startGmailPage(pageThreads);

    browser = await launchBrowser(undefined, { apiOrigins: [backend.url] });
    // Record the URLs the worker opens (as well as opening them).
    await browser.sw.evaluate(() => {
      const create = chrome.tabs.create.bind(chrome.tabs);
      globalThis.openedUrls = [];
      chrome.tabs.create = (o) => { globalThis.openedUrls.push(o.url); return create(o); };
    });
    await browser.sw.evaluate((url) => chrome.storage.local.set({ serverUrl: url }), backend.url);
    mkdirSync(DOCS, { recursive: true });
  });

  after(async () => {
    if (browser) await browser.close();
    if (page) await new Promise((r) => page.server.close(r));
    if (backend) await backend.stop();
  });

  test('signing in from the options page goes through launchWebAuthFlow and /auth/start', async () => {
    const p = await browser.ctx.newPage();
    await p.goto(`chrome-extension://${browser.extId}/src/options/options.html`);
    await p.waitForSelector('body[data-ready="true"]');
    assert.equal(await p.inputValue('#server-url'), backend.url);
    assert.match(await p.textContent('#account-status'), /Not signed in/);
    assert.equal(await badgeText(), '');
    await p.click('#sign-in');
    await p.waitForSelector('body[data-signed-in="true"]');
    await p.waitForFunction((e) => document.getElementById('account-status').textContent.includes(e), DEMO_EMAIL);
    assert.equal((await p.textContent('#account-status')).trim(), `Signed in as ${DEMO_EMAIL}.`);
    // The token came from the /auth/start redirect and the server accepts it.
    const t = await extToken();
    assert.ok(t, 'a session token is stored');
    const me = await apiGet(backend.url, t, '/api/settings');
    assert.deepEqual([me.status, me.body.email], [200, DEMO_EMAIL]);
    assert.equal((await call('GET', '/api/settings')).auth, `Bearer ${t}`);
    // Settings round-trip through PUT /api/settings; put the demo's preset back afterwards.
    await p.waitForFunction(() => document.getElementById('zone').value !== '');
    assert.equal(await p.inputValue('#zone'), list0.zone);
    await p.selectOption('#preset', 'patient');
    await p.click('#save-settings');
    await p.waitForFunction(() => /Saved/.test(document.getElementById('settings-status').textContent));
    assert.equal((await api('/api/settings')).body.preset, 'patient');
    await p.selectOption('#preset', 'balanced');
    await p.click('#save-settings');
    await waitFor(async () => (await api('/api/settings')).body.preset === 'balanced', { what: 'the preset to be balanced again' });
    assert.deepEqual((await api('/api/threads')).body.threads.map((t) => t.nextAction), list0.threads.map((t) => t.nextAction), 'the plan is back to the demo\'s');
    // Signing in refreshed the list: the toolbar badge counts the follow-ups due today.
    await waitFor(async () => (await badgeText()) === String(list0.dueToday), { what: `the badge to read ${list0.dueToday}` });
    await p.close();
  });

  test('the banner appears above an interview thread with its stage, evidence and next action', async () => {
    const t = pick.banner;
    const p = await openThreadPage(t.threadId);
    await p.setViewportSize({ width: 1100, height: 400 });
    await waitForBanner(p);
    const text = await bannerText(p);
    for (const s of [stageLabel(t.stage), titleText(t), evidenceText(t), nextActionText(t), 'Draft follow-up', 'Snooze 2 days', 'Dismiss', 'Not an interview']) {
      assert.ok(text.includes(s), `banner shows "${s}"; it reads: ${text}`);
    }
    assert.match(nextActionText(t), /due now \(\w{3} \d+ \w{3}\)/, 'the next action carries its due date');
    assert.ok(await p.locator('[data-hearback-banner] .hb-next').isVisible());
    // The banner sits right above the thread's subject line.
    assert.equal(await p.evaluate(() => document.querySelector('[data-hearback-banner]').nextElementSibling.className), 'ha');
    await p.screenshot({ path: join(DOCS, 'banner.png') });
    await p.close();
  });

  test('no banner on a thread that is not an interview, nor on one Hearback does not know', async () => {
    const p = await browser.ctx.newPage();
    await p.goto(`${page.url}#inbox`);
    for (const id of [nonInterview.id, UNKNOWN_ID]) {
      const since = browser.calls.length;
      await p.locator(`tr.zA:has(span[data-legacy-thread-id="${id}"])`).click();
      await p.waitForSelector(`h2[data-legacy-thread-id="${id}"]`);
      await lookedUp(id, since);
      const answer = browser.calls.slice(since).find((c) => c.path === `/api/threads/${id}`);
      if (id === UNKNOWN_ID) assert.equal(answer.status, 404);
      else assert.deepEqual([answer.status, JSON.parse(answer.body).interview], [200, false]);
      assert.equal(await p.$('[data-hearback-banner]'), null, `no banner on ${id}`);
      await p.goBack();
    }
    // Moving on to an interview thread in the same page brings the banner.
    await p.locator(`tr.zA:has(span[data-legacy-thread-id="${pick.banner.threadId}"])`).click();
    await waitForBanner(p);
    await p.close();
  });

  test('the popup lists every interview thread with its next action and due date; the badge counts those due today', async () => {
    await browser.sw.evaluate(() => globalThis.hearback.refresh());
    const p = await openPopup();
    const today = todayOf(list0.now);
    const rows = await p.$$eval('button.thread', (bs) => bs.map((b) => ({
      id: b.getAttribute('data-thread'),
      company: b.querySelector('.company').textContent,
      stage: b.querySelector('.stage').textContent,
      next: b.querySelector('.next').textContent,
      due: b.classList.contains('is-due'),
    })));
    assert.deepEqual(rows.map((r) => r.id).sort(), list0.threads.map((t) => t.threadId).sort(), 'one row per interview thread');
    for (const t of list0.threads) {
      const row = rows.find((r) => r.id === t.threadId);
      assert.equal(row.company, clip(t.company, 40) || clip(t.subject, 40));
      assert.equal(row.stage, stageLabel(t.stage));
      assert.equal(row.next, nextActionText(t));
      if (t.nextAction.due && t.nextAction.type !== 'NONE') assert.ok(row.next.includes(formatDay(t.nextAction.due)), `${row.next} shows the due date`);
      assert.equal(row.due, isDue(t, today));
    }
    // Most urgent first: every due row comes before every other.
    const firstNotDue = rows.findIndex((r) => !r.due);
    assert.ok(firstNotDue === -1 || rows.slice(firstNotDue).every((r) => !r.due), 'due threads first');
    assert.ok(list0.dueToday > 0, 'the demo has follow-ups due today');
    assert.equal(await p.textContent('#due'), `${list0.dueToday} due today`);
    assert.equal(await badgeText(), String(list0.dueToday));
    assert.equal(await p.$$eval('#app img, #app script, #app svg, #app iframe', (x) => x.length), 0, 'mail text never became markup');
    await p.screenshot({ path: join(DOCS, 'popup.png') });
    // Clicking a row opens the thread in Gmail.
    const opened = browser.ctx.waitForEvent('page');
    await p.click(`button.thread[data-thread="${pick.banner.threadId}"]`);
    const tab = await opened;
    assert.deepEqual(await browser.sw.evaluate(() => globalThis.openedUrls.splice(0)), [pick.banner.gmailUrl]);
    await tab.close();
  });

  test('thread list rows whose follow-up is due today get a badge', async () => {
    const p = await browser.ctx.newPage();
    await p.goto(`${page.url}#inbox`);
    const today = todayOf(list0.now);
    const due = list0.threads.filter((t) => isDue(t, today)).map((t) => t.threadId).sort();
    await p.waitForFunction((n) => document.querySelectorAll('[data-hearback-badge]').length === n, due.length);
    const badged = await p.evaluate(() => [...document.querySelectorAll('[data-hearback-badge]')].map((b) => b.getAttribute('data-hearback-badge')).sort());
    assert.deepEqual(badged, due);
    await p.close();
  });

  test('a notification is up for each follow-up due today', async () => {
    const today = todayOf(list0.now);
    const due = list0.threads.filter((t) => isDue(t, today)).map((t) => `hearback:${t.threadId}`).sort();
    const shown = () => browser.sw.evaluate(() => chrome.notifications.getAll().then((n) => Object.keys(n).sort()));
    await waitFor(async () => JSON.stringify(await shown()) === JSON.stringify(due), { what: `notifications for ${due.join(', ')}` }).catch(async (e) => {
      assert.deepEqual(await shown(), due, e.message);
    });
  });

  test('"Draft follow-up" creates the draft through the API (201) and opens the page it returns', async () => {
    const t = pick.banner;
    const p = await openThreadPage(t.threadId);
    await waitForBanner(p, '[data-action="draft"]');
    const opened = browser.ctx.waitForEvent('page');
    await clickBanner(p, 'draft');
    const path = `/api/threads/${t.threadId}/draft`;
    const c = await call('POST', path);
    assert.equal(c.status, 201, c.body);
    assert.match(c.auth, /^Bearer ./);
    const created = JSON.parse(c.body);
    assert.ok(created.draftId && created.messageId, c.body);
    const tab = await opened;
    await tab.waitForLoadState();
    assert.equal(tab.url(), created.gmailUrl);
    assert.deepEqual(await browser.sw.evaluate(() => globalThis.openedUrls.splice(0)), [created.gmailUrl]);
    // The opened page shows the draft Hearback wrote, unsent.
    const shown = await tab.textContent('body');
    assert.ok(shown.includes(`To: ${t.draft.to}`), shown);
    assert.ok(shown.includes(t.draft.body.split('\n')[0]), shown);
    await tab.close();
    await p.waitForFunction(() => /Draft created/.test(document.querySelector('[data-hearback-banner]').shadowRoot.querySelector('.hb-status').textContent));
    await p.close();
  });

  test('"Snooze 2 days" snoozes the thread on the server: the banner says until when and the due count drops', async () => {
    const t = pick.snooze;
    const p = await openThreadPage(t.threadId);
    await waitForBanner(p, '[data-action="snooze"]');
    await clickBanner(p, 'snooze');
    await p.waitForFunction(() => /Snoozed/.test(document.querySelector('[data-hearback-banner]').shadowRoot.querySelector('.hb-status').textContent));
    const status = await p.evaluate(() => document.querySelector('[data-hearback-banner]').shadowRoot.querySelector('.hb-status').textContent);
    assert.equal((await call('POST', `/api/threads/${t.threadId}/state`)).status, 200);
    const after = await api(`/api/threads/${t.threadId}`);
    const until = after.body.thread.state.snoozedUntil;
    assert.ok(until && until > todayOf(list0.now), `snoozed until a later day (${until})`);
    assert.equal(status, `Snoozed until ${formatDay(until)}. Hearback will bring it back then.`);
    const l = (await api('/api/threads')).body;
    assert.equal(l.dueToday, list0.dueToday - 1, 'no longer counted as due');
    await waitFor(async () => (await badgeText()) === String(l.dueToday), { what: `the badge to read ${l.dueToday}` });
    // Opening the thread again shows no banner while it is snoozed.
    const again = await browser.ctx.newPage();
    const since = browser.calls.length;
    await again.goto(`${page.url}#inbox/${t.threadId}`);
    await lookedUp(t.threadId, since);
    assert.equal(await again.$('[data-hearback-banner]'), null);
    await again.close();
    await p.close();
  });

  test('"Dismiss" takes the thread off the list on the server and in the popup', async () => {
    const t = pick.dismiss;
    const p = await openThreadPage(t.threadId);
    await waitForBanner(p, '[data-action="dismiss"]');
    await clickBanner(p, 'dismiss');
    await p.waitForFunction(() => /Dismissed\./.test(document.querySelector('[data-hearback-banner]').shadowRoot.querySelector('.hb-status').textContent));
    assert.equal(await p.locator('[data-hearback-banner] .hb-actions').count(), 0, 'the buttons are gone');
    assert.equal((await call('POST', `/api/threads/${t.threadId}/state`)).status, 200);
    assert.ok(!(await api('/api/threads')).body.threads.some((x) => x.threadId === t.threadId), 'GET /api/threads leaves it out');
    await p.close();
    const pop = await openPopup();
    await pop.click('#refresh');
    await waitFor(async () => (await pop.$(`button.thread[data-thread="${t.threadId}"]`)) === null && (await pop.$$('button.thread')).length > 0, { what: 'the popup without the dismissed thread' });
    await pop.close();
  });

  test('"Not an interview" corrects the server: the thread is no longer an interview process', async () => {
    const t = pick.notInterview;
    const p = await openThreadPage(t.threadId);
    await waitForBanner(p, '[data-action="not-interview"]');
    await clickBanner(p, 'not-interview');
    await p.waitForFunction(() => /Marked as not an interview/.test(document.querySelector('[data-hearback-banner]').shadowRoot.querySelector('.hb-status').textContent));
    assert.equal((await call('POST', `/api/threads/${t.threadId}/state`)).status, 200);
    const one = await api(`/api/threads/${t.threadId}`);
    assert.deepEqual([one.status, one.body.interview], [200, false]);
    assert.ok(!(await api('/api/threads')).body.threads.some((x) => x.threadId === t.threadId));
    // In a fresh page the thread gets no banner any more.
    const again = await browser.ctx.newPage();
    const since = browser.calls.length;
    await again.goto(`${page.url}#inbox/${t.threadId}`);
    await lookedUp(t.threadId, since);
    assert.equal(await again.$('[data-hearback-banner]'), null);
    await again.close();
    await p.close();
  });

  test('a 401 shows "!" and a sign-in-again prompt; signing in again brings the list back', async () => {
    const old = await extToken();
    const r = await fetch(`${backend.url}/api/logout`, { method: 'POST', headers: { Authorization: `Bearer ${old}` } });
    assert.equal(r.status, 204);
    await browser.sw.evaluate(() => globalThis.hearback.refreshQuietly());
    await call('GET', '/api/threads', (c) => c.status === 401 && c.auth === `Bearer ${old}`); // the server said 401
    assert.equal(await badgeText(), '!');
    const p = await openPopup();
    assert.match(await p.textContent('#app'), /Your Hearback sign-in has expired\. Sign in again/);
    await p.click('[data-action="sign-in"]');
    await p.waitForSelector('button.thread', { timeout: UI_MS });
    const fresh = await extToken();
    assert.ok(fresh && fresh !== old, 'a new session');
    const l = (await api('/api/threads')).body;
    await waitFor(async () => (await badgeText()) === String(l.dueToday), { what: `the badge to read ${l.dueToday} again` });
    assert.equal(await p.$$eval('button.thread', (b) => b.length), l.threads.length);
    await p.close();
  });

  test('nothing in the demo mail made the browser run a script or open a dialog', () => {
    assert.deepEqual(browser.dialogs, []);
  });
});
