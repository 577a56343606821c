import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gmailUrlOrNull } from './safe-url.js';

test('only https Gmail addresses are opened', () => {
  assert.equal(gmailUrlOrNull('https://mail.google.com/mail/u/0/#drafts?compose=r-123'), 'https://mail.google.com/mail/u/0/#drafts?compose=r-123');
  for (const bad of ['javascript:alert(1)', 'http://mail.google.com/', 'https://mail.google.com.evil.example/', 'https://evil@mail.google.com/', 'data:text/html,x', '', null, 'https://mail.google.com:444/']) {
    assert.equal(gmailUrlOrNull(bad), null, String(bad));
  }
});

test('drafts open in the Gmail account on screen', async () => {
  const { inSameAccount } = await import('./safe-url.js');
  const u = 'https://mail.google.com/mail/u/0/#drafts?compose=r-1';
  assert.equal(inSameAccount(u, 'https://mail.google.com/mail/u/2/#inbox/18c2'), 'https://mail.google.com/mail/u/2/#drafts?compose=r-1');
  assert.equal(inSameAccount(u, 'http://127.0.0.1:9/mail/u/0/'), u);
});
