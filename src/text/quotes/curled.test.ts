import assert from 'node:assert/strict';
import { test } from 'node:test';
import { curledDoubles } from './marks.ts';

test('straight double quotes are curled when they pair up, open then close', () => {
  assert.equal(
    curledDoubles('Hale said the cut was "a loss for the ward".'),
    'Hale said the cut was “a loss for the ward”.',
  );
  assert.equal(curledDoubles('"We will go on," Hale said.'), '“We will go on,” Hale said.');
  assert.equal(
    curledDoubles('He said: "Yes." Then (“no”) and "maybe".'),
    'He said: “Yes.” Then (“no”) and “maybe”.',
  );
});

test('straight quotes that do not pair up, or an inch sign, are left as written', () => {
  for (const text of ['a 12" pipe and "more"', 'she said "no', 'it was" odd "here'])
    assert.equal(curledDoubles(text), text);
});
