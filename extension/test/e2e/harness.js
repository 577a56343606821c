// Starts what the end-to-end tests need: the Hearback demo server (the real jar, or the node
// stand-in with HEARBACK_E2E_FIXTURE=1), the Gmail-like page, and Debian's chromium with the
// unpacked extension loaded. Timeouts are generous (a loaded 2-core CI machine) but bounded.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import net from 'node:net';

export const EXT_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const REPO_DIR = join(EXT_DIR, '..');
export const JAR = process.env.HEARBACK_JAR || join(REPO_DIR, 'server', 'target', 'hearback.jar');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const DEMO_MBOX_DIR = join(REPO_DIR, 'server', 'src', 'main', 'resources', 'demo');
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** The redirect URI the tests use when they sign in themselves (an extension id is 32 letters a-p). */
export const TEST_REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
export const FIXTURE_MODE = process.env.HEARBACK_E2E_FIXTURE === '1';

const SERVER_START_MS = 90000; // a cold JVM on a busy 2-core machine: seconds, not minutes
export const UI_MS = 20000; // anything the user waits for in the browser

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export async function waitFor(fn, { timeout = UI_MS, interval = 150, what = 'condition', giveUp = () => false } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end && !giveUp()) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? `: ${last.message}` : ''}`);
}

/**
 * Starts the backend: `java -jar hearback.jar serve --demo [extraArgs]` on a free loopback port.
 * Returns {url, kind, logs(), stop()}; url is http://127.0.0.1:PORT. When it does not come up, the
 * error carries the server's own output.
 */
export async function startBackend(extraArgs = []) {
  if (FIXTURE_MODE) {
    const { startFixtureServer } = await import('./fixture-server.js');
    const f = await startFixtureServer();
    return { url: f.url, kind: 'fixture', logs: () => '(node fixture server)', stop: () => new Promise((r) => f.server.close(r)) };
  }
  if (!existsSync(JAR)) {
    throw new Error(`${JAR} is missing: build it from the repository root with "mvn -q -B -o package -DskipTests" (or run with HEARBACK_E2E_FIXTURE=1 for the node stand-in).`);
  }
  const port = await freePort();
  const out = [];
  const args = ['-Xshare:auto', '-XX:TieredStopAtLevel=1', '-jar', JAR, 'serve', '--demo', ...extraArgs];
  const child = spawn('java', args, { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => out.push(d.toString()));
  child.stderr.on('data', (d) => out.push(d.toString()));
  const logs = () => `$ PORT=${port} java ${args.join(' ')}\n${out.join('').slice(-6000)}${child.exitCode !== null ? `\n(exited with ${child.exitCode})` : ''}`;
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(async () => (await fetch(`${url}/healthz`)).ok, { timeout: SERVER_START_MS, interval: 250, what: `the demo server on ${url}`, giveUp: () => child.exitCode !== null });
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`${child.exitCode !== null ? `the demo server exited with ${child.exitCode}` : e.message}\n--- server output ---\n${logs()}`);
  }
  return {
    url,
    kind: 'jar',
    logs,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    }),
  };
}

/**
 * `test()` that, when it fails, adds what the server printed, so a CI log shows the server's side.
 * getBackends: () => [backend...] (read when the test fails, after before() has run).
 */
export function withServerLogs(getBackends) {
  return (name, opts, fn) => {
    if (typeof opts === 'function') [fn, opts] = [opts, {}];
    return test(name, { timeout: 60000, ...opts }, async (t) => {
      try {
        await fn(t);
      } catch (e) {
        const logs = getBackends().filter(Boolean).map((b) => `--- ${b.kind} server at ${b.url} ---\n${b.logs()}`).join('\n');
        if (e && typeof e === 'object' && logs) {
          try {
            e.message = `${e.message}\n${logs}`;
          } catch {
            // some errors have a read-only message
          }
        }
        throw e;
      }
    });
  };
}

function decodeWords(s) {
  return s.replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=\s*(?==\?)?/g, (_, charset, enc, text) => {
    const bytes = enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (m, h) => String.fromCharCode(parseInt(h, 16))), 'latin1');
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      return bytes.toString('latin1');
    }
  });
}

/**
 * Every thread of an mbox, as Gmail's page would list it: {id (hex, as data-legacy-thread-id shows
 * it), subject, from (display name)}, from the first message of each X-GM-THRID.
 */
export function mboxThreads(file) {
  const threads = new Map();
  for (const msg of readFileSync(file, 'utf8').split(/^From .*$/m)) {
    const head = msg.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' ');
    const h = (name) => (new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(head) || [])[1];
    const thrid = h('X-GM-THRID');
    if (!thrid || !/^\d+$/.test(thrid.trim())) continue;
    const id = BigInt(thrid.trim()).toString(16);
    if (threads.has(id)) continue;
    const from = decodeWords(h('From') || '');
    const name = (/^\s*"?(.*?)"?\s*<[^>]*>\s*$/.exec(from) || [])[1] || from;
    threads.set(id, { id, subject: decodeWords(h('Subject') || '(no subject)').trim(), from: name.replace(/\\"/g, '"').trim() });
  }
  return [...threads.values()];
}

/** The threads of the bundled demo mailbox (server/src/main/resources/demo/*.mbox). */
export function demoMailboxThreads() {
  if (!existsSync(DEMO_MBOX_DIR)) return [];
  return readdirSync(DEMO_MBOX_DIR).filter((n) => n.endsWith('.mbox')).flatMap((n) => mboxThreads(join(DEMO_MBOX_DIR, n)));
}

/** A session token for the demo user, the way the demo hands it out: /auth/start redirects to #token=... */
export async function demoToken(serverUrl, redirectUri = TEST_REDIRECT) {
  const r = await fetch(`${serverUrl}/auth/start?redirect_uri=${encodeURIComponent(redirectUri)}`, { redirect: 'manual' });
  const loc = r.headers.get('location') || '';
  const token = new URLSearchParams(loc.split('#')[1] || '').get('token');
  if (!token) throw new Error(`no token in the /auth/start redirect (status ${r.status}, location ${loc})`);
  return token;
}

export async function apiGet(serverUrl, token, path) {
  const r = await fetch(serverUrl + path, { headers: { Authorization: `Bearer ${token}` } });
  const text = await r.text();
  return { status: r.status, body: text ? JSON.parse(text) : null };
}

/**
 * Launches chromium with the unpacked extension; returns {ctx, sw, extId, calls, dialogs, close()}.
 * `calls` records every request the browser (the extension's worker included) made to one of
 * `apiOrigins` and its answer: {method, path, status, auth, body}. Chromium reports them a moment
 * after the page or worker got its answer: wait for an entry, do not expect it at once. `dialogs` collects any alert/confirm/prompt.
 */
export async function launchBrowser(extDir = EXT_DIR, { apiOrigins = [] } = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or bash extension/scripts/setup-e2e.sh)`);
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'hearback-e2e-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    timeout: 60000,
    viewport: { width: 1100, height: 700 },
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--no-default-browser-check', '--disable-dev-shm-usage',
    ],
  });
  ctx.setDefaultTimeout(UI_MS);
  const calls = [];
  ctx.on('response', async (res) => {
    const req = res.request();
    const u = new URL(req.url());
    if (!apiOrigins.includes(u.origin) || req.method() === 'OPTIONS') return;
    // Recorded only once complete: a test that finds an entry can read all of it.
    const auth = (await req.allHeaders().catch(() => ({}))).authorization || null;
    const body = /json/.test(res.headers()['content-type'] || '') ? await res.text().catch(() => null) : null;
    calls.push({ method: req.method(), path: u.pathname, status: res.status(), auth, body });
  });
  const dialogs = [];
  const watch = (p) => p.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  ctx.pages().forEach(watch);
  ctx.on('page', watch);
  const sw = ctx.serviceWorkers()[0] || await ctx.waitForEvent('serviceworker', { timeout: 30000 });
  const extId = new URL(sw.url()).host;
  return {
    ctx,
    sw,
    extId,
    calls,
    dialogs,
    close: async () => {
      await ctx.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The text inside the banner's shadow root, or null when there is no banner. */
export function bannerText(p) {
  return p.evaluate(() => {
    const host = document.querySelector('[data-hearback-banner]');
    return host && host.shadowRoot ? host.shadowRoot.textContent : null;
  });
}

/** Waits for the banner to be drawn (its box, or one of its buttons). */
export function waitForBanner(p, selector = '.hb') {
  return p.waitForFunction((s) => document.querySelector('[data-hearback-banner]')?.shadowRoot?.querySelector(s), selector);
}

/** Clicks a banner button the way a user does (a real mouse click through the shadow root). */
export async function clickBanner(p, action) {
  await p.locator(`[data-hearback-banner] [data-action="${action}"]`).click();
}
