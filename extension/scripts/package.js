// npm run package: builds dist/hearback-extension.zip for the Chrome Web Store.
// The store build differs from the unpacked demo build in one way: the content script and its
// modules match https://mail.google.com/* only. The http://127.0.0.1/* match exists so the
// unpacked extension works on the local Gmail-like test page; the store build does not need it.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeZip } from './zip.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOCAL_MATCHES = new Set(['http://127.0.0.1/*']);

export function storeManifest(manifest) {
  const m = structuredClone(manifest);
  for (const cs of m.content_scripts || []) cs.matches = cs.matches.filter((x) => !LOCAL_MATCHES.has(x));
  for (const war of m.web_accessible_resources || []) war.matches = war.matches.filter((x) => !LOCAL_MATCHES.has(x));
  return m;
}

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** The files that ship: src/ (no tests), icons/, and the store manifest. */
export function packageEntries(root = ROOT) {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const entries = [{ name: 'manifest.json', data: Buffer.from(`${JSON.stringify(storeManifest(manifest), null, 2)}\n`) }];
  for (const dir of ['icons', 'src']) {
    for (const f of walk(join(root, dir))) {
      if (f.endsWith('.test.js')) continue;
      if (!/\.(js|html|css|png)$/.test(f)) continue;
      entries.push({ name: relative(root, f).split(sep).join('/'), data: readFileSync(f) });
    }
  }
  return entries;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const entries = packageEntries();
  const out = join(ROOT, 'dist', 'hearback-extension.zip');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const zip = makeZip(entries);
  writeFileSync(out, zip);
  console.log(`${relative(process.cwd(), out) || out}: ${entries.length} files, ${zip.length} bytes`);
}
