import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanPatch, createBackground, DAILY_ALARM } from './background.js';
import { fakeChrome, fakeFetch } from '../../test/unit/fake-chrome.js';
import { view } from '../../test/unit/fixtures.js';

const NOW = Date.parse('2026-11-23T14:00:00Z');
const ID = '18c2f0a1b2c3d4e5';

function listBody() {
  return {
    now: '2026-11-23T09:00:00-05:00', zone: 'America/New_York', dueToday: 1,
    threads: [
      view({ nextAction: { type: 'FOLLOW_UP', due: '2026-11-23', dueNow: true, reason: 'Five business days passed.' } }),
      view({ threadId: '18caaaaaaaaaaaaa', company: 'Later', nextAction: { type: 'CHECK_IN', due: '2026-11-30', dueNow: false } }),
    ],
  };
}

function setup(routes = {}, opts = {}) {
  const chrome = fakeChrome(opts);
  Object.assign(chrome.data, { serverUrl: 'http://127.0.0.1:9', token: 'tok', tokenExpires: '2027-01-01T00:00:00Z' });
  const fetchImpl = fakeFetch({ 'GET /api/threads': [200, listBody()], ...routes });
  const bg = createBackground(chrome, { fetchImpl, now: () => NOW });
  const ext = { id: chrome.runtime.id, url: `chrome-extension://${chrome.runtime.id}/src/popup/popup.html` };
  const gmail = { id: chrome.runtime.id, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 1 } };
  return { chrome, bg, fetchImpl, ext, gmail };
}

test('refresh sets the badge to the number due today and notifies once per due date', async () => {
  const { chrome, bg, fetchImpl } = setup();
  await bg.refresh();
  assert.equal(fetchImpl.requests[0].auth, 'Bearer tok');
  assert.equal(chrome.calls.badge.at(-1), '1');
  assert.equal(chrome.calls.notifications.length, 1);
  assert.equal(chrome.calls.notifications[0].id, `hearback:${ID}`);
  assert.equal(chrome.calls.notifications[0].title, 'Follow up: Acme · Product Manager');
  await bg.refresh();
  assert.equal(chrome.calls.notifications.length, 1, 'not notified twice');
  await bg.onNotificationClicked(`hearback:${ID}`);
  assert.deepEqual(chrome.calls.tabs, ['https://mail.google.com/mail/u/0/#all/18c2f0a1b2c3d4e5']);
});

test('a 401 clears the token, shows "!" and makes the status say sign in again', async () => {
  const { chrome, bg, ext } = setup({ 'GET /api/threads': [401, { error: 'unauthorized', message: 'expired' }] });
  const r = await bg.handleMessage({ type: 'listThreads' }, ext);
  assert.equal(r.ok, false);
  assert.equal(r.error.status, 401);
  assert.equal(chrome.data.token, null);
  assert.equal(chrome.calls.badge.at(-1), '!');
  const st = await bg.handleMessage({ type: 'getStatus' }, ext);
  assert.deepEqual([st.data.signedIn, st.data.authError], [false, 'expired']);
});

test('an expired token is not sent at all', async () => {
  const { chrome, bg, fetchImpl, ext } = setup();
  chrome.data.tokenExpires = '2026-11-01T00:00:00Z';
  const r = await bg.handleMessage({ type: 'listThreads' }, ext);
  assert.equal(r.error.status, 401);
  assert.equal(fetchImpl.requests.length, 0);
  assert.equal(chrome.calls.badge.at(-1), '!');
});

test('content scripts may only ask for thread things', async () => {
  const { bg, gmail, fetchImpl } = setup({ [`GET /api/threads/${ID}`]: [200, { interview: true, thread: view() }] });
  const ok = await bg.handleMessage({ type: 'getThread', threadId: ID }, gmail);
  assert.equal(ok.ok, true);
  assert.equal(ok.data.thread.company, 'Acme');
  for (const type of ['signOut', 'putSettings', 'setServer', 'getSettings', 'signIn']) {
    const r = await bg.handleMessage({ type }, gmail);
    assert.equal(r.ok, false, type);
  }
  const other = await bg.handleMessage({ type: 'getThread', threadId: ID }, { id: 'another-extension', url: 'https://x' });
  assert.equal(other.ok, false);
  const bad = await bg.handleMessage({ type: 'getThread', threadId: '../settings' }, gmail);
  assert.equal(bad.error.code, 'bad_thread');
  assert.equal(fetchImpl.requests.length, 1);
});

test('draft and state changes reach the API with the documented bodies', async () => {
  const { bg, gmail, fetchImpl } = setup({
    [`POST /api/threads/${ID}/draft`]: [201, { draftId: 'r-1', messageId: 'm', gmailUrl: 'https://mail.google.com/mail/u/0/#drafts?compose=r-1' }],
    [`POST /api/threads/${ID}/state`]: [200, { interview: true, thread: view() }],
  });
  const d = await bg.handleMessage({ type: 'draft', threadId: ID }, gmail);
  assert.equal(d.data.draftId, 'r-1');
  const s = await bg.handleMessage({ type: 'setState', threadId: ID, patch: { snoozeDays: 2, evil: 'x' } }, gmail);
  assert.equal(s.ok, true);
  const posted = fetchImpl.requests.filter((r) => r.key.startsWith('POST'));
  assert.deepEqual(posted.map((r) => [r.key, r.body]), [
    [`POST /api/threads/${ID}/draft`, {}],
    [`POST /api/threads/${ID}/state`, { snoozeDays: 2 }],
  ]);
});

test('API errors come back as the server\'s sentence', async () => {
  const { bg, gmail } = setup({ [`POST /api/threads/${ID}/draft`]: [409, { error: 'no_draft', message: 'Nothing to draft for this thread.' }] });
  const r = await bg.handleMessage({ type: 'draft', threadId: ID }, gmail);
  assert.deepEqual(r.error, { status: 409, code: 'no_draft', message: 'Nothing to draft for this thread.' });
});

test('sign-in reads the token from the redirect; sign-out revokes it', async () => {
  const { chrome, bg, ext, fetchImpl } = setup({
    'GET /api/settings': [200, { email: 'demo@example.com', zone: 'America/New_York', country: 'US', preset: 'balanced' }],
    'POST /api/logout': [204, null],
  }, { redirectResult: 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/#token=new-tok&expires=2027-02-01T00:00:00Z' });
  chrome.data.token = null;
  const r = await bg.handleMessage({ type: 'signIn' }, ext);
  assert.equal(r.ok, true, JSON.stringify(r));
  assert.equal(chrome.calls.authUrl, 'http://127.0.0.1:9/auth/start?redirect_uri=https%3A%2F%2Fabcdefghijklmnopabcdefghijklmnop.chromiumapp.org%2F');
  assert.equal(chrome.data.token, 'new-tok');
  assert.equal(chrome.data.email, 'demo@example.com');
  await bg.handleMessage({ type: 'signOut' }, ext);
  assert.equal(chrome.data.token, null);
  assert.ok(fetchImpl.requests.some((q) => q.key === 'POST /api/logout' && q.auth === 'Bearer new-tok'));
});

test('only Gmail addresses and pages of the chosen server are opened', async () => {
  const { chrome, bg, gmail } = setup();
  for (const url of ['javascript:alert(1)', 'http://127.0.0.1:10/demo/drafts/r-1', 'https://evil.example/']) {
    const r = await bg.handleMessage({ type: 'openUrl', url }, gmail);
    assert.equal(r.ok, false, url);
  }
  assert.deepEqual(chrome.calls.tabs, []);
  // The demo server (here at 127.0.0.1:9) shows saved drafts on its own page and calls itself localhost.
  const ok = await bg.handleMessage({ type: 'openUrl', url: 'http://localhost:9/demo/drafts/r-demo-1' }, gmail);
  assert.equal(ok.ok, true, JSON.stringify(ok));
  assert.deepEqual(chrome.calls.tabs, ['http://localhost:9/demo/drafts/r-demo-1']);
});

test('the daily alarm is created once', async () => {
  const { chrome, bg } = setup();
  await bg.ensureAlarm();
  await bg.ensureAlarm();
  assert.equal(chrome.calls.alarms.length, 1);
  assert.equal(chrome.calls.alarms[0].name, DAILY_ALARM);
  assert.equal(chrome.calls.alarms[0].periodInMinutes, 1440);
});

test('cleanPatch keeps only documented fields', () => {
  assert.deepEqual(cleanPatch({ snoozeDays: 2, dismissed: 'yes', correction: 'NOT_INTERVIEW', x: 1 }), { snoozeDays: 2, correction: 'NOT_INTERVIEW' });
  assert.equal(cleanPatch({ snoozeDays: 1000 }), null);
  assert.equal(cleanPatch(null), null);
});
