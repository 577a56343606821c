// Feature: the "follow up now?" banner above an open Gmail thread.
// Reads the thread id from the subject <h2 data-legacy-thread-id>, asks the service worker for the
// thread's plan, and renders inside a shadow root. Mail text is inserted with textContent only.

import { h, clear } from '../lib/dom.js';
import { threadIdFromElement, threadIdFromUrl } from '../lib/thread-id.js';
import { evidenceText, nextActionText, stageLabel, titleText, clip, formatDay, isSnoozed, todayOf } from '../lib/format.js';
import { gmailUrlOrNull, inSameAccount } from '../lib/safe-url.js';
import { MSG } from '../lib/messages.js';
import { BANNER_CSS } from '../content/styles.js';

export const HOST_ATTR = 'data-hearback-banner';
const RECHECK_MS = 5 * 60 * 1000;

/**
 * The open thread's subject heading, or null when Gmail's markup is not what we expect.
 * Gmail may keep earlier thread views in the page, hidden: prefer the heading whose id is in the
 * URL, then one that is displayed.
 */
export function findThreadSubject(doc, location) {
  const list = [...doc.querySelectorAll('h2[data-legacy-thread-id], h2[data-thread-perm-id]')]
    .filter((h2) => threadIdFromElement(h2) && h2.parentElement && h2.parentElement.parentElement);
  if (list.length <= 1) return list[0] || null;
  const fromUrl = location ? threadIdFromUrl(location.href || location.hash || '') : null;
  const byUrl = fromUrl && list.find((h2) => threadIdFromElement(h2) === fromUrl);
  if (byUrl) return byUrl;
  const shown = list.find((h2) => typeof h2.getClientRects === 'function' && h2.getClientRects().length > 0);
  return shown || list[0];
}

/** Whether the server's answer for a thread deserves a banner. */
export function shouldShow(result, today) {
  if (!result || result.interview !== true || !result.thread) return false;
  const t = result.thread;
  if (t.state && t.state.dismissed) return false;
  if (isSnoozed(t, today)) return false;
  return true;
}

/**
 * Fills `root` (a shadow root or element) with the banner for ThreadView `view`.
 * `onAction(action, button)` is called with 'draft' | 'snooze' | 'dismiss' | 'not-interview' | 'close'.
 */
export function renderBanner(doc, root, view, onAction) {
  clear(root);
  const style = doc.createElement('style');
  style.textContent = BANNER_CSS;
  const na = view.nextAction || {};
  const btn = (action, label, cls) => {
    const b = h(doc, 'button', { type: 'button', class: cls || null, dataset: { action } }, label);
    b.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      onAction(action, b);
    });
    return b;
  };
  const evidence = evidenceText(view);
  const reason = clip(na.reason, 240);
  const box = h(doc, 'div', { class: 'hb', role: 'region', 'aria-label': 'Hearback follow-up' },
    h(doc, 'div', { class: 'hb-head' },
      h(doc, 'span', { class: 'hb-logo' }, 'Hearback'),
      h(doc, 'span', { class: 'hb-stage' }, stageLabel(view.stage)),
      h(doc, 'span', { class: 'hb-title' }, titleText(view)),
      btn('close', '×', 'hb-close')),
    evidence ? h(doc, 'p', { class: 'hb-evidence' }, evidence) : null,
    h(doc, 'p', { class: na.dueNow ? 'hb-next hb-due' : 'hb-next' }, nextActionText(view)),
    reason ? h(doc, 'p', { class: 'hb-reason' }, reason) : null,
    h(doc, 'div', { class: 'hb-actions' },
      view.draft ? btn('draft', 'Draft follow-up', 'hb-primary') : null,
      btn('snooze', 'Snooze 2 days'),
      btn('dismiss', 'Dismiss'),
      btn('not-interview', 'Not an interview')),
    h(doc, 'p', { class: 'hb-status', role: 'status', 'aria-live': 'polite' }));
  const close = box.querySelector('.hb-close');
  if (close) close.setAttribute('aria-label', 'Hide this banner');
  root.append(style, box);
  return box;
}

/** Shows a one-line outcome in the banner and, when `done`, removes the action buttons. */
export function setStatus(root, text, { error = false, done = false } = {}) {
  const status = root.querySelector('.hb-status');
  if (status) {
    status.textContent = text;
    status.className = error ? 'hb-status hb-error' : 'hb-status';
  }
  if (done) {
    const actions = root.querySelector('.hb-actions');
    if (actions) actions.remove();
  }
}

function stateMessage(action, result) {
  if (action === 'snooze') {
    const until = result && result.thread && result.thread.state && formatDay(result.thread.state.snoozedUntil);
    return until ? `Snoozed until ${until}. Hearback will bring it back then.` : 'Snoozed for 2 days.';
  }
  if (action === 'dismiss') return 'Dismissed. Hearback will not prompt on this thread again.';
  return 'Marked as not an interview. Thanks, Hearback will leave this thread alone.';
}

const PATCHES = {
  snooze: { snoozeDays: 2 },
  dismiss: { dismissed: true },
  'not-interview': { correction: 'NOT_INTERVIEW' },
};

/** Creates the feature. State lives in the closure so tests can make fresh instances. */
export function createThreadBanner() {
  let shown = null; // {id, host, root}
  const pending = new Set();
  const checked = new Map(); // id -> time of the last answer that showed nothing
  const hidden = new Set(); // ids the user closed or acted on this page session

  function remove() {
    if (shown && shown.host.isConnected) shown.host.remove();
    shown = null;
  }

  async function act(ctx, id, action, button) {
    const root = shown && shown.id === id ? shown.root : null;
    if (!root) return;
    if (action === 'close') {
      hidden.add(id);
      remove();
      return;
    }
    for (const b of root.querySelectorAll('.hb-actions button')) b.disabled = true;
    if (action === 'draft') {
      setStatus(root, 'Creating the draft in Gmail…');
      const res = await ctx.send({ type: MSG.DRAFT, threadId: id });
      if (!res || !res.ok) {
        setStatus(root, `Could not create the draft: ${clip((res && res.error && res.error.message) || 'no answer from Hearback', 160)}`, { error: true });
        for (const b of root.querySelectorAll('.hb-actions button')) b.disabled = false;
        return;
      }
      setStatus(root, 'Draft created. Opening it…');
      const raw = res.data && typeof res.data.gmailUrl === 'string' ? res.data.gmailUrl : null;
      const url = gmailUrlOrNull(raw);
      // In Gmail, move this tab to the draft (Gmail opens it in its compose window). Anything else
      // (the demo server's own draft page; Gmail seen from the local test page) opens in a new tab
      // through the worker, which opens only Gmail and the chosen Hearback server.
      if (url && ctx.location && ctx.location.origin === new URL(url).origin) ctx.location.assign(inSameAccount(url, ctx.location.href));
      else if (raw) {
        const opened = await ctx.send({ type: MSG.OPEN_URL, url: raw });
        if (!opened || !opened.ok) setStatus(root, 'Draft created. Find it in Gmail under Drafts.');
      }
      for (const b of root.querySelectorAll('.hb-actions button')) b.disabled = false;
      return;
    }
    const patch = PATCHES[action];
    if (!patch) return;
    const res = await ctx.send({ type: MSG.SET_STATE, threadId: id, patch });
    if (!res || !res.ok) {
      setStatus(root, `Could not save that: ${clip((res && res.error && res.error.message) || 'no answer from Hearback', 160)}`, { error: true });
      for (const b of root.querySelectorAll('.hb-actions button')) b.disabled = false;
      return;
    }
    hidden.add(id);
    setStatus(root, stateMessage(action, res.data), { done: true });
    void button;
  }

  function show(ctx, h2, id, view) {
    remove();
    const doc = ctx.doc;
    const host = doc.createElement('div');
    host.setAttribute(HOST_ATTR, '');
    host.setAttribute('data-hearback-thread', id);
    const root = host.attachShadow({ mode: 'open' });
    renderBanner(doc, root, view, (action, button) => {
      act(ctx, id, action, button).catch(() => {});
    });
    const anchor = h2.parentElement; // Gmail: <div class="ha"><h2 class="hP" ...>
    anchor.parentElement.insertBefore(host, anchor);
    shown = { id, host, root };
  }

  async function load(ctx, id) {
    pending.add(id);
    try {
      const res = await ctx.send({ type: MSG.GET_THREAD, threadId: id });
      const h2 = findThreadSubject(ctx.doc, ctx.location);
      if (!h2 || threadIdFromElement(h2) !== id) return; // the user moved on
      const data = res && res.ok ? res.data : null;
      if (data && shouldShow(data, todayOf(res.now)) && !hidden.has(id)) {
        checked.delete(id);
        show(ctx, h2, id, data.thread);
      } else {
        checked.set(id, Date.now());
      }
    } finally {
      pending.delete(id);
    }
  }

  return {
    name: 'thread-banner',
    update(ctx) {
      const h2 = findThreadSubject(ctx.doc, ctx.location);
      const id = h2 ? threadIdFromElement(h2) : null;
      if (!id) {
        remove();
        return undefined;
      }
      if (shown && shown.id === id && shown.host.isConnected) return undefined;
      if (shown && shown.id !== id) remove();
      if (shown && !shown.host.isConnected) {
        // Gmail re-rendered the header: put the same banner back.
        const anchor = h2.parentElement;
        anchor.parentElement.insertBefore(shown.host, anchor);
        return undefined;
      }
      if (hidden.has(id) || pending.has(id)) return undefined;
      const last = checked.get(id);
      if (last && Date.now() - last < RECHECK_MS) return undefined;
      return load(ctx, id);
    },
    /** For tests and for a reload of the extension: removes what this feature added. */
    stop() {
      remove();
    },
  };
}
