// The only URLs the extension ever opens: Gmail's own, over https, and pages of the Hearback server
// the user chose (the demo server shows a saved draft on its own page, since it has no Gmail).

/** Returns the normalised URL when it is an https://mail.google.com/ address, else null. */
export function gmailUrlOrNull(raw) {
  if (typeof raw !== 'string' || raw.length > 2048) return null;
  let u;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || u.hostname !== 'mail.google.com' || u.port !== '' || u.username || u.password) return null;
  return u.href;
}

/** A thread's Gmail address when the server did not give one. */
export function fallbackGmailUrl(threadId) {
  return `https://mail.google.com/mail/u/0/#all/${threadId}`;
}

/**
 * Keeps the Gmail account the user is looking at: the server writes /mail/u/0/, but a user signed
 * in to several Google accounts may be on /mail/u/1/. Only changes the account number.
 */
export function inSameAccount(url, currentHref) {
  const m = typeof currentHref === 'string' && /^https:\/\/mail\.google\.com\/mail\/u\/(\d+)\//.exec(currentHref);
  if (!m) return url;
  return url.replace(/^https:\/\/mail\.google\.com\/mail\/u\/\d+\//, `https://mail.google.com/mail/u/${m[1]}/`);
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Returns the normalised URL when it is a Gmail address or a page of the Hearback server at
 * `serverUrl` (same scheme, host and port; for a local demo server localhost, 127.0.0.1 and [::1]
 * count as one host, since the demo names itself localhost), else null.
 */
export function openableUrlOrNull(raw, serverUrl) {
  const gmail = gmailUrlOrNull(raw);
  if (gmail) return gmail;
  if (typeof raw !== 'string' || raw.length > 2048 || typeof serverUrl !== 'string') return null;
  let u;
  let s;
  try {
    u = new URL(raw);
    s = new URL(serverUrl);
  } catch {
    return null;
  }
  if (u.username || u.password || (u.protocol !== 'https:' && u.protocol !== 'http:')) return null;
  if (u.protocol !== s.protocol || u.port !== s.port) return null;
  const sameHost = u.hostname === s.hostname || (u.protocol === 'http:' && LOOPBACK.has(u.hostname) && LOOPBACK.has(s.hostname));
  if (!sameHost) return null;
  if (u.protocol === 'http:' && !LOOPBACK.has(u.hostname)) return null;
  return u.href;
}
