import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { h } from './dom.js';
import { HOSTILE } from '../../test/unit/fixtures.js';

test('h() inserts strings as text and refuses handler attributes', () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const el = h(document, 'p', { class: 'x', dataset: { a: HOSTILE } }, HOSTILE);
  document.body.append(el);
  assert.equal(el.textContent, HOSTILE);
  assert.equal(document.querySelector('img'), null);
  assert.throws(() => h(document, 'p', { onclick: 'alert(1)' }));
  assert.throws(() => h(document, 'a', { href: 'javascript:alert(1)' }));
});
