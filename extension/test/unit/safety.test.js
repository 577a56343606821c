// Safety rules checked on the source itself: no HTML sinks, no remote code, strict CSP, few permissions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function files(dir, exts) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, exts));
    else if (exts.some((e) => name.endsWith(e))) out.push(p);
  }
  return out;
}

const shipped = files(join(ROOT, 'src'), ['.js', '.html']).filter((f) => !f.endsWith('.test.js'));

test('no HTML sinks anywhere in the extension source', () => {
  const sinks = /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write(ln)?|createContextualFragment|DOMParser)\b/;
  const hits = [];
  for (const f of files(join(ROOT, 'src'), ['.js'])) {
    readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
      if (sinks.test(line) && !f.endsWith('safety.test.js')) hits.push(`${relative(ROOT, f)}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(hits, []);
});

test('no eval, no string timers, no remote scripts', () => {
  const bad = /\beval\s*\(|new\s+Function\s*\(|set(Timeout|Interval)\s*\(\s*['"`]|<script[^>]+src=["']?https?:|import\s*\(\s*['"]https?:|importScripts\s*\(\s*['"]https?:/;
  const hits = shipped.filter((f) => bad.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
  assert.deepEqual(hits, []);
});

test('html pages carry no inline script or handler attributes', () => {
  for (const f of files(join(ROOT, 'src'), ['.html'])) {
    const html = readFileSync(f, 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, `${f}: inline script`);
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i, `${f}: handler attribute`);
  }
});

test('manifest: MV3, strict CSP, the fewest permissions', () => {
  const m = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  assert.equal(m.manifest_version, 3);
  assert.deepEqual([...m.permissions].sort(), ['alarms', 'identity', 'notifications', 'storage']);
  assert.equal(m.host_permissions, undefined, 'server access is optional and asked for at options time');
  const csp = m.content_security_policy.extension_pages;
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.match(csp, /object-src 'none'/);
  assert.doesNotMatch(csp, /unsafe-|https?:\/\/\*|\bdata:|\bblob:/);
  for (const cs of m.content_scripts) {
    for (const match of cs.matches) assert.ok(['https://mail.google.com/*', 'http://127.0.0.1/*'].includes(match), match);
  }
  // every file the manifest names exists
  const named = [m.background.service_worker, m.action.default_popup, m.options_ui.page, ...Object.values(m.icons), ...m.content_scripts.flatMap((c) => c.js)];
  for (const p of named) assert.ok(statSync(join(ROOT, p)).isFile(), p);
});
