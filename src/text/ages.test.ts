import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type Token } from '../model/index.ts';
import { articleFromText, segmentAll } from '../stages/extract/from-text.ts';
import { type AgeKind, ageAt } from './ages.ts';
import { sentenceFigures } from './quantities.ts';

// the tokens of the sentence that holds `number`
function sentenceOf(text: string, number: string): readonly Token[] {
  const [doc] = segmentAll([articleFromText('a', text)], createContext());
  const sentences = doc?.sentences ?? [];
  return sentences.find((s) => s.tokens.some((t) => t.text === number))?.tokens ?? [];
}

// [sentence, the number's text, how its age is told (null: no age), the age's last token]
const CASES: readonly [string, string, AgeKind | null, string][] = [
  ['a 14-year-old boy was hurt', '14', 'year-old', 'old'],
  ['Hale died in Brest, aged 81.', '81', 'aged', '81'],
  ['From age 16 to 19, he won bouts.', '16', 'aged', '19'],
  ['Lind died at the age of 85 in Velmar.', '85', 'aged', '85'],
  ['Carla Menzies, 34, who runs the shop', '34', 'set-off', '34'],
  ['the driver of the van, 25.', '25', 'set-off', '25'],
  ['The victims were Ann Lind, 47; Ole Brandt, 36.', '47', 'set-off', '47'],
  ['Lee, who was 77, left three sons.', '77', 'was', '77'],
  ['Lee died yesterday in a Vessmark hospital at 77, his son said.', '77', 'died-at', '77'],
  ['Lee died at 77 in Vessmark.', '77', 'died-at', '77'],
  ["When arrested in his early 20's, he was a baker.", '20', 'decade', 's'],
  // no age: a list, a score, a count after "was", a closing price
  ['The tool works on Vista, 7, 8 and 10.', '7', null, ''],
  ['The final score was 77.', '77', null, ''],
  ['He was 77 votes short.', '77', null, ''],
  ['The index closed at 77.', '77', null, ''],
  ['Route, 128, was closed.', '128', null, ''],
];

test('ageAt: how an age is told, and where it ends', () => {
  for (const [sentence, number, kind, last] of CASES) {
    const tokens = sentenceOf(sentence, number);
    const i = tokens.findIndex((t) => t.text === number);
    const age = ageAt(tokens, i);
    assert.equal(age?.kind ?? null, kind, sentence);
    if (age) assert.equal(tokens[age.end - 1]?.text, last, sentence);
  }
});

test('the support judge reads an age alike however it is told: "Oscar, 8," is "the 8-year-old"', () => {
  const units = (text: string) =>
    sentenceFigures(segmentAll([articleFromText('a', text)], createContext())[0]?.sentences[0] as never).map(
      (f) => `${f.value} ${f.unit}`,
    );
  assert.deepEqual(units('Their son Oscar, 8, sings.'), ['8 age-year']);
  assert.deepEqual(units('Their 8-year-old son Oscar sings.'), ['8 age-year']);
  assert.deepEqual(units('Their son Oscar, aged 8, sings.'), ['8 age-year']);
  // a length of time stays one (in days)
  assert.deepEqual(units('Oscar sang for 8 years.'), ['2920 days']);
});
