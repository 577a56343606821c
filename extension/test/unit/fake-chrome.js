// A small in-memory stand-in for the chrome.* APIs the service worker uses.
export function fakeChrome({ id = 'abcdefghijklmnopabcdefghijklmnop', redirectResult } = {}) {
  const data = {};
  const calls = { badge: [], notifications: [], tabs: [], alarms: [], cleared: [] };
  const chrome = {
    calls,
    data,
    runtime: { id, getURL: (p) => `chrome-extension://${id}/${p}` },
    storage: {
      local: {
        get: async (keys) => Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, structuredClone(data[k])])),
        set: async (o) => { Object.assign(data, structuredClone(o)); },
      },
    },
    action: {
      setBadgeText: async ({ text }) => calls.badge.push(text),
      setBadgeBackgroundColor: async () => {},
      setTitle: async () => {},
    },
    notifications: {
      create: async (nid, opts) => { calls.notifications.push({ id: nid, ...opts }); return nid; },
      clear: async (nid) => { calls.cleared.push(nid); return true; },
    },
    tabs: { create: async ({ url }) => { calls.tabs.push(url); return {}; } },
    alarms: {
      get: async (name) => calls.alarms.find((a) => a.name === name),
      create: async (name, info) => { calls.alarms.push({ name, ...info }); },
    },
    identity: {
      getRedirectURL: () => `https://${id}.chromiumapp.org/`,
      launchWebAuthFlow: async ({ url }) => { calls.authUrl = url; return redirectResult; },
    },
  };
  return chrome;
}

/** A fetch that answers from a table of "METHOD /path" -> [status, body], recording requests. */
export function fakeFetch(routes) {
  const requests = [];
  const f = async (url, init) => {
    const u = new URL(url);
    const key = `${init.method} ${u.pathname}`;
    requests.push({ key, auth: init.headers.Authorization, body: init.body ? JSON.parse(init.body) : undefined });
    const r = routes[key];
    if (!r) return new Response(JSON.stringify({ error: 'not_found', message: 'No such thread.' }), { status: 404 });
    const [status, body] = typeof r === 'function' ? r() : r;
    return new Response(body === null ? null : JSON.stringify(body), { status });
  };
  f.requests = requests;
  return f;
}
