// Pure rendering of the popup checklist (DOM built with createElement/textContent only).
import { h, clear } from '../lib/dom.js';
import { clip, formatDay, isDue, isSnoozed, nextActionText, progressItems, sortByUrgency, stageLabel, todayOf } from '../lib/format.js';

/**
 * state: {status: {signedIn, authError, serverUrl, email}, list: GET /api/threads answer | null, error: string | null}
 * on: {signIn(), openOptions(), openThread(threadId)}
 */
export function renderPopup(doc, root, state, on) {
  clear(root);
  const status = state.status || {};
  if (status.authError === 'expired') {
    const b = h(doc, 'button', { type: 'button', class: 'btn', dataset: { action: 'sign-in' } }, 'Sign in again');
    b.addEventListener('click', () => on.signIn());
    root.append(h(doc, 'div', { class: 'notice', role: 'alert' },
      h(doc, 'p', null, 'Your Hearback sign-in has expired. Sign in again to see your follow-ups.'), b));
    return;
  }
  if (!status.signedIn) {
    const b = h(doc, 'button', { type: 'button', class: 'btn', dataset: { action: 'options' } }, 'Open settings to sign in');
    b.addEventListener('click', () => on.openOptions());
    root.append(h(doc, 'div', { class: 'notice info' },
      h(doc, 'p', null, 'Sign in to Hearback to see when to follow up on your interviews.'), b));
    return;
  }
  if (state.error) root.append(h(doc, 'div', { class: 'notice', role: 'alert' }, h(doc, 'p', null, clip(state.error, 200))));
  const list = state.list;
  if (!list) {
    if (!state.error) root.append(h(doc, 'p', { class: 'muted' }, 'Loading…'));
    return;
  }
  const today = todayOf(list.now);
  const threads = sortByUrgency(list.threads, today);
  if (!threads.length) {
    root.append(h(doc, 'p', { class: 'muted' }, 'No interview processes found in your mail yet.'));
    return;
  }
  const ul = h(doc, 'ul', { class: 'threads' });
  for (const t of threads) ul.append(h(doc, 'li', null, threadItem(doc, t, today, on)));
  root.append(ul);
}

export function threadItem(doc, t, today, on) {
  const due = isDue(t, today);
  const snoozed = isSnoozed(t, today);
  const steps = h(doc, 'ul', { class: 'steps', 'aria-label': 'Messages sent' },
    progressItems(t).map((p) => h(doc, 'li', { class: p.done ? 'done' : null, title: p.done && p.date ? `Sent ${p.date}` : null },
      `${p.done ? '☑' : '☐'} ${p.label}`)));
  const btn = h(doc, 'button', { type: 'button', class: due ? 'thread is-due' : 'thread', dataset: { thread: t.threadId } },
    h(doc, 'div', { class: 'row1' },
      h(doc, 'span', { class: 'company' }, clip(t.company, 40) || clip(t.subject, 40) || 'Interview'),
      h(doc, 'span', { class: 'role' }, clip(t.role, 60)),
      h(doc, 'span', { class: 'stage' }, stageLabel(t.stage))),
    steps,
    h(doc, 'div', { class: due ? 'next is-due' : 'next' }, nextActionText(t)),
    snoozed ? h(doc, 'div', { class: 'snoozed' }, `Snoozed until ${formatDay(t.state.snoozedUntil)}`) : null);
  btn.addEventListener('click', () => on.openThread(t.threadId));
  return btn;
}
