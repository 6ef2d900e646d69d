import assert from 'node:assert/strict';
import test from 'node:test';
import { copiesLine, dropCopies } from './copies.ts';

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });

test('dropCopies: of files with the same bytes the first is read, or the ones the manifest names', () => {
  const files = [
    file('in/a copy.txt', 'Quay reopens.'),
    file('in/a.txt', 'Quay reopens.'),
    file('in/b.txt', 'Other.'),
  ];
  assert.deepEqual(dropCopies(files).copies, [{ path: 'in/a.txt', as: 'in/a copy.txt' }]);
  const named = dropCopies(files, (path) => path === 'in/a.txt');
  assert.deepEqual(
    named.files.map((f) => f.path),
    ['in/a.txt', 'in/b.txt'],
  );
  assert.deepEqual(named.copies, [{ path: 'in/a copy.txt', as: 'in/a.txt' }]);
  // both named: the user told them apart, both are read
  assert.equal(dropCopies(files, (path) => path !== 'in/b.txt').files.length, 3);
  // empty files each keep their own reason (the ingest stage skips each)
  assert.equal(dropCopies([file('e1.txt', ''), file('e2.txt', '')]).files.length, 2);
});

test('copiesLine: one line, the first copy named', () => {
  assert.equal(copiesLine([]), null);
  assert.equal(copiesLine([{ path: 'b.txt', as: 'a.txt' }]), 'b.txt has the same bytes as a.txt, read once');
  assert.equal(
    copiesLine([
      { path: 'b.txt', as: 'a.txt' },
      { path: 'd.txt', as: 'c.txt' },
    ]),
    '2 files are copies of others, each read once (b.txt is a.txt, and 1 more)',
  );
});
