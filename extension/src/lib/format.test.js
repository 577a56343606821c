import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clip, evidenceText, formatDay, formatInstant, isDue, nextActionText, progressItems, sortByUrgency, stageLabel, titleText, todayOf } from './format.js';
import { view } from '../../test/unit/fixtures.js';

test('formatDay writes "Fri 13 Nov"', () => {
  assert.equal(formatDay('2026-11-13'), 'Fri 13 Nov');
  assert.equal(formatDay('2026-11-23'), 'Mon 23 Nov');
  assert.equal(formatDay('2026-11-10T14:00:00-05:00'), 'Tue 10 Nov');
  assert.equal(formatDay('2026-02-30'), '');
  assert.equal(formatDay(null), '');
  assert.equal(formatDay('Friday'), '');
});

test('formatInstant keeps the wall time the server wrote', () => {
  assert.equal(formatInstant('2026-11-10T14:00:00-05:00'), 'Tue 10 Nov, 14:00');
});

test('evidence quotes the deadline sentence with its date', () => {
  assert.equal(evidenceText(view()), "They wrote 'we'll get back to you by Friday': Fri 13 Nov");
  const noDeadline = view({ deadline: null, deadlineEvidence: null });
  assert.equal(evidenceText(noDeadline), "Interview: 'confirmed for Tuesday, November 10 at 2:00 PM': Tue 10 Nov, 14:00");
  assert.equal(evidenceText(view({ deadlineEvidence: null, interviewEvidence: null })), '');
});

test('next action text and labels', () => {
  assert.equal(nextActionText(view()), 'Follow up · due Mon 23 Nov');
  assert.equal(nextActionText(view({ nextAction: { type: 'THANK_YOU', due: '2026-11-10', dueNow: true } })), 'Send a thank-you note · due now (Tue 10 Nov)');
  assert.equal(nextActionText(view({ nextAction: { type: 'NONE', due: null, dueNow: false } })), 'Nothing to do');
  assert.equal(stageLabel('AWAITING'), 'Awaiting an answer');
  assert.equal(stageLabel('???'), 'Interview');
  assert.equal(titleText(view()), 'Acme · Product Manager');
  assert.equal(titleText(view({ company: null, role: null })), 'Interview - Product Manager');
});

test('clip shortens and flattens whitespace', () => {
  assert.equal(clip('a\n\n b'), 'a b');
  assert.equal(clip('x'.repeat(300), 10).length, 10);
  assert.equal(clip(undefined), '');
});

test('progress items follow thank-you, check-in, follow-up, final note', () => {
  assert.deepEqual(progressItems(view()).map((p) => [p.label, p.done]), [
    ['Thank-you', true], ['Check-in', true], ['Follow-up', false], ['Final note', false],
  ]);
});

test('due-ness ignores snoozed and dismissed threads', () => {
  const due = view({ nextAction: { type: 'FOLLOW_UP', due: '2026-11-23', dueNow: true } });
  assert.equal(isDue(due, '2026-11-23'), true);
  assert.equal(isDue({ ...due, state: { snoozedUntil: '2026-11-25', dismissed: false } }, '2026-11-23'), false);
  assert.equal(isDue({ ...due, state: { snoozedUntil: '2026-11-20', dismissed: false } }, '2026-11-23'), true);
  assert.equal(isDue({ ...due, state: { snoozedUntil: null, dismissed: true } }, '2026-11-23'), false);
  assert.equal(todayOf('2026-11-23T09:00:00-05:00'), '2026-11-23');
});

test('sortByUrgency: due now first, then by date, then the rest in server order', () => {
  const a = view({ threadId: 'aaaaaaaaaaaa', nextAction: { type: 'NONE', due: null, dueNow: false } });
  const b = view({ threadId: 'bbbbbbbbbbbb', nextAction: { type: 'FOLLOW_UP', due: '2026-11-30', dueNow: false } });
  const c = view({ threadId: 'cccccccccccc', nextAction: { type: 'CHECK_IN', due: '2026-11-20', dueNow: true } });
  const d = view({ threadId: 'dddddddddddd', nextAction: { type: 'FOLLOW_UP', due: '2026-11-25', dueNow: false } });
  assert.deepEqual(sortByUrgency([a, b, c, d], '2026-11-20').map((t) => t.threadId[0]), ['c', 'd', 'b', 'a']);
});
