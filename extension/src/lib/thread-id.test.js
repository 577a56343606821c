import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isThreadId, legacyIdFromPermId, threadIdFromElement, threadIdFromUrl } from './thread-id.js';
import { gmailDom } from '../../test/unit/dom.js';

test('thread ids from Gmail URLs', () => {
  assert.equal(threadIdFromUrl('https://mail.google.com/mail/u/0/#inbox/18c2f0a1b2c3d4e5'), '18c2f0a1b2c3d4e5');
  assert.equal(threadIdFromUrl('#all/18C2F0A1B2C3D4E5'), '18c2f0a1b2c3d4e5');
  assert.equal(threadIdFromUrl('#label/Jobs/18c2f0a1b2c3d4e5'), '18c2f0a1b2c3d4e5');
  assert.equal(threadIdFromUrl('#search/acme/18c2f0a1b2c3d4e5?compose=new'), '18c2f0a1b2c3d4e5');
  assert.equal(threadIdFromUrl('#inbox'), null);
  assert.equal(threadIdFromUrl('#inbox/FMfcgzQZTMnhwQvZ'), null, 'new-style tokens are not legacy ids');
  assert.equal(threadIdFromUrl('https://mail.google.com/mail/u/0/'), null);
  assert.equal(threadIdFromUrl(undefined), null);
});

test('thread ids from the permanent id', () => {
  assert.equal(legacyIdFromPermId('thread-f:1782345678901234567'), BigInt('1782345678901234567').toString(16));
  assert.equal(legacyIdFromPermId('#thread-f:1782345678901234567'), BigInt('1782345678901234567').toString(16));
  assert.equal(legacyIdFromPermId('thread-a:r123'), null);
  assert.equal(legacyIdFromPermId('thread-f:12x'), null);
});

test('thread ids from Gmail markup', () => {
  const { document } = gmailDom({ threadId: '18c2f0a1b2c3d4e5', rows: ['18caaaaaaaaaaaaa'] });
  assert.equal(threadIdFromElement(document.querySelector('h2.hP')), '18c2f0a1b2c3d4e5');
  assert.equal(threadIdFromElement(document.querySelector('span[data-legacy-thread-id]')), '18caaaaaaaaaaaaa');
  const bad = gmailDom({ threadId: '"><img src=x onerror=alert(1)>' }).document;
  assert.equal(threadIdFromElement(bad.querySelector('h2')), null);
  assert.equal(threadIdFromElement(null), null);
  assert.equal(isThreadId('18c2f0a1b2c3d4e5'), true);
  assert.equal(isThreadId('../settings'), false);
});
