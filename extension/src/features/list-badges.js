// Feature: a small "Follow up" badge on thread-list rows whose follow-up is due.
// Rows are found by the data-legacy-thread-id attribute Gmail puts on a span inside each row.

import { h } from '../lib/dom.js';
import { isThreadId } from '../lib/thread-id.js';
import { actionLabel, formatDay, isDue, todayOf } from '../lib/format.js';
import { MSG } from '../lib/messages.js';
import { BADGE_CSS } from '../content/styles.js';

export const BADGE_ATTR = 'data-hearback-badge';
const LIST_TTL_MS = 2 * 60 * 1000;

/**
 * [{id, row, anchor}] for every thread-list row on the page. Gmail's list rows are table rows
 * (tr.zA) with the id on a span inside; an id outside a row (the open thread's subject) is no row.
 */
export function findRows(doc) {
  const out = [];
  const seen = new Set();
  for (const el of doc.querySelectorAll('[data-legacy-thread-id]')) {
    const row = el.closest('tr');
    if (!row || !el.parentElement) continue;
    const id = (el.getAttribute('data-legacy-thread-id') || '').trim().toLowerCase();
    if (!isThreadId(id)) continue;
    if (seen.has(row)) continue;
    seen.add(row);
    out.push({ id, row, anchor: el });
  }
  return out;
}

/** Map id -> ThreadView of the threads whose follow-up is due, from a GET /api/threads answer. */
export function dueMap(list) {
  const m = new Map();
  if (!list || !Array.isArray(list.threads)) return m;
  const today = todayOf(list.now);
  for (const t of list.threads) {
    if (t && isThreadId(t.threadId) && isDue(t, today)) m.set(t.threadId.toLowerCase(), t);
  }
  return m;
}

export function makeBadge(doc, view) {
  const host = doc.createElement('span');
  host.setAttribute(BADGE_ATTR, view.threadId);
  const na = view.nextAction || {};
  const due = formatDay(na.due);
  host.setAttribute('title', `Hearback: ${actionLabel(na.type)}${due ? ` (due ${due})` : ''}`);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  root.append(style, h(doc, 'span', { class: 'hb-badge' }, actionLabel(na.type)));
  return host;
}

/** Adds missing badges and removes stale ones. Returns the number of badged rows. */
export function applyBadges(doc, due) {
  const rows = findRows(doc);
  const wanted = new Set();
  for (const { id, row, anchor } of rows) {
    const existing = row.querySelector(`[${BADGE_ATTR}]`);
    const view = due.get(id);
    if (!view) {
      if (existing) existing.remove();
      continue;
    }
    wanted.add(row);
    if (existing && existing.getAttribute(BADGE_ATTR) === id) continue;
    if (existing) existing.remove();
    anchor.parentElement.insertBefore(makeBadge(doc, view), anchor);
  }
  for (const stray of doc.querySelectorAll(`[${BADGE_ATTR}]`)) {
    if (!wanted.has(stray.closest('tr'))) stray.remove();
  }
  return wanted.size;
}

export function createListBadges() {
  let list = null;
  let fetchedAt = 0;
  let inflight = null;

  async function fetchList(ctx) {
    try {
      const res = await ctx.send({ type: MSG.LIST_THREADS });
      list = res && res.ok ? res.data : null;
    } finally {
      fetchedAt = Date.now();
      inflight = null;
    }
    if (list) applyBadges(ctx.doc, dueMap(list));
  }

  return {
    name: 'list-badges',
    update(ctx) {
      if (!ctx.doc.querySelector('tr [data-legacy-thread-id]')) return undefined; // no list on screen
      if (list) applyBadges(ctx.doc, dueMap(list));
      if (!inflight && Date.now() - fetchedAt > LIST_TTL_MS) inflight = fetchList(ctx);
      return inflight || undefined;
    },
    stop() {},
  };
}
