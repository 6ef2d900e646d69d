import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shingleSet } from './shingles.ts';

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
  for (const [text, expected] of cases) assert.deepEqual([...shingleSet(text)], expected, text);
});
