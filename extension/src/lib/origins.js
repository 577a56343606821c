// Which declared host permission covers a server URL (manifest optional_host_permissions).

/** Parses and checks a server URL typed by the user; returns its origin or throws a readable Error. */
export function serverOrigin(raw) {
  let u;
  try {
    u = new URL(String(raw).trim());
  } catch {
    throw new Error('That is not a web address. Example: https://hearback.example.app');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('The server address must start with https://');
  if (u.protocol === 'http:' && u.hostname !== 'localhost' && u.hostname !== '127.0.0.1') {
    throw new Error('Only a local demo server may use http://; use https:// for anything else.');
  }
  if (u.username || u.password) throw new Error('The server address must not contain a user name or password.');
  return u.origin;
}

/** Whether a match pattern like "http://127.0.0.1/*" or "http://localhost:8080/*" covers origin. */
export function patternCovers(pattern, origin) {
  const m = /^(https?|\*):\/\/([^/:]+)(?::(\d+))?\/.*$/.exec(pattern);
  if (!m) return false;
  let o;
  try {
    o = new URL(origin);
  } catch {
    return false;
  }
  const scheme = o.protocol.slice(0, -1);
  if (m[1] !== '*' && m[1] !== scheme) return false;
  const host = m[2];
  const hostOk = host === o.hostname || (host.startsWith('*.') && o.hostname.endsWith(host.slice(1))) || host === '*';
  if (!hostOk) return false;
  if (m[3] === undefined) return true; // no port in the pattern: any port
  const port = o.port || (scheme === 'https' ? '443' : '80');
  return m[3] === port;
}

/** The first declared pattern that covers origin, or null. */
export function permissionPatternFor(origin, declared) {
  return (declared || []).find((p) => patternCovers(p, origin)) || null;
}
