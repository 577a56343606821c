// The Chrome Web Store zip, unpacked, loads in chromium: its worker starts and its content script
// matches Gmail only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { launchBrowser } from './harness.js';
import { packageEntries } from '../../scripts/package.js';
import { makeZip, readZip } from '../../scripts/zip.js';

test('the store package loads in chromium', { timeout: 60000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearback-pkg-'));
  let browser;
  try {
    for (const { name, data } of await readZip(makeZip(packageEntries()))) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    browser = await launchBrowser(dir);
    const m = await browser.sw.evaluate(() => chrome.runtime.getManifest());
    assert.deepEqual(m.content_scripts[0].matches, ['https://mail.google.com/*']);
    const p = await browser.ctx.newPage();
    await p.goto(`chrome-extension://${browser.extId}/src/popup/popup.html`);
    await p.waitForSelector('body[data-ready="true"]');
    assert.match(await p.textContent('#app'), /Sign in to Hearback/);
  } finally {
    if (browser) await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
