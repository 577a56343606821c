// The only code that talks to the Hearback server (docs/api.md). Runs in the service worker.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
  toJSON() {
    return { status: this.status, code: this.code, message: this.message };
  }
}

const TIMEOUT_MS = 20000;

/**
 * createApi({getAuth, onUnauthorized, fetchImpl})
 *   getAuth(): Promise<{serverUrl, token, tokenExpires}>
 *   onUnauthorized(): called when the server answers 401 or the token has expired
 */
export function createApi({ getAuth, onUnauthorized, fetchImpl = (...a) => fetch(...a), now = () => Date.now() }) {
  async function request(method, path, body) {
    const { serverUrl, token, tokenExpires } = await getAuth();
    if (!serverUrl) throw new ApiError(0, 'no_server', 'Choose a Hearback server in the options first.');
    if (!token) throw new ApiError(401, 'signed_out', 'Sign in to Hearback first.');
    if (tokenExpires && Date.parse(tokenExpires) <= now()) {
      await onUnauthorized();
      throw new ApiError(401, 'unauthorized', 'Your Hearback sign-in has expired. Sign in again.');
    }
    const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
    const init = { method, headers, credentials: 'omit', cache: 'no-store', redirect: 'error' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const ac = typeof AbortController === 'function' ? new AbortController() : null;
    const timer = ac ? setTimeout(() => ac.abort(), TIMEOUT_MS) : null;
    if (ac) init.signal = ac.signal;
    let res;
    try {
      res = await fetchImpl(serverUrl.replace(/\/+$/, '') + path, init);
    } catch (e) {
      throw new ApiError(0, 'network', `Hearback's server could not be reached (${(e && e.name) || 'network error'}).`);
    } finally {
      if (timer) clearTimeout(timer);
    }
    if (res.status === 204) return null;
    let data = null;
    const text = await res.text();
    if (text) {
      try {
        data = JSON.parse(text);
      } catch {
        data = null;
      }
    }
    if (res.status === 401) {
      await onUnauthorized();
      throw new ApiError(401, 'unauthorized', 'Your Hearback sign-in has expired. Sign in again.');
    }
    if (!res.ok) {
      const code = data && typeof data.error === 'string' ? data.error : `http_${res.status}`;
      const message = data && typeof data.message === 'string' ? data.message : `Hearback's server answered ${res.status}.`;
      throw new ApiError(res.status, code, message);
    }
    if (data === null) throw new ApiError(res.status, 'bad_response', "Hearback's server sent an unreadable answer.");
    return data;
  }

  const enc = (id) => encodeURIComponent(id);
  return {
    request,
    listThreads: () => request('GET', '/api/threads'),
    getThread: (id) => request('GET', `/api/threads/${enc(id)}`),
    draft: (id) => request('POST', `/api/threads/${enc(id)}/draft`, {}),
    setState: (id, patch) => request('POST', `/api/threads/${enc(id)}/state`, patch),
    getSettings: () => request('GET', '/api/settings'),
    putSettings: (s) => request('PUT', '/api/settings', s),
    logout: () => request('POST', '/api/logout'),
  };
}
