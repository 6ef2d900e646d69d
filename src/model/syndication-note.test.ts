import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namingOriginal, nearDuplicateNote } from './syndication-note.ts';

test('namingOriginal renames the original where the note names it, and nowhere else', () => {
  const cases: [string | null, string | null][] = [
    [nearDuplicateNote('n1', 91), nearDuplicateNote('a7', 91)],
    [nearDuplicateNote('n1', null), nearDuplicateNote('a7', null)],
    // an aggregator's note after it is kept as it is
    [
      `${nearDuplicateNote('n1', 80)}; republished by the automatic aggregator n1 Hub`,
      `${nearDuplicateNote('a7', 80)}; republished by the automatic aggregator n1 Hub`,
    ],
    // a note that names no original (an aggregator's alone), or none
    ['republished by an automatic aggregator n1', 'republished by an automatic aggregator n1'],
    [null, null],
    // n1 is not n12's start
    [nearDuplicateNote('n12', 60), nearDuplicateNote('n12', 60)],
  ];
  for (const [note, renamed] of cases) {
    const out = namingOriginal({ syndicatedFrom: 'n1', syndicationNote: note }, 'a7');
    assert.deepEqual(out, { syndicatedFrom: 'a7', syndicationNote: renamed }, String(note));
  }
});
