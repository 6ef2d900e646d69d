import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedCounts, shingleHashes, shingleSet } from './shingles.ts';

// The hashes of the 5-word shingles as the joined words' FNV-1a (values from the string-joining
// implementation, so that hashing the words in place changes no shingle).
test('shingleSet: the FNV-1a hash of each run of five lower-cased words, or of all when fewer', () => {
  const cases: [string, number[]][] = [
    [
      'The Ferry to Quillby sails at dawn, the master said.',
      [2388037507, 2008814347, 2490151535, 1407834979, 2223972087, 3775631850],
    ],
    ['Zorvath’s crew', [1318386761]],
    ['Über Straße 5 Ärger über alles hier', [2160035554, 625062610, 2519340246]],
    ['', []],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual([...shingleSet(text)], expected, text);
    // the same shingles, ascending and once each, as the stage reads them
    const repeated = `${text} ${text}`;
    assert.deepEqual(
      [...shingleHashes(repeated)],
      [...shingleSet(repeated)].sort((a, b) => a - b),
      text,
    );
  }
});

test('sharedCounts: for every pair of texts, the shingles both hold that few texts share', () => {
  // 60 texts drawing from 400 shingles (a seeded generator), so that some shingles are in many texts
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
  const sets = Array.from({ length: 60 }, () => new Set(Array.from({ length: 30 }, () => next() % 400)));
  sets.push(new Set([4_294_967_295, 0]), new Set([4_294_967_295]));
  const n = sets.length;
  for (const maxPostings of [3, 50]) {
    const texts = new Map<number, number>();
    for (const set of sets) for (const s of set) texts.set(s, (texts.get(s) ?? 0) + 1);
    const expected: [number, number][] = [];
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        let both = 0;
        for (const s of sets[i] as Set<number>)
          if ((sets[j] as Set<number>).has(s) && (texts.get(s) as number) <= maxPostings) both++;
        if (both) expected.push([i * n + j, both]);
      }
    const found = [...sharedCounts(sets, maxPostings)].sort((a, b) => a[0] - b[0]);
    assert.deepEqual(found, expected, `at most ${maxPostings} texts`);
    const arrays = sets.map((set) => Uint32Array.from([...set].sort((a, b) => a - b)));
    const fromArrays = [...sharedCounts(arrays, maxPostings)].sort((a, b) => a[0] - b[0]);
    assert.deepEqual(fromArrays, expected, `at most ${maxPostings} texts, from ascending arrays`);
    assert.ok(expected.length > 0, 'some pairs share shingles');
  }
});
