import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { articleFromText, segmentAll } from '../stages/extract/from-text.ts';
import { stem } from './normalise.ts';
import { sentenceFigures } from './quantities.ts';

const counted = (text: string) =>
  (segmentAll([articleFromText('a', text)], createContext())[0]?.sentences ?? []).flatMap((s) =>
    sentenceFigures(s).map((f) => [f.value, f.counts]),
  );

test('the support judge counts no headline verb the tagger took for a noun', () => {
  assert.deepEqual(counted('5.9 Earthquake Jolts Vessmark'), [[5.9, stem('Earthquake')]]);
  assert.deepEqual(counted('A 5.9 earthquake jolts Vessmark'), [[5.9, stem('earthquake')]]);
  assert.deepEqual(counted('A quake of at least 5.9 hit the bay on Monday.'), [[5.9, null]]);
  // a line with a verb is read as before
  assert.deepEqual(counted('Four quakes hit the bay.'), [[4, stem('quakes')]]);
});
