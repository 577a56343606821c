import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyBadges, createListBadges, dueMap, findRows } from './list-badges.js';
import { gmailDom } from '../../test/unit/dom.js';
import { HOSTILE, view } from '../../test/unit/fixtures.js';

const DUE = '18caaaaaaaaaaaaa';
const NOT_DUE = '18cbbbbbbbbbbbbb';
const UNKNOWN = '18ccccccccccccccc'.slice(0, 16);

function list() {
  return {
    now: '2026-11-23T09:00:00-05:00',
    zone: 'America/New_York',
    dueToday: 1,
    threads: [
      view({ threadId: DUE, company: HOSTILE, nextAction: { type: 'FOLLOW_UP', due: '2026-11-23', dueNow: true } }),
      view({ threadId: NOT_DUE, nextAction: { type: 'FOLLOW_UP', due: '2026-11-30', dueNow: false } }),
    ],
  };
}

test('rows are found by data-legacy-thread-id, not the subject h2', () => {
  const { document } = gmailDom({ rows: [DUE, NOT_DUE] });
  assert.deepEqual(findRows(document).map((r) => r.id), [DUE, NOT_DUE]);
});

test('an id outside a list row is not a row', () => {
  const { document } = gmailDom({ rows: [DUE] });
  const span = document.createElement('span');
  span.setAttribute('data-legacy-thread-id', NOT_DUE);
  document.querySelector('.ha').append(span);
  assert.deepEqual(findRows(document).map((r) => r.id), [DUE]);
});

test('a badge goes on due rows only, once, and leaves when no longer due', () => {
  const { document } = gmailDom({ threadId: null, rows: [DUE, NOT_DUE, UNKNOWN] });
  const due = dueMap(list());
  assert.deepEqual([...due.keys()], [DUE]);
  assert.equal(applyBadges(document, due), 1);
  assert.equal(applyBadges(document, due), 1);
  const badges = document.querySelectorAll('[data-hearback-badge]');
  assert.equal(badges.length, 1);
  assert.equal(badges[0].closest('tr').querySelector('[data-legacy-thread-id]').getAttribute('data-legacy-thread-id'), DUE);
  assert.equal(badges[0].getAttribute('title'), 'Hearback: Follow up (due Mon 23 Nov)');
  assert.equal(document.querySelector('img'), null);
  applyBadges(document, new Map());
  assert.equal(document.querySelectorAll('[data-hearback-badge]').length, 0);
});

test('the feature asks the worker for the list once and badges rows', async () => {
  const { document } = gmailDom({ threadId: null, rows: [DUE, NOT_DUE] });
  const sent = [];
  const ctx = { doc: document, location: {}, send: async (m) => { sent.push(m); return { ok: true, data: list() }; } };
  const f = createListBadges();
  await f.update(ctx);
  await f.update(ctx);
  assert.deepEqual(sent, [{ type: 'listThreads' }]);
  assert.equal(document.querySelectorAll('[data-hearback-badge]').length, 1);
});

test('no list on screen: nothing asked, nothing added', async () => {
  const { document } = gmailDom();
  const sent = [];
  const f = createListBadges();
  await f.update({ doc: document, location: {}, send: async (m) => { sent.push(m); return null; } });
  assert.equal(sent.length, 0);
});
