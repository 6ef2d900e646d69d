import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { articleFromText, segmentAll } from '../extract/from-text.ts';
import { clockMinutes } from './clock-times.ts';
import { assertToldElsewhere } from './test-story.ts';

function minutesOf(sentence: string): number[] {
  const [doc] = segmentAll([articleFromText('a', sentence)], createContext());
  return (doc?.sentences ?? []).flatMap((s) => clockMinutes(s.tokens));
}

test('times of day to the minute, however written', () => {
  assert.deepEqual(minutesOf('The gauge logged the surge at 17:06 hours local time (13:36 GMT).'), [
    17 * 60 + 6,
    13 * 60 + 36,
  ]);
  assert.deepEqual(minutesOf('The surge hit the quay at 5:06 pm (1336 GMT) on Sunday.'), [
    17 * 60 + 6,
    13 * 60 + 36,
  ]);
  assert.deepEqual(minutesOf('The ferry left at 4: 17 a. m. with 3 crews.'), [4 * 60 + 17]);
  // the twelfth hour: "am" is after midnight, "pm" after noon
  assert.deepEqual(minutesOf('The ferry left at 12:06 am and the tug at 12:06 pm.'), [6, 12 * 60 + 6]);
  // on the hour, or no time of day at all
  assert.deepEqual(minutesOf('The ferry left at 11 a.m. and at 1100 hrs the tug followed.'), []);
  assert.deepEqual(minutesOf('The pilot logged 1200 hours and 17 trips in 2023.'), []);
});

// Two invented outlets on one tidal surge: one says a gauge "logged" it, the other that it "hit" the
// quay, at the same minute told in two zones; who measured it is named by one only.
const SURGE = [
  {
    outlet: 'Harbor Ledger',
    text: 'The tide gauge network of the Halvik Marine Institute logged the surge at 17:06 hours local time (13:36 GMT).\n\nThe surge flooded the fish market in Halvik.\n\nThe institute said its gauges were replaced in 2019.',
  },
  {
    outlet: 'Morrow Gazette',
    text: 'A two-metre surge hit the quay of Halvik at 5:06 pm (1336 GMT) on Sunday, the harbour office said.\n\nThe fish market in Halvik was flooded and stalls were swept away.\n\nFishermen moved their boats to Cape Morrow.',
  },
];

test('a fact another outlet tells at the same minute of the day with another verb is not one source’s', () => {
  assertToldElsewhere(SURGE, /logged the surge at 17:06/, [/gauges were replaced/, /Cape Morrow/]);
});
