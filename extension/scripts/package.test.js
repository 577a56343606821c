import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { packageEntries, storeManifest } from './package.js';
import { makeZip, readZip } from './zip.js';

test('the store zip holds the extension and nothing else', async () => {
  const entries = packageEntries();
  const names = entries.map((e) => e.name);
  assert.ok(names.includes('manifest.json'));
  assert.ok(names.includes('src/background/service-worker.js'));
  assert.ok(names.includes('src/content/loader.js'));
  assert.ok(names.includes('src/popup/popup.html'));
  assert.ok(names.includes('icons/icon128.png'));
  assert.ok(!names.some((n) => n.endsWith('.test.js') || n.startsWith('test/') || n.startsWith('node_modules/') || n.startsWith('scripts/')), names.join());
  const back = await readZip(makeZip(entries));
  assert.deepEqual(back.map((e) => e.name), names);
  for (let i = 0; i < entries.length; i++) assert.ok(back[i].data.equals(entries[i].data), names[i]);
  assert.ok(makeZip(entries).equals(makeZip(entries)), 'reproducible');
});

test('the store manifest matches Gmail only', () => {
  const m = storeManifest(JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8')));
  assert.deepEqual(m.content_scripts[0].matches, ['https://mail.google.com/*']);
  assert.deepEqual(m.web_accessible_resources[0].matches, ['https://mail.google.com/*']);
  assert.deepEqual(m.permissions, ['storage', 'alarms', 'notifications', 'identity']);
});
