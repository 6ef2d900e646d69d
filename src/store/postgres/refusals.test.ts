import assert from 'node:assert/strict';
import { test } from 'node:test';
import { connectRefusal, keptIfAllowed, keptOrSaid, migrationRefusal } from './refusals.ts';

const withCode = (message: string, code: string): Error => Object.assign(new Error(message), { code });

test('a password the server asks for and the URL lacks is told with where to give it', () => {
  // the pg driver's own words when the server asks for SCRAM and no password was given
  const told = connectRefusal(
    new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string'),
  );
  assert.equal(told.name, 'StoreRefusedError');
  assert.match(told.message, /asks for a password and none was given/);
  assert.match(told.message, /postgres:\/\/USER:PASSWORD@/);
  assert.match(told.message, /\$PGPASSWORD/);
  assert.doesNotMatch(told.message, /SASL/);
});

test('a wrong password is refused as the user’s to fix; other connection errors stay as they are', () => {
  const wrong = connectRefusal(withCode('password authentication failed for user "ana"', '28P01'));
  assert.equal(wrong.name, 'StoreRefusedError');
  const refused = withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED');
  assert.equal(connectRefusal(refused), refused);
});

test('a migration without the right to write says what to do; other errors stay', () => {
  const none = migrationRefusal(withCode('permission denied for schema public', '42501'), 0, 12);
  assert.equal(none.name, 'StoreRefusedError');
  assert.match(none.message, /holds no Parallax store yet, and this role may not write its schema/);
  const older = migrationRefusal(withCode('permission denied for schema public', '42501'), 11, 12);
  assert.match(older.message, /schema version 11, older than this Parallax reads \(12\)/);
  const other = withCode('deadlock detected', '40P01');
  assert.equal(migrationRefusal(other, 11, 12), other);
});

test('what a reader may not write is not kept; other write errors still fail', async () => {
  assert.equal(
    await keptIfAllowed(Promise.reject(withCode('permission denied for table stories', '42501')), true),
    true,
  );
  await assert.rejects(keptIfAllowed(Promise.reject(withCode('disk full', '53100')), true), /disk full/);
  assert.equal(await keptIfAllowed(Promise.resolve(false), true), false);
});

test('a report refused to a role that may store articles is said once; to a reader, never', async () => {
  const refused = () => Promise.reject(withCode('permission denied for table stories', '42501'));
  const said: string[] = [];
  const writer = keptOrSaid(
    async () => true,
    (line) => said.push(line),
  );
  assert.equal(await writer(refused(), true), true);
  assert.equal(await writer(refused(), false), false);
  assert.equal(said.length, 1, said.join('\n'));
  assert.match(
    said[0] ?? '',
    /may store articles but may not keep reports \(permission denied for table stories\)/,
  );
  assert.match(said[0] ?? '', /computed again for each reader/);
  const reader = keptOrSaid(
    async () => false,
    (line) => said.push(line),
  );
  assert.equal(await reader(refused(), true), true);
  assert.equal(said.length, 1, 'a role that may only read is told nothing');
  await assert.rejects(writer(Promise.reject(withCode('disk full', '53100')), true), /disk full/);
});
