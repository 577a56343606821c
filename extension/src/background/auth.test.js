import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authStartUrl, parseAuthRedirect } from './auth.js';

const R = 'https://abc.chromiumapp.org/';

test('the token and expiry come from the redirect fragment', () => {
  assert.deepEqual(parseAuthRedirect(`${R}#token=t0k&expires=2026-12-01T00:00:00Z`, R), { token: 't0k', expires: '2026-12-01T00:00:00Z' });
  assert.deepEqual(parseAuthRedirect(`${R}#token=t0k`, R), { token: 't0k', expires: null });
  assert.throws(() => parseAuthRedirect('https://evil.example/#token=x', R), /did not come back/);
  assert.throws(() => parseAuthRedirect(`${R}#error=access_denied`, R), /access_denied/);
  assert.throws(() => parseAuthRedirect(`${R}#expires=x`, R), /session/);
  assert.equal(authStartUrl('http://localhost:8080/', R), 'http://localhost:8080/auth/start?redirect_uri=https%3A%2F%2Fabc.chromiumapp.org%2F');
});
