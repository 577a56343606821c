// Sign-in through chrome.identity.launchWebAuthFlow: the server's /auth/start ends by redirecting to
// <redirect_uri>#token=...&expires=...

export function authStartUrl(serverUrl, redirectUri) {
  return `${serverUrl.replace(/\/+$/, '')}/auth/start?redirect_uri=${encodeURIComponent(redirectUri)}`;
}

/** Reads {token, expires} from the final redirect URL; throws a readable Error when it is not ours or has no token. */
export function parseAuthRedirect(finalUrl, redirectUri) {
  if (typeof finalUrl !== 'string' || !finalUrl.startsWith(redirectUri)) {
    throw new Error('Sign-in did not come back to Hearback.');
  }
  const i = finalUrl.indexOf('#');
  const params = new URLSearchParams(i >= 0 ? finalUrl.slice(i + 1) : '');
  if (params.get('error')) throw new Error(`Sign-in failed: ${params.get('error')}`);
  const token = params.get('token');
  if (!token || token.length > 4096 || /\s/.test(token)) throw new Error('Sign-in did not return a session.');
  const expires = params.get('expires');
  return { token, expires: expires && !Number.isNaN(Date.parse(expires)) ? expires : null };
}
