// Pure text formatting for ThreadView data (docs/api.md). No DOM here: every
// function returns plain strings, which callers insert with textContent only.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const STAGE_LABELS = Object.freeze({
  SCHEDULED: 'Interview scheduled',
  AWAITING: 'Awaiting an answer',
  OFFER: 'Offer',
  ACCEPTED: 'Accepted',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
});

export const ACTION_LABELS = Object.freeze({
  THANK_YOU: 'Send a thank-you note',
  CHECK_IN: 'Check in',
  FOLLOW_UP: 'Follow up',
  FINAL_NOTE: 'Send a final note',
  MOVE_ON: 'Move on',
  REQUEST_FEEDBACK: 'Ask for feedback',
  WITHDRAW: 'Withdraw politely',
  CALL: 'Call them',
  ESCALATE: 'Contact someone else',
  NONE: 'Nothing to do',
});

export const PROGRESS_STEPS = Object.freeze([
  ['thankYou', 'Thank-you'],
  ['checkIn', 'Check-in'],
  ['followUp', 'Follow-up'],
  ['finalNote', 'Final note'],
]);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2})/;

/** "2026-11-13" (or an instant starting with a date) -> "Fri 13 Nov"; "" when unreadable. */
export function formatDay(iso) {
  if (typeof iso !== 'string') return '';
  const m = ISO_DATE.exec(iso);
  if (!m) return '';
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return '';
  return `${DAYS[date.getUTCDay()]} ${d} ${MONTHS[mo - 1]}`;
}

/** "2026-11-10T14:00:00-05:00" -> "Tue 10 Nov, 14:00" (the wall time the server wrote, in the user's zone). */
export function formatInstant(iso) {
  const day = formatDay(iso);
  if (!day) return '';
  const t = ISO_TIME.exec(iso);
  return t ? `${day}, ${t[1]}:${t[2]}` : day;
}

/** Shortens untrusted text for display; never returns markup, only a string. */
export function clip(text, max = 180) {
  if (typeof text !== 'string') return '';
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

export function stageLabel(stage) {
  return STAGE_LABELS[stage] || 'Interview';
}

export function actionLabel(type) {
  return ACTION_LABELS[type] || 'Follow up';
}

/** "They wrote 'we'll get back to you by Friday': Fri 13 Nov", or the interview's evidence, or "". */
export function evidenceText(view) {
  if (!view) return '';
  const dl = view.deadlineEvidence && clip(view.deadlineEvidence.sentence);
  if (dl) {
    const day = formatDay(view.deadline);
    return day ? `They wrote '${dl}': ${day}` : `They wrote '${dl}'`;
  }
  const iv = view.interviewEvidence && clip(view.interviewEvidence.sentence);
  if (iv) {
    const when = formatInstant(view.interviewAt);
    return when ? `Interview: '${iv}': ${when}` : `Interview: '${iv}'`;
  }
  return '';
}

/** The day part of the server's "now" (an ISO instant in the user's zone), or today in UTC. */
export function todayOf(now) {
  const m = typeof now === 'string' && ISO_DATE.exec(now);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : new Date().toISOString().slice(0, 10);
}

export function isSnoozed(view, today) {
  const until = view && view.state && view.state.snoozedUntil;
  return typeof until === 'string' && until.slice(0, 10) > today;
}

/** True when the next action is due now and the thread is neither snoozed nor dismissed. */
export function isDue(view, today) {
  if (!view || !view.nextAction || view.nextAction.type === 'NONE') return false;
  if (view.state && view.state.dismissed) return false;
  if (isSnoozed(view, today)) return false;
  return view.nextAction.dueNow === true;
}

/** "Follow up · due Mon 23 Nov" / "Follow up · due now (Mon 23 Nov)" / "Nothing to do". */
export function nextActionText(view) {
  const na = view && view.nextAction;
  if (!na || na.type === 'NONE') return actionLabel('NONE');
  const label = actionLabel(na.type);
  const day = formatDay(na.due);
  if (na.dueNow) return day ? `${label} · due now (${day})` : `${label} · due now`;
  return day ? `${label} · due ${day}` : label;
}

/** "Acme · Product Manager", falling back to the subject. */
export function titleText(view) {
  if (!view) return '';
  const parts = [clip(view.company, 60), clip(view.role, 80)].filter(Boolean);
  return parts.length ? parts.join(' · ') : clip(view.subject, 100) || 'Interview';
}

/** The four follow-up steps, each {key, label, done, date}. */
export function progressItems(view) {
  const p = (view && view.progress) || {};
  return PROGRESS_STEPS.map(([key, label]) => {
    const v = p[key];
    return { key, label, done: typeof v === 'string' && v.length > 0, date: formatDay(v) };
  });
}

/** Most urgent first: due now, then by due date, then no date; otherwise the server's order. */
export function sortByUrgency(threads, today) {
  const rank = (t) => {
    if (isDue(t, today)) return 0;
    if (t && t.nextAction && t.nextAction.due && t.nextAction.type !== 'NONE' && !isSnoozed(t, today)) return 1;
    return 2;
  };
  return (Array.isArray(threads) ? threads : [])
    .map((t, i) => ({ t, i, r: rank(t), due: (t && t.nextAction && t.nextAction.due) || '' }))
    .sort((a, b) => a.r - b.r || (a.r < 2 && a.due !== b.due ? (a.due < b.due ? -1 : 1) : 0) || a.i - b.i)
    .map((x) => x.t);
}
