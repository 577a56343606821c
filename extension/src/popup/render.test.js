import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { renderPopup } from './render.js';
import { HOSTILE, hostileView, view } from '../../test/unit/fixtures.js';

function setup() {
  const { document } = parseHTML('<!doctype html><html><body><main id=app></main></body></html>');
  const calls = [];
  const on = { signIn: () => calls.push('signIn'), openOptions: () => calls.push('options'), openThread: (id) => calls.push(`open ${id}`) };
  return { document, root: document.getElementById('app'), on, calls };
}

const signedIn = { signedIn: true, authError: null, serverUrl: 'http://localhost:8080' };

test('lists every process, most urgent first, with checklist and next action', () => {
  const { document, root, on, calls } = setup();
  const later = view({ threadId: '18caaaaaaaaaaaaa', company: 'Later Inc', nextAction: { type: 'FOLLOW_UP', due: '2026-11-30', dueNow: false } });
  const now = view({ threadId: '18cbbbbbbbbbbbbb', company: 'Urgent Co', nextAction: { type: 'CHECK_IN', due: '2026-11-23', dueNow: true } });
  renderPopup(document, root, { status: signedIn, list: { now: '2026-11-23T08:00:00-05:00', dueToday: 1, threads: [later, now] } }, on);
  const items = [...root.querySelectorAll('button.thread')];
  assert.deepEqual(items.map((b) => b.querySelector('.company').textContent), ['Urgent Co', 'Later Inc']);
  assert.match(items[0].textContent, /Check in · due now \(Mon 23 Nov\)/);
  assert.match(items[0].textContent, /Awaiting an answer/);
  assert.deepEqual([...items[1].querySelectorAll('.steps li')].map((li) => li.textContent), ['☑ Thank-you', '☑ Check-in', '☐ Follow-up', '☐ Final note']);
  items[1].dispatchEvent(new document.defaultView.Event('click'));
  assert.deepEqual(calls, ['open 18caaaaaaaaaaaaa']);
});

test('hostile mail text in the popup is inert', () => {
  const { document, root, on } = setup();
  renderPopup(document, root, { status: signedIn, list: { now: '2026-11-23', dueToday: 1, threads: [hostileView()] } }, on);
  for (const tag of ['img', 'script', 'svg', 'iframe']) assert.equal(root.querySelector(tag), null, tag);
  assert.ok(root.textContent.includes(HOSTILE.slice(0, 20)));
});

test('signed out, expired and empty states', () => {
  let s = setup();
  renderPopup(s.document, s.root, { status: { signedIn: false } }, s.on);
  assert.match(s.root.textContent, /Sign in to Hearback/);
  s.root.querySelector('button').dispatchEvent(new s.document.defaultView.Event('click'));
  assert.deepEqual(s.calls, ['options']);

  s = setup();
  renderPopup(s.document, s.root, { status: { signedIn: false, authError: 'expired' } }, s.on);
  assert.match(s.root.textContent, /expired\. Sign in again/);
  s.root.querySelector('button').dispatchEvent(new s.document.defaultView.Event('click'));
  assert.deepEqual(s.calls, ['signIn']);

  s = setup();
  renderPopup(s.document, s.root, { status: signedIn, list: { now: '2026-11-23', dueToday: 0, threads: [] } }, s.on);
  assert.match(s.root.textContent, /No interview processes/);
});
