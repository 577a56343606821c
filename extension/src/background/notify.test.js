import { test } from 'node:test';
import assert from 'node:assert/strict';
import { badgeFor, planNotifications } from './notify.js';
import { view } from '../../test/unit/fixtures.js';

test('badge text', () => {
  assert.equal(badgeFor({ signedIn: false, authError: 'expired' }).text, '!');
  assert.equal(badgeFor({ signedIn: false, authError: null }).text, '');
  assert.equal(badgeFor({ signedIn: true, authError: null, dueToday: 3 }).text, '3');
  assert.equal(badgeFor({ signedIn: true, authError: null, dueToday: 0 }).text, '');
});

test('a thread is notified again only when its due date changes', () => {
  const list = { now: '2026-11-23T09:00:00-05:00', threads: [view({ nextAction: { type: 'FOLLOW_UP', due: '2026-11-23', dueNow: true, reason: 'r' } })] };
  const first = planNotifications(list, {});
  assert.equal(first.toNotify.length, 1);
  assert.equal(planNotifications(list, first.notified).toNotify.length, 0);
  list.threads[0].nextAction.due = '2026-11-30';
  assert.equal(planNotifications(list, first.notified).toNotify.length, 1);
});
