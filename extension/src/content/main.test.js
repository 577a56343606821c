import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSend, start } from './main.js';
import { gmailDom } from '../../test/unit/dom.js';
import { FEATURES } from '../features/index.js';

function fakeWin(document) {
  const listeners = {};
  const queue = [];
  return {
    flush: () => { while (queue.length) queue.shift()(); },
    document,
    location: { origin: 'http://127.0.0.1:1', hash: '' },
    setTimeout: (fn) => { queue.push(fn); return queue.length; },
    clearTimeout() {},
    MutationObserver: class { observe() {} disconnect() {} },
    addEventListener: (t, f) => { listeners[t] = f; },
    removeEventListener: (t) => { delete listeners[t]; },
    listeners,
  };
}

test('a throwing feature breaks nothing: the others still run and nothing escapes', async () => {
  const { document } = gmailDom();
  const calls = [];
  const features = [
    () => ({ name: 'boom', update() { throw new Error('boom'); }, stop() { throw new Error('boom'); } }),
    () => ({ name: 'reject', update: () => Promise.reject(new Error('no')), stop() {} }),
    () => { throw new Error('cannot even start'); },
    () => ({ name: 'ok', update() { calls.push('ok'); }, stop() {} }),
  ];
  const win = fakeWin(document);
  const r = start({ win, doc: document, send: async () => null, features });
  win.flush();
  assert.deepEqual(calls, ['ok']);
  win.listeners.hashchange();
  win.listeners.hashchange(); // throttled: one run for both
  win.flush();
  assert.deepEqual(calls, ['ok', 'ok']);
  r.stop();
  await new Promise((res) => setTimeout(res, 5));
});

test('makeSend never throws, even when the extension was reloaded', async () => {
  assert.equal(await makeSend(undefined)({}), null);
  assert.equal(await makeSend({ id: undefined })({}), null);
  assert.equal(await makeSend({ id: 'x', sendMessage: () => { throw new Error('Extension context invalidated.'); } })({}), null);
  assert.equal(await makeSend({ id: 'x', sendMessage: async () => 'weird' })({}), null);
  assert.deepEqual(await makeSend({ id: 'x', sendMessage: async () => ({ ok: true }) })({}), { ok: true });
});

test('features are registered in one place, each a factory', () => {
  const names = FEATURES.map((make) => make().name);
  assert.deepEqual(names, ['thread-banner', 'list-badges']);
});
