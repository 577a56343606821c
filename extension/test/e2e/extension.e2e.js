// End-to-end: Debian's chromium (headless, via playwright-core) with the unpacked extension, the
// Hearback demo server (the real jar), and a 127.0.0.1 page that reproduces Gmail's markup.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { apiGet, demoMailboxThreadIds, demoToken, launchBrowser, REPO_DIR, startBackend, waitFor } from './harness.js';
import { HOSTILE, startProxy } from './proxy.js';
import { startGmailPage } from './gmail-page.js';
import { FIXTURE_NON_INTERVIEW } from './fixture-server.js';
import { isDue, nextActionText, stageLabel, todayOf } from '../../src/lib/format.js';

const DOCS = join(REPO_DIR, 'docs'); // the repository's docs/, next to api.md
// Thread ids that may be in the demo but are not interview processes (job alerts, newsletters):
// every thread of the demo mailbox is asked, and the first the server answers interview:false is used.
const NON_INTERVIEW_CANDIDATES = (process.env.HEARBACK_NON_INTERVIEW_IDS || '').split(',').filter(Boolean)
  .concat(demoMailboxThreadIds(), [FIXTURE_NON_INTERVIEW]);
const HTML_IN_TEXT = /<\s*(img|script|svg|iframe)|onerror\s*=/i;
const UNKNOWN_ID = 'ffffffffffff0000';

let backend;
let proxy;
let page;
let browser;
let list; // GET /api/threads as the demo user sees it (through the proxy, so with the hostile thread)
let interview; // a ThreadView with a draft
let hostile; // the ThreadView the proxy poisons
let demoHostile; // a demo thread whose own mail text carries markup, when the demo has one
let nonInterviewId;
const dialogs = [];

async function bannerText(p) {
  return p.evaluate(() => {
    const host = document.querySelector('[data-hearback-banner]');
    return host && host.shadowRoot ? host.shadowRoot.textContent : null;
  });
}

async function openThread(p, id) {
  await p.evaluate((h) => { location.hash = h; }, `inbox/${id}`);
  await p.waitForFunction((x) => document.querySelector(`h2[data-legacy-thread-id="${x}"]`), id);
}

describe('Hearback extension in chromium', { timeout: 150000 }, () => {
  before(async () => {
    backend = await startBackend();
    const token0 = await demoToken(backend.url);
    const raw = await apiGet(backend.url, token0, '/api/threads');
    assert.equal(raw.status, 200, 'the demo lists threads');
    assert.ok(raw.body.threads.length >= 2, 'the demo has at least two interview threads');
    demoHostile = raw.body.threads.find((t) => HTML_IN_TEXT.test(JSON.stringify(t))) || null;
    const clean = raw.body.threads.filter((t) => t !== demoHostile);
    interview = clean.find((t) => t.draft && t.deadlineEvidence) || clean.find((t) => t.draft) || clean[0];
    const hostileSource = clean.find((t) => t.threadId !== interview.threadId);
    nonInterviewId = null;
    for (const id of NON_INTERVIEW_CANDIDATES) {
      const r = await apiGet(backend.url, token0, `/api/threads/${id}`);
      if (r.status === 200 && r.body.interview === false) {
        nonInterviewId = id;
        break;
      }
    }
    proxy = await startProxy(backend.url, { hostileId: hostileSource.threadId });
    list = (await apiGet(proxy.url, token0, '/api/threads')).body;
    hostile = list.threads.find((t) => t.threadId === hostileSource.threadId);

    const pageThreads = list.threads.map((t) => ({ id: t.threadId, subject: t.subject || t.company, from: (t.contact && t.contact.name) || 'Recruiter', snippet: 'Thanks for your time today.' }));
    if (nonInterviewId) pageThreads.push({ id: nonInterviewId, subject: 'New jobs for you: 25 product roles', from: 'Job alerts', snippet: 'Apply now' });
    pageThreads.push({ id: UNKNOWN_ID, subject: 'Lunch on Friday?', from: 'A friend', snippet: 'Tacos?' });
    page = await startGmailPage(pageThreads);

    browser = await launchBrowser();
    // There is no internet here, so tabs the extension opens on Gmail show an error page: record the
    // URLs the worker asks chrome.tabs.create for.
    await browser.sw.evaluate(() => {
      const create = chrome.tabs.create.bind(chrome.tabs);
      globalThis.openedUrls = [];
      chrome.tabs.create = (o) => { globalThis.openedUrls.push(o.url); return create(o); };
    });
    browser.ctx.on('page', (p) => p.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); }));
    await browser.sw.evaluate((url) => chrome.storage.local.set({ serverUrl: url }), proxy.url);
    mkdirSync(DOCS, { recursive: true });
  });

  after(async () => {
    if (browser) await browser.close();
    if (page) await new Promise((r) => page.server.close(r));
    if (proxy) await new Promise((r) => proxy.server.close(r));
    if (backend) await backend.stop();
  });

  test('options page signs in through launchWebAuthFlow and saves settings', async () => {
    const p = await browser.ctx.newPage();
    await p.goto(`chrome-extension://${browser.extId}/src/options/options.html`);
    await p.waitForSelector('body[data-ready="true"]');
    assert.equal(await p.inputValue('#server-url'), proxy.url);
    await p.click('#sign-in');
    await p.waitForSelector('body[data-signed-in="true"]', { timeout: 20000 });
    assert.match(await p.textContent('#account-status'), /Signed in/);
    const token = await browser.sw.evaluate(() => chrome.storage.local.get('token').then((s) => s.token));
    assert.ok(token, 'token stored');
    await p.waitForFunction(() => document.getElementById('zone').value !== '');
    await p.selectOption('#preset', 'patient');
    await p.click('#save-settings');
    await p.waitForFunction(() => /Saved/.test(document.getElementById('settings-status').textContent));
    assert.ok(proxy.log.some((e) => e.method === 'PUT' && e.path === '/api/settings' && e.status === 200));
    await p.selectOption('#preset', 'balanced');
    await p.click('#save-settings');
    await p.waitForFunction(() => /Saved/.test(document.getElementById('settings-status').textContent));
    await p.close();
  });

  test('the banner appears on an interview thread', async () => {
    const p = await browser.ctx.newPage();
    await p.goto(`${page.url}#inbox/${interview.threadId}`);
    await p.waitForFunction(() => document.querySelector('[data-hearback-banner]')?.shadowRoot?.querySelector('.hb'), null, { timeout: 15000 });
    const text = await bannerText(p);
    assert.ok(text.includes(stageLabel(interview.stage)), text);
    assert.ok(text.includes(nextActionText(interview)), text);
    assert.ok(text.includes('Snooze 2 days') && text.includes('Dismiss') && text.includes('Not an interview'), text);
    if (interview.draft) assert.ok(text.includes('Draft follow-up'));
    // The banner sits above the thread's subject.
    assert.equal(await p.evaluate(() => document.querySelector('[data-hearback-banner]').nextElementSibling.className), 'ha');
    await p.setViewportSize({ width: 1100, height: 380 });
    await p.screenshot({ path: join(DOCS, 'banner.png') });
    await p.close();
  });

  test('no banner on a thread that is not an interview, nor on an unknown one', async () => {
    const p = await browser.ctx.newPage();
    await p.goto(`${page.url}#inbox`);
    for (const id of [nonInterviewId, UNKNOWN_ID].filter(Boolean)) {
      const before = proxy.log.length;
      await openThread(p, id);
      await waitFor(() => proxy.log.slice(before).some((e) => e.path === `/api/threads/${id}`) || null, { timeout: 10000, what: `the lookup of ${id}` });
      await p.waitForTimeout(700);
      assert.equal(await p.$('[data-hearback-banner]'), null, `no banner on ${id}`);
    }
    // Moving on to an interview thread in the same page brings the banner.
    await openThread(p, interview.threadId);
    await p.waitForFunction(() => document.querySelector('[data-hearback-banner]'), null, { timeout: 10000 });
    await p.close();
    assert.ok(nonInterviewId || process.env.HEARBACK_E2E_ALLOW_NO_NON_INTERVIEW, 'a non-interview demo thread was found');
  });

  test('"Draft follow-up" reaches the API and opens the draft', async () => {
    assert.ok(interview.draft, 'the demo has a thread with a draft');
    const p = await browser.ctx.newPage();
    await p.goto(`${page.url}#inbox/${interview.threadId}`);
    await p.waitForFunction(() => document.querySelector('[data-hearback-banner]')?.shadowRoot?.querySelector('[data-action="draft"]'), null, { timeout: 15000 });
    const opened = browser.ctx.waitForEvent('page', { timeout: 15000 });
    await p.evaluate(() => document.querySelector('[data-hearback-banner]').shadowRoot.querySelector('[data-action="draft"]').click());
    await waitFor(() => proxy.log.find((e) => e.method === 'POST' && e.path === `/api/threads/${interview.threadId}/draft`), { timeout: 10000, what: 'POST /draft' });
    const call = proxy.log.find((e) => e.method === 'POST' && e.path === `/api/threads/${interview.threadId}/draft`);
    assert.equal(call.status, 201);
    assert.match(call.auth, /^Bearer /);
    const tab = await opened;
    const gmailUrl = JSON.parse(call.body).gmailUrl;
    assert.match(gmailUrl, /^https:\/\/mail\.google\.com\//);
    assert.deepEqual(await browser.sw.evaluate(() => globalThis.openedUrls.splice(0)), [gmailUrl]);
    await tab.close();
    await p.waitForFunction(() => /Draft created/.test(document.querySelector('[data-hearback-banner]').shadowRoot.querySelector('.hb-status').textContent));
    await p.close();
  });

  test('hostile mail text renders as inert text in the banner', async () => {
    for (const t of [hostile, demoHostile].filter(Boolean)) await checkInert(t, t === hostile ? HOSTILE : null);
  });

  async function checkInert(t, expected) {
    const p = await browser.ctx.newPage();
    await p.goto(`${page.url}#inbox/${t.threadId}`);
    await p.waitForFunction(() => document.querySelector('[data-hearback-banner]')?.shadowRoot?.querySelector('.hb'), null, { timeout: 15000 });
    const text = await bannerText(p);
    if (expected) assert.ok(text.includes(expected), 'the markup shows as literal text');
    else assert.match(text, HTML_IN_TEXT, 'the demo thread\'s markup shows as literal text');
    const found = await p.evaluate(() => {
      const root = document.querySelector('[data-hearback-banner]').shadowRoot;
      return {
        injected: root.querySelectorAll('img, script, svg, iframe').length + document.querySelectorAll('img[src="x"], iframe, svg').length,
        pwned: window.__hbPwned || null,
      };
    });
    await p.waitForTimeout(300);
    assert.deepEqual(found, { injected: 0, pwned: null });
    await p.close();
  }

  test('thread list rows whose follow-up is due get a badge', async () => {
    const p = await browser.ctx.newPage();
    await p.goto(`${page.url}#inbox`);
    const today = todayOf(list.now);
    const due = list.threads.filter((t) => isDue(t, today)).map((t) => t.threadId).sort();
    assert.ok(due.includes(hostile.threadId));
    await p.waitForFunction((n) => document.querySelectorAll('[data-hearback-badge]').length === n, due.length, { timeout: 15000 });
    const badged = await p.evaluate(() => [...document.querySelectorAll('[data-hearback-badge]')].map((b) => b.getAttribute('data-hearback-badge')).sort());
    assert.deepEqual(badged, due);
    await p.close();
  });

  test('the popup lists the demo threads, most urgent first, and the toolbar badge counts those due today', async () => {
    await browser.sw.evaluate(() => globalThis.hearback.refresh());
    const p = await browser.ctx.newPage();
    await p.setViewportSize({ width: 380, height: 600 });
    await p.goto(`chrome-extension://${browser.extId}/src/popup/popup.html`);
    await p.waitForSelector('body[data-ready="true"]');
    const ids = await p.$$eval('button.thread', (bs) => bs.map((b) => b.getAttribute('data-thread')));
    assert.deepEqual([...ids].sort(), list.threads.map((t) => t.threadId).sort());
    const text = await p.textContent('#app');
    for (const t of list.threads) if (t.company && t.threadId !== hostile.threadId) assert.ok(text.includes(t.company), t.company);
    assert.ok(text.includes(HOSTILE.slice(0, 30)), 'hostile company shown as text');
    assert.equal(await p.$$eval('#app img, #app script, #app svg, #app iframe', (x) => x.length), 0);
    const badge = await browser.sw.evaluate(() => chrome.action.getBadgeText({}));
    assert.equal(badge, list.dueToday > 0 ? String(list.dueToday) : '');
    // Screenshot without the hostile thread, so the picture shows the demo as a user sees it.
    await p.evaluate((id) => document.querySelector(`button.thread[data-thread="${id}"]`)?.closest('li')?.remove(), hostile.threadId);
    await p.locator('body').screenshot({ path: join(DOCS, 'popup.png') });
    const opened = browser.ctx.waitForEvent('page', { timeout: 10000 });
    await p.click(`button.thread[data-thread="${interview.threadId}"]`);
    const tab = await opened;
    assert.deepEqual(await browser.sw.evaluate(() => globalThis.openedUrls.splice(0)), [interview.gmailUrl]);
    await tab.close();
  });

  test('a notification is up for each follow-up that came due', async () => {
    const today = todayOf(list.now);
    const due = list.threads.filter((t) => isDue(t, today)).map((t) => `hearback:${t.threadId}`).sort();
    const shown = await browser.sw.evaluate(() => chrome.notifications.getAll().then((n) => Object.keys(n).sort()));
    assert.deepEqual(shown, due);
  });

  test('"Snooze 2 days" posts the state change and the banner says until when', async () => {
    const p = await browser.ctx.newPage();
    await p.goto(`${page.url}#inbox/${hostile.threadId}`);
    await p.waitForFunction(() => document.querySelector('[data-hearback-banner]')?.shadowRoot?.querySelector('[data-action="snooze"]'), null, { timeout: 15000 });
    await p.evaluate(() => document.querySelector('[data-hearback-banner]').shadowRoot.querySelector('[data-action="snooze"]').click());
    await p.waitForFunction(() => /Snooze/.test(document.querySelector('[data-hearback-banner]').shadowRoot.querySelector('.hb-status').textContent), null, { timeout: 10000 });
    const call = proxy.log.find((e) => e.method === 'POST' && e.path === `/api/threads/${hostile.threadId}/state`);
    assert.equal(call.status, 200);
    await p.close();
  });

  test('no script from mail content ran anywhere', () => {
    assert.deepEqual(dialogs, []);
  });

  test('an expired session shows "!" and a sign-in-again prompt, and signing in again works', async () => {
    const token = await browser.sw.evaluate(() => chrome.storage.local.get('token').then((s) => s.token));
    const r = await fetch(`${backend.url}/api/logout`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    assert.equal(r.status, 204);
    await browser.sw.evaluate(() => globalThis.hearback.refreshQuietly());
    assert.equal(await browser.sw.evaluate(() => chrome.action.getBadgeText({})), '!');
    const p = await browser.ctx.newPage();
    await p.setViewportSize({ width: 380, height: 600 });
    await p.goto(`chrome-extension://${browser.extId}/src/popup/popup.html`);
    await p.waitForSelector('body[data-ready="true"]');
    assert.match(await p.textContent('#app'), /expired\. Sign in again/);
    await p.click('[data-action="sign-in"]');
    await waitFor(() => browser.sw.evaluate(() => chrome.storage.local.get('token').then((s) => s.token)), { timeout: 15000, what: 'a new token' });
    await waitFor(async () => (await browser.sw.evaluate(() => chrome.action.getBadgeText({}))) !== '!', { timeout: 10000, what: 'the badge to leave "!"' });
    await p.waitForSelector('button.thread', { timeout: 10000 });
  });
});
