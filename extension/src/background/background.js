// The service worker's logic, written against injected chrome-like APIs so it can be unit-tested.
// Every call to the Hearback server goes through here; content scripts, the popup and the options
// page only send messages.

import { createApi, ApiError } from './api.js';
import { authStartUrl, parseAuthRedirect } from './auth.js';
import { badgeFor, planNotifications, threadIdFromNotification } from './notify.js';
import { CONTENT_SCRIPT_MESSAGES, MSG } from '../lib/messages.js';
import { isThreadId } from '../lib/thread-id.js';
import { fallbackGmailUrl, gmailUrlOrNull, openableUrlOrNull } from '../lib/safe-url.js';
import { serverOrigin } from '../lib/origins.js';

export const DEFAULT_SERVER = 'https://hearback.example.app';
export const DEMO_SERVER = 'http://localhost:8080';
export const DAILY_ALARM = 'hearback-daily-refresh';
const LIST_TTL_MS = 2 * 60 * 1000;
const THREAD_TTL_MS = 60 * 1000;

const KEYS = ['serverUrl', 'token', 'tokenExpires', 'authError', 'email', 'list', 'listFetchedAt', 'notified'];

const PATCH_KEYS = {
  snoozeDays: (v) => Number.isInteger(v) && v >= 1 && v <= 60,
  snoozedUntil: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
  dismissed: (v) => typeof v === 'boolean',
  correction: (v) => v === null || v === 'NOT_INTERVIEW' || v === 'IS_INTERVIEW',
  outcome: (v) => v === null || ['ACCEPTED', 'WITHDRAWN', 'REJECTED', 'OFFER'].includes(v),
};

/** Keeps only the state fields docs/api.md allows, with valid values; null when nothing is left. */
export function cleanPatch(patch) {
  if (!patch || typeof patch !== 'object') return null;
  const out = {};
  for (const [k, ok] of Object.entries(PATCH_KEYS)) {
    if (Object.prototype.hasOwnProperty.call(patch, k) && ok(patch[k])) out[k] = patch[k];
  }
  return Object.keys(out).length ? out : null;
}

function fail(e) {
  const err = e instanceof ApiError ? e.toJSON() : { status: 0, code: 'error', message: (e && e.message) || 'Something went wrong.' };
  return { ok: false, error: err };
}

/**
 * chrome: an object with storage.local, action, notifications, alarms, tabs, identity, runtime
 * (the real `chrome` in the worker; fakes in tests).
 */
export function createBackground(chrome, { fetchImpl, now = () => Date.now() } = {}) {
  const local = chrome.storage.local;
  const threadCache = new Map(); // id -> {at, data}

  const read = () => local.get(KEYS);

  async function onUnauthorized() {
    threadCache.clear();
    await local.set({ token: null, tokenExpires: null, authError: 'expired', list: null, listFetchedAt: 0 });
    await updateBadge();
  }

  const api = createApi({
    getAuth: async () => {
      const s = await read();
      return { serverUrl: s.serverUrl || DEFAULT_SERVER, token: s.token, tokenExpires: s.tokenExpires };
    },
    onUnauthorized,
    fetchImpl,
    now,
  });

  async function updateBadge(list) {
    const s = await read();
    const l = list || s.list;
    const b = badgeFor({ signedIn: !!s.token, authError: s.authError, dueToday: l && l.dueToday });
    await chrome.action.setBadgeBackgroundColor({ color: b.color });
    await chrome.action.setBadgeText({ text: b.text });
    await chrome.action.setTitle({
      title: b.text === '!' ? 'Hearback: sign in again' : b.text ? `Hearback: ${b.text} follow-up${b.text === '1' ? '' : 's'} due today` : 'Hearback',
    });
  }

  async function notify(list) {
    const s = await read();
    const { toNotify, notified } = planNotifications(list, s.notified || {});
    for (const n of toNotify) {
      try {
        await chrome.notifications.create(n.id, {
          type: 'basic',
          iconUrl: chrome.runtime.getURL('icons/icon128.png'),
          title: n.title,
          message: n.message,
          priority: 1,
        });
      } catch {
        // notifications may be blocked by the user: the badge still shows the count
      }
    }
    await local.set({ notified });
    return toNotify.length;
  }

  /** GET /api/threads, then badge and notifications. Throws ApiError. */
  async function refresh() {
    const list = await api.listThreads();
    if (!list || !Array.isArray(list.threads)) throw new ApiError(0, 'bad_response', "Hearback's server sent an unreadable list.");
    await local.set({ list, listFetchedAt: now(), authError: null });
    await updateBadge(list);
    await notify(list);
    return list;
  }

  async function refreshQuietly() {
    try {
      const s = await read();
      if (!s.token) {
        await updateBadge();
        return null;
      }
      return await refresh();
    } catch {
      return null;
    }
  }

  async function listThreads(force) {
    const s = await read();
    if (!force && s.list && now() - (s.listFetchedAt || 0) < LIST_TTL_MS) return s.list;
    return refresh();
  }

  async function getThread(id) {
    const hit = threadCache.get(id);
    if (hit && now() - hit.at < THREAD_TTL_MS) return hit.data;
    const data = await api.getThread(id);
    threadCache.set(id, { at: now(), data });
    return data;
  }

  async function afterChange(id) {
    threadCache.delete(id);
    await local.set({ listFetchedAt: 0 });
    refreshQuietly();
  }

  async function openUrl(raw) {
    const s = await read();
    const url = openableUrlOrNull(raw, s.serverUrl || DEFAULT_SERVER);
    if (!url) throw new Error('Hearback only opens Gmail addresses and pages of its own server.');
    await chrome.tabs.create({ url });
    return { opened: url };
  }

  async function urlForThread(id) {
    const s = await read();
    const t = s.list && Array.isArray(s.list.threads) ? s.list.threads.find((x) => x && x.threadId === id) : null;
    return gmailUrlOrNull(t && t.gmailUrl) || fallbackGmailUrl(id);
  }

  async function signIn() {
    const s = await read();
    const server = s.serverUrl || DEFAULT_SERVER;
    const redirect = chrome.identity.getRedirectURL();
    const finalUrl = await chrome.identity.launchWebAuthFlow({ url: authStartUrl(server, redirect), interactive: true });
    const { token, expires } = parseAuthRedirect(finalUrl, redirect);
    threadCache.clear();
    await local.set({ token, tokenExpires: expires, authError: null, list: null, listFetchedAt: 0 });
    let email = null;
    try {
      email = (await api.getSettings()).email || null;
    } catch {
      // shown as "signed in" without the address
    }
    await local.set({ email });
    await refreshQuietly();
    return { signedIn: true, email };
  }

  async function signOut() {
    try {
      await api.logout();
    } catch {
      // the token is forgotten either way
    }
    threadCache.clear();
    await local.set({ token: null, tokenExpires: null, authError: null, email: null, list: null, listFetchedAt: 0, notified: {} });
    await updateBadge();
    return { signedIn: false };
  }

  async function setServer(raw) {
    const origin = serverOrigin(raw);
    const s = await read();
    if (origin !== s.serverUrl) {
      threadCache.clear();
      await local.set({ serverUrl: origin, token: null, tokenExpires: null, authError: null, email: null, list: null, listFetchedAt: 0, notified: {} });
      await updateBadge();
    }
    return { serverUrl: origin };
  }

  async function status() {
    const s = await read();
    const expired = !!(s.token && s.tokenExpires && Date.parse(s.tokenExpires) <= now());
    if (expired) await onUnauthorized();
    return {
      serverUrl: s.serverUrl || DEFAULT_SERVER,
      signedIn: !!s.token && !expired,
      authError: expired ? 'expired' : s.authError || null,
      email: s.email || null,
    };
  }

  const handlers = {
    [MSG.GET_THREAD]: (m) => getThread(m.threadId),
    [MSG.LIST_THREADS]: (m) => listThreads(m.force === true),
    [MSG.DRAFT]: async (m) => {
      const r = await api.draft(m.threadId);
      await afterChange(m.threadId);
      return r;
    },
    [MSG.SET_STATE]: async (m) => {
      const patch = cleanPatch(m.patch);
      if (!patch) throw new Error('Nothing to change.');
      const r = await api.setState(m.threadId, patch);
      await afterChange(m.threadId);
      return r;
    },
    [MSG.OPEN_THREAD]: async (m) => openUrl(await urlForThread(m.threadId)),
    [MSG.OPEN_URL]: (m) => openUrl(m.url),
    [MSG.GET_STATUS]: () => status(),
    [MSG.SET_SERVER]: (m) => setServer(m.url),
    [MSG.SIGN_IN]: () => signIn(),
    [MSG.SIGN_OUT]: () => signOut(),
    [MSG.GET_SETTINGS]: () => api.getSettings(),
    [MSG.PUT_SETTINGS]: (m) => {
      const body = {};
      for (const k of ['zone', 'country', 'preset']) if (typeof (m.settings || {})[k] === 'string') body[k] = m.settings[k];
      return api.putSettings(body);
    },
  };

  /** Answers one runtime message: {ok:true, data} or {ok:false, error:{status, code, message}}. */
  async function handleMessage(msg, sender) {
    try {
      if (!msg || typeof msg.type !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, msg.type)) {
        return fail(new Error('Unknown request.'));
      }
      if (!sender || sender.id !== chrome.runtime.id) return fail(new Error('Not allowed.'));
      const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(chrome.runtime.getURL(''));
      if (!fromExtensionPage && !CONTENT_SCRIPT_MESSAGES.has(msg.type)) return fail(new Error('Not allowed.'));
      if ('threadId' in msg && !isThreadId(msg.threadId)) return fail(new ApiError(400, 'bad_thread', 'That is not a Gmail thread id.'));
      const data = await handlers[msg.type](msg);
      const out = { ok: true, data };
      if (msg.type === MSG.GET_THREAD) {
        const s = await read();
        out.now = s.list && s.list.now;
      }
      return out;
    } catch (e) {
      return fail(e);
    }
  }

  async function ensureAlarm() {
    const existing = await chrome.alarms.get(DAILY_ALARM);
    if (!existing) {
      // Next 8:00 local time, then every day.
      const d = new Date(now());
      d.setHours(8, 0, 0, 0);
      if (d.getTime() <= now()) d.setDate(d.getDate() + 1);
      await chrome.alarms.create(DAILY_ALARM, { when: d.getTime(), periodInMinutes: 24 * 60 });
    }
  }

  async function onAlarm(alarm) {
    if (alarm && alarm.name === DAILY_ALARM) await refreshQuietly();
  }

  async function onNotificationClicked(notificationId) {
    const id = threadIdFromNotification(notificationId);
    if (!id || !isThreadId(id)) return;
    try {
      await chrome.notifications.clear(notificationId);
    } catch {
      // ignore
    }
    await openUrl(await urlForThread(id));
  }

  return { handleMessage, refresh, refreshQuietly, updateBadge, ensureAlarm, onAlarm, onNotificationClicked, api };
}
