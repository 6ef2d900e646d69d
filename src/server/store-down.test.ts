import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStore } from '../store/index.ts';
import type { Store } from '../store/types.ts';
import { storeUnreachable } from '../store/unreachable.ts';
import { createApp } from './app.ts';

// A store whose every read fails as a PostgreSQL store's does while its server is stopped.
function downStore(store: Store, error: Error): Store {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || key === 'close') return value;
      return () => Promise.reject(error);
    },
  });
}

const connectError = (code: string, extra: object = {}) =>
  Object.assign(new Error(`connect ${code} /tmp/pg/.s.PGSQL.5432`), { code, ...extra });

test('a stopped store server is a 503 to retry, on pages and in the API; other errors stay 500', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const logged: string[] = [];
  const down = downStore(store, connectError('ENOENT', { syscall: 'connect' }));
  const { app } = createApp({ store: down, log: (line) => logged.push(line) });
  const page = await app.request('/');
  assert.equal(page.status, 503);
  assert.equal(page.headers.get('retry-after'), '10');
  assert.match(
    await page.text(),
    /database does not answer \(stopped or restarting\?\): try again in a moment/,
  );
  const api = await app.request('/api/stories');
  assert.equal(api.status, 503);
  assert.match(((await api.json()) as { error: string }).error, /does not answer/);
  assert.equal(logged.length, 2);
  const broken = createApp({ store: downStore(store, new Error('a bug')), log: () => {} }).app;
  assert.equal((await broken.request('/')).status, 500);
});

test('storeUnreachable: connection errors and PostgreSQL shutdowns, not a missing file or a query error', () => {
  for (const error of [
    connectError('ECONNREFUSED'),
    connectError('ENOENT', { syscall: 'connect' }),
    Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    Object.assign(new Error('connection failure'), { code: '08006' }),
    new Error('Connection terminated unexpectedly'),
  ])
    assert.equal(storeUnreachable(error), true, error.message);
  for (const error of [
    Object.assign(new Error('no such file'), { code: 'ENOENT', syscall: 'open' }),
    Object.assign(new Error('permission denied for table stories'), { code: '42501' }),
    new Error('a bug'),
    null,
  ])
    assert.equal(storeUnreachable(error), false, String(error));
});
