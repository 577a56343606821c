// Which follow-ups deserve a notification, and the badge text. Pure functions: the worker applies them.
import { actionLabel, formatDay, isDue, titleText, todayOf } from '../lib/format.js';

export const NOTIFICATION_PREFIX = 'hearback:';

/**
 * From a GET /api/threads answer and the record of what was already notified ({threadId: due}),
 * returns {toNotify: [{id, title, message}], notified: newRecord}.
 */
export function planNotifications(list, notified = {}) {
  const today = todayOf(list && list.now);
  const next = {};
  const toNotify = [];
  for (const t of (list && Array.isArray(list.threads) ? list.threads : [])) {
    if (!isDue(t, today)) continue;
    const key = t.nextAction.due || today;
    next[t.threadId] = key;
    if (notified[t.threadId] === key) continue;
    const due = formatDay(t.nextAction.due);
    toNotify.push({
      id: NOTIFICATION_PREFIX + t.threadId,
      threadId: t.threadId,
      title: `${actionLabel(t.nextAction.type)}: ${titleText(t)}`.slice(0, 120),
      message: (t.nextAction.reason || (due ? `Due ${due}.` : 'Due now.')).slice(0, 300),
    });
  }
  return { toNotify, notified: next };
}

/** Badge: "!" when sign-in is needed, else the number due today, else nothing. */
export function badgeFor({ signedIn, authError, dueToday }) {
  if (authError) return { text: '!', color: '#b3261e' };
  if (!signedIn) return { text: '', color: '#0b57d0' };
  const n = Number.isInteger(dueToday) && dueToday > 0 ? dueToday : 0;
  return { text: n ? String(Math.min(n, 99)) : '', color: '#0b57d0' };
}

export function threadIdFromNotification(id) {
  return typeof id === 'string' && id.startsWith(NOTIFICATION_PREFIX) ? id.slice(NOTIFICATION_PREFIX.length) : null;
}
