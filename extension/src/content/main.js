// Runs the registered features inside Gmail. Everything is guarded: when Gmail's markup is not as
// expected the features find nothing and do nothing; no exception ever reaches the page.

import { FEATURES } from '../features/index.js';

const THROTTLE_MS = 300;

/** send(message) -> the worker's answer, or null when the extension is gone or failed. Never throws. */
export function makeSend(runtime) {
  return async (msg) => {
    try {
      if (!runtime || !runtime.id) return null;
      const res = await runtime.sendMessage(msg);
      return res && typeof res === 'object' ? res : null;
    } catch {
      return null;
    }
  };
}

export function start({ win = globalThis.window, doc = win.document, send, features = FEATURES } = {}) {
  const instances = [];
  for (const make of features) {
    try {
      instances.push(make());
    } catch {
      // a feature that cannot start is left out
    }
  }
  const ctx = { doc, location: win.location, send };
  let timer = null;
  let stopped = false;

  const run = () => {
    timer = null;
    if (stopped) return;
    for (const f of instances) {
      try {
        const r = f.update(ctx);
        if (r && typeof r.then === 'function') r.then(undefined, () => {});
      } catch {
        // ignore: do nothing visible
      }
    }
  };
  const schedule = () => {
    if (timer === null && !stopped) timer = win.setTimeout(run, THROTTLE_MS);
  };

  const observer = new win.MutationObserver(schedule);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  win.addEventListener('hashchange', schedule);
  win.addEventListener('popstate', schedule);
  schedule();

  return {
    runNow: run,
    stop() {
      stopped = true;
      observer.disconnect();
      win.removeEventListener('hashchange', schedule);
      win.removeEventListener('popstate', schedule);
      if (timer !== null) win.clearTimeout(timer);
      for (const f of instances) {
        try {
          f.stop();
        } catch {
          // ignore
        }
      }
    },
  };
}
