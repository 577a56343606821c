import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { createThreadBanner, findThreadSubject, renderBanner, shouldShow } from './thread-banner.js';
import { gmailDom } from '../../test/unit/dom.js';
import { HOSTILE, hostileView, view } from '../../test/unit/fixtures.js';

// linkedom gives a shadow root no textContent; join its children's.
const text = (root) => [...root.childNodes].map((n) => n.textContent).join('');

function fakeCtx(document, answers) {
  const sent = [];
  return {
    sent,
    ctx: {
      doc: document,
      location: { origin: 'http://127.0.0.1:1', assign() {} },
      send: async (msg) => {
        sent.push(msg);
        const a = answers[msg.type];
        return typeof a === 'function' ? a(msg) : a;
      },
    },
  };
}

test('renderBanner shows stage, evidence, next action and the four buttons', () => {
  const { document } = parseHTML('<!doctype html><html><body><div id=r></div></body></html>');
  const root = document.getElementById('r');
  renderBanner(document, root, view(), () => {});
  const text = root.textContent;
  assert.match(text, /Awaiting an answer/);
  assert.match(text, /Acme · Product Manager/);
  assert.match(text, /They wrote 'we'll get back to you by Friday': Fri 13 Nov/);
  assert.match(text, /Follow up · due Mon 23 Nov/);
  assert.deepEqual([...root.querySelectorAll('.hb-actions button')].map((b) => b.textContent),
    ['Draft follow-up', 'Snooze 2 days', 'Dismiss', 'Not an interview']);
});

test('renderBanner leaves out "Draft follow-up" when the action has no draft', () => {
  const { document } = parseHTML('<!doctype html><html><body><div id=r></div></body></html>');
  const root = document.getElementById('r');
  renderBanner(document, root, view({ draft: null, nextAction: { type: 'MOVE_ON', due: null, dueNow: false } }), () => {});
  assert.equal(root.querySelector('[data-action="draft"]'), null);
  assert.match(root.textContent, /Move on/);
});

test('renderBanner is inert for hostile mail text', () => {
  const { document } = parseHTML('<!doctype html><html><body><div id=r></div></body></html>');
  const root = document.getElementById('r');
  renderBanner(document, root, hostileView(), () => {});
  for (const tag of ['img', 'script', 'svg', 'iframe']) assert.equal(root.querySelector(tag), null, tag);
  assert.ok(root.textContent.includes(HOSTILE), 'the markup is shown as literal text');
  for (const el of root.querySelectorAll('*')) {
    for (const a of el.attributes) assert.ok(!/^on/i.test(a.name), `no handler attribute ${a.name}`);
  }
});

test('shouldShow: interview threads only, not dismissed or snoozed', () => {
  assert.equal(shouldShow({ interview: true, thread: view() }, '2026-11-20'), true);
  assert.equal(shouldShow({ interview: false, why: 'job alert', thread: null }, '2026-11-20'), false);
  assert.equal(shouldShow({ interview: true, thread: view({ state: { dismissed: true, snoozedUntil: null } }) }, '2026-11-20'), false);
  assert.equal(shouldShow({ interview: true, thread: view({ state: { dismissed: false, snoozedUntil: '2026-11-22' } }) }, '2026-11-20'), false);
  assert.equal(shouldShow(null, '2026-11-20'), false);
});

test('findThreadSubject needs the expected markup', () => {
  assert.ok(findThreadSubject(gmailDom().document));
  assert.equal(findThreadSubject(gmailDom({ threadId: null }).document), null);
  assert.equal(findThreadSubject(parseHTML('<html><body><h2>Hi</h2></body></html>').document), null);
});

test('with several thread views in the page, the one in the URL wins', () => {
  const { document } = gmailDom({ threadId: '18caaaaaaaaaaaaa' });
  const second = document.querySelector('.nH').cloneNode(true);
  second.querySelector('h2').setAttribute('data-legacy-thread-id', '18cbbbbbbbbbbbbb');
  document.querySelector('.AO').append(second);
  assert.equal(findThreadSubject(document, { href: 'https://mail.google.com/mail/u/0/#inbox/18cbbbbbbbbbbbbb' }).getAttribute('data-legacy-thread-id'), '18cbbbbbbbbbbbbb');
  assert.equal(findThreadSubject(document, { href: 'https://mail.google.com/mail/u/0/#inbox/18caaaaaaaaaaaaa' }).getAttribute('data-legacy-thread-id'), '18caaaaaaaaaaaaa');
});

test('the feature puts a shadow-root banner above an interview thread', async () => {
  const { document } = gmailDom();
  const { ctx, sent } = fakeCtx(document, { getThread: { ok: true, data: { interview: true, thread: view() } } });
  const f = createThreadBanner();
  await f.update(ctx);
  const host = document.querySelector('[data-hearback-banner]');
  assert.ok(host, 'banner inserted');
  assert.equal(host.nextElementSibling.className, 'ha', 'above the subject block');
  assert.match(text(host.shadowRoot), /Follow up · due Mon 23 Nov/);
  assert.deepEqual(sent, [{ type: 'getThread', threadId: '18c2f0a1b2c3d4e5' }]);
  await f.update(ctx); // no second request, no second banner
  assert.equal(sent.length, 1);
  assert.equal(document.querySelectorAll('[data-hearback-banner]').length, 1);
});

test('no banner on a thread that is not an interview, and none when the worker fails', async () => {
  for (const answer of [{ ok: true, data: { interview: false, why: 'job alert', thread: null } }, { ok: false, error: { status: 404 } }, null]) {
    const { document } = gmailDom();
    const { ctx } = fakeCtx(document, { getThread: answer });
    const f = createThreadBanner();
    await f.update(ctx);
    assert.equal(document.querySelector('[data-hearback-banner]'), null);
  }
});

test('Draft follow-up asks the worker for a draft and opens it', async () => {
  const { document } = gmailDom();
  const { ctx, sent } = fakeCtx(document, {
    getThread: { ok: true, data: { interview: true, thread: view() } },
    draft: { ok: true, data: { draftId: 'r-1', gmailUrl: 'https://mail.google.com/mail/u/0/#drafts?compose=r-1' } },
    openUrl: { ok: true, data: {} },
  });
  const f = createThreadBanner();
  await f.update(ctx);
  const root = document.querySelector('[data-hearback-banner]').shadowRoot;
  root.querySelector('[data-action="draft"]').dispatchEvent(new document.defaultView.Event('click'));
  await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(sent.slice(1), [
    { type: 'draft', threadId: '18c2f0a1b2c3d4e5' },
    { type: 'openUrl', url: 'https://mail.google.com/mail/u/0/#drafts?compose=r-1' },
  ]);
  assert.match(root.querySelector('.hb-status').textContent, /Draft created/);
});

test('in the demo, Draft follow-up opens the server\'s own draft page through the worker', async () => {
  const { document } = gmailDom();
  const page = 'http://localhost:8080/demo/drafts/r-demo-1';
  const { ctx, sent } = fakeCtx(document, {
    getThread: { ok: true, data: { interview: true, thread: view() } },
    draft: { ok: true, data: { draftId: 'r-demo-1', gmailUrl: page } },
    openUrl: { ok: false, error: { message: 'Hearback only opens Gmail addresses and pages of its own server.' } },
  });
  const f = createThreadBanner();
  await f.update(ctx);
  const root = document.querySelector('[data-hearback-banner]').shadowRoot;
  root.querySelector('[data-action="draft"]').dispatchEvent(new document.defaultView.Event('click'));
  await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(sent.slice(1), [{ type: 'draft', threadId: '18c2f0a1b2c3d4e5' }, { type: 'openUrl', url: page }]);
  // When the worker refuses the address, the user still learns the draft exists.
  assert.match(root.querySelector('.hb-status').textContent, /Draft created\. Find it in Gmail under Drafts/);
});

test('Snooze, Dismiss and Not an interview post the state change', async () => {
  const cases = { snooze: { snoozeDays: 2 }, dismiss: { dismissed: true }, 'not-interview': { correction: 'NOT_INTERVIEW' } };
  for (const [action, patch] of Object.entries(cases)) {
    const { document } = gmailDom();
    const { ctx, sent } = fakeCtx(document, {
      getThread: { ok: true, data: { interview: true, thread: view() } },
      setState: { ok: true, data: { interview: true, thread: view({ state: { snoozedUntil: '2026-11-25', dismissed: false } }) } },
    });
    const f = createThreadBanner();
    await f.update(ctx);
    const root = document.querySelector('[data-hearback-banner]').shadowRoot;
    root.querySelector(`[data-action="${action}"]`).dispatchEvent(new document.defaultView.Event('click'));
    await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(sent[1], { type: 'setState', threadId: '18c2f0a1b2c3d4e5', patch }, action);
    assert.equal(root.querySelector('.hb-actions'), null, 'buttons gone after the change');
    if (action === 'snooze') assert.match(text(root), /Snoozed until Wed 25 Nov/);
  }
});

test('moving to another thread replaces the banner', async () => {
  const { document } = gmailDom();
  const { ctx } = fakeCtx(document, { getThread: (m) => ({ ok: true, data: { interview: true, thread: view({ threadId: m.threadId, company: m.threadId }) } }) });
  const f = createThreadBanner();
  await f.update(ctx);
  document.querySelector('h2').setAttribute('data-legacy-thread-id', '18cbbbbbbbbbbbbb');
  await f.update(ctx);
  const hosts = document.querySelectorAll('[data-hearback-banner]');
  assert.equal(hosts.length, 1);
  assert.equal(hosts[0].getAttribute('data-hearback-thread'), '18cbbbbbbbbbbbbb');
  document.querySelector('.ha').remove();
  await f.update(ctx);
  assert.equal(document.querySelectorAll('[data-hearback-banner]').length, 0, 'gone when the thread view is gone');
});
