import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kindTable } from './clash-kinds.ts';

test('kindTable counts gold contradictions among each kind of clash, per group', () => {
  const rows = [
    { group: 'a', gold: 'contradicts', kind: 'age' },
    { group: 'a', gold: 'related', kind: 'age' },
    { group: 'b', gold: 'contradicts', kind: 'age' },
    { group: 'b', gold: 'related', kind: 'place' },
    { group: 'b', gold: 'contradicts', kind: undefined },
  ];
  assert.deepEqual(kindTable(rows, ['a', 'b']), [
    {
      kind: 'age',
      byGroup: [
        [1, 2],
        [1, 1],
      ],
      all: [2, 3],
    },
    {
      kind: 'place',
      byGroup: [
        [0, 0],
        [0, 1],
      ],
      all: [0, 1],
    },
  ]);
});
