import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { patternCovers, permissionPatternFor, serverOrigin } from './origins.js';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));
const declared = manifest.optional_host_permissions;

test('server addresses are checked and reduced to their origin', () => {
  assert.equal(serverOrigin('https://hearback.example.app/some/path'), 'https://hearback.example.app');
  assert.equal(serverOrigin(' http://localhost:8080 '), 'http://localhost:8080');
  assert.throws(() => serverOrigin('http://evil.example'), /local demo/);
  assert.throws(() => serverOrigin('javascript:alert(1)'), /https/);
  assert.throws(() => serverOrigin('not a url'), /not a web address/);
});

test('the permission asked for is one the manifest declares', () => {
  assert.equal(permissionPatternFor('https://hearback.example.app', declared), 'https://hearback.example.app/*');
  assert.equal(permissionPatternFor('http://localhost:8080', declared), 'http://localhost:8080/*');
  assert.equal(permissionPatternFor('http://127.0.0.1:43123', declared), 'http://127.0.0.1/*');
  assert.equal(permissionPatternFor('http://localhost:9999', declared), null);
  assert.equal(permissionPatternFor('https://other.example', declared), null);
  assert.equal(patternCovers('https://*.example.app/*', 'https://x.example.app'), true);
});
