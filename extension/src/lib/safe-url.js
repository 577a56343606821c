// The only URLs the extension ever opens: Gmail's own, over https.

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
