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

test('besides Gmail, only pages of the chosen Hearback server are opened (the demo\'s draft page)', async () => {
  const { openableUrlOrNull } = await import('./safe-url.js');
  const gmail = 'https://mail.google.com/mail/u/0/#drafts?compose=r-1';
  assert.equal(openableUrlOrNull(gmail, 'http://localhost:8080'), gmail);
  assert.equal(openableUrlOrNull('http://localhost:8080/demo/drafts/r-demo-1', 'http://localhost:8080'), 'http://localhost:8080/demo/drafts/r-demo-1');
  // The demo calls itself localhost; a user may have typed 127.0.0.1.
  assert.equal(openableUrlOrNull('http://localhost:8080/demo/drafts/r-demo-1', 'http://127.0.0.1:8080'), 'http://localhost:8080/demo/drafts/r-demo-1');
  assert.equal(openableUrlOrNull('https://hearback.example.app/x', 'https://hearback.example.app'), 'https://hearback.example.app/x');
  for (const [bad, server] of [
    ['http://localhost:9999/demo/drafts/1', 'http://localhost:8080'],
    ['https://evil.example/demo', 'https://hearback.example.app'],
    ['http://hearback.example.app/x', 'https://hearback.example.app'],
    ['javascript:alert(1)', 'http://localhost:8080'],
    ['http://user:pw@localhost:8080/', 'http://localhost:8080'],
    ['http://localhost:8080/', undefined],
    ['http://10.0.0.1:8080/', 'http://10.0.0.1:8080'],
  ]) assert.equal(openableUrlOrNull(bad, server), null, `${bad} from ${server}`);
});
