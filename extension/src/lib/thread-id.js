// Gmail thread ids, read only from stable places: the data-legacy-thread-id
// attribute, the thread-f: permanent id, and the #label/<id> URL hash.

const HEX_ID = /^[0-9a-f]{8,32}$/i;

export function isThreadId(id) {
  return typeof id === 'string' && HEX_ID.test(id);
}

/** "#inbox/18c2f0a1b2c3d4e5", "#label/Jobs/18c2...", or a full URL -> "18c2f0a1b2c3d4e5"; null otherwise. */
export function threadIdFromUrl(urlOrHash) {
  if (typeof urlOrHash !== 'string') return null;
  const i = urlOrHash.indexOf('#');
  if (i < 0) return null;
  const hash = urlOrHash.slice(i + 1).split('?')[0];
  const parts = hash.split('/').filter(Boolean);
  if (parts.length < 2) return null; // "#inbox" is the list, not a thread
  const last = parts[parts.length - 1];
  return isThreadId(last) ? last.toLowerCase() : null;
}

/** "thread-f:1781234567890123456" or "#thread-f:..." -> the same id in hex, as Gmail's legacy id. */
export function legacyIdFromPermId(permId) {
  if (typeof permId !== 'string') return null;
  const m = /^#?thread-f:(\d{1,20})$/.exec(permId.trim());
  if (!m) return null;
  try {
    const hex = BigInt(m[1]).toString(16);
    return isThreadId(hex) ? hex : null;
  } catch {
    return null;
  }
}

/** The thread id an element carries, from data-legacy-thread-id or else data-thread-perm-id / data-thread-id. */
export function threadIdFromElement(el) {
  if (!el || typeof el.getAttribute !== 'function') return null;
  const legacy = el.getAttribute('data-legacy-thread-id');
  if (legacy != null) return isThreadId(legacy.trim()) ? legacy.trim().toLowerCase() : null;
  return legacyIdFromPermId(el.getAttribute('data-thread-perm-id')) ||
    legacyIdFromPermId(el.getAttribute('data-thread-id'));
}
