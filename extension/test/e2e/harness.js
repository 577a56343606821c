// Starts what the end-to-end tests need: the Hearback demo server (the real jar, or the fixture
// with HEARBACK_E2E_FIXTURE=1), a recording proxy, the Gmail-like page, and Debian's chromium with
// the unpacked extension loaded.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import net from 'node:net';

export const EXT_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const REPO_DIR = join(EXT_DIR, '..');
export const JAR = process.env.HEARBACK_JAR || join(REPO_DIR, 'server', 'target', 'hearback.jar');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

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

async function waitFor(fn, { timeout = 30000, interval = 200, what = 'condition', giveUp = () => false } = {}) {
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
  throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
}
export { waitFor };

/** Starts the backend. Returns {url, stop(), kind}. */
export async function startBackend() {
  if (process.env.HEARBACK_E2E_FIXTURE === '1') {
    const { startFixtureServer } = await import('./fixture-server.js');
    const f = await startFixtureServer();
    return { url: f.url, kind: 'fixture', stop: () => new Promise((r) => f.server.close(r)) };
  }
  if (!existsSync(JAR)) {
    throw new Error(`${JAR} is missing: build it from the repository root with "mvn -q -B -o package -DskipTests" (or run with HEARBACK_E2E_FIXTURE=1 for the node fixture).`);
  }
  const port = await freePort();
  const logs = [];
  const child = spawn('java', ['-jar', JAR, 'serve', '--demo'], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => logs.push(d.toString()));
  child.stderr.on('data', (d) => logs.push(d.toString()));
  const url = `http://127.0.0.1:${port}`;
  try {
    const exited = new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`the demo server exited with ${code}`))));
    exited.catch(() => {});
    await Promise.race([exited, waitFor(async () => (await fetch(`${url}/healthz`)).ok, { timeout: 60000, what: `the demo server on ${url}`, giveUp: () => child.exitCode !== null })]);
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`${e.message}\n${logs.join('').slice(-3000)}`);
  }
  return {
    url,
    kind: 'jar',
    logs,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    }),
  };
}

/**
 * Gmail thread ids (hex, as data-legacy-thread-id shows them) of every thread in the demo mailbox,
 * read from the X-GM-THRID headers of server/src/main/resources/demo/*.mbox when it is there.
 */
export function demoMailboxThreadIds() {
  const dir = join(REPO_DIR, 'server', 'src', 'main', 'resources', 'demo');
  if (!existsSync(dir)) return [];
  const ids = new Set();
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.mbox')) continue;
    for (const m of readFileSync(join(dir, name), 'utf8').matchAll(/^X-GM-THRID:\s*(\d+)\s*$/gim)) ids.add(BigInt(m[1]).toString(16));
  }
  return [...ids];
}

/** The demo user's session token, the way the demo hands it out: /auth/start redirects to #token=... */
export async function demoToken(serverUrl, redirectUri = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/') {
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

/** Launches chromium with the unpacked extension; returns {ctx, sw, extId, close()}. */
export async function launchBrowser(extDir = EXT_DIR) {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'hearback-e2e-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 700 },
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--no-default-browser-check',
    ],
  });
  const sw = ctx.serviceWorkers()[0] || await ctx.waitForEvent('serviceworker', { timeout: 20000 });
  const extId = new URL(sw.url()).host;
  return {
    ctx,
    sw,
    extId,
    close: async () => {
      await ctx.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
