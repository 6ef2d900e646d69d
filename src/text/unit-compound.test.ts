import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { figures } from '../stages/extract/figures/test-kit.ts';
import { articleFromText, segmentAll } from '../stages/extract/from-text.ts';
import { stem } from './normalise.ts';
import { sameQuantity, sentenceFigures } from './quantities.ts';
import { compoundWords } from './unit-compound.ts';

// the support judge's figures of one sentence, with the extract stage's figures of it, as claims read them
function judged(text: string) {
  const [doc] = segmentAll([articleFromText('a1', text)], createContext());
  return (doc?.sentences ?? []).flatMap((s) => sentenceFigures(s, figures(text), 'a1'));
}
const tokensOf = (text: string) =>
  segmentAll([articleFromText('a', text)], createContext())[0]?.sentences[0]?.tokens ?? [];

test('a number joined to a unit of measure measures the noun after it, no count of it', () => {
  const read = (s: string) => judged(s).map((f) => [f.value, f.unit, f.counts]);
  assert.deepEqual(read('Troopers ended a 30-mile pursuit near the river.'), [[30, null, stem('miles')]]);
  assert.deepEqual(read('The riders finished a 5-kilometre chase and a 30-foot climb.'), [
    [5, null, stem('kilometres')],
    [30, null, stem('feet')],
  ]);
  // so "a 30-mile pursuit" tells what "30 miles" does, and two pursuits are no 30 of them
  const [pursuit, miles, pursuits] = [
    'Troopers ended a 30-mile pursuit near the river.',
    'Troopers chased the van for 30 miles.',
    'Troopers ended 30 pursuits this year.',
  ].map((s) => judged(s)[0]);
  assert.ok(pursuit && miles && pursuits);
  assert.equal(sameQuantity(pursuit, miles), true);
  assert.equal(sameQuantity(pursuit, pursuits), false);
  // an area in a compound is the area "1,500 square kilometers" tells, no count of islands nor kilometers
  const [island, area, kilometers] = [
    'Rain fell on the 1,500-square-kilometer island.',
    'The island covers 1,500 square kilometers.',
    'The road runs 1,500 kilometers.',
  ].map((s) => judged(s)[0]);
  assert.ok(island && area && kilometers);
  assert.deepEqual([island.value, island.counts], [1500, 'square kilometers']);
  assert.equal(sameQuantity(island, area), true);
  assert.equal(sameQuantity(island, kilometers), false);
  // a unit of time stays a duration ("a 10-minute speech" is ten minutes)
  assert.deepEqual(read('She gave a 10-minute speech.'), [[10 * (1 / 1440), 'days', null]]);
});

test('a unit of data or resolution, short or spelt out, spaced or joined, is one measure', () => {
  const [card, spaced, spelt, people, camera] = [
    'The Orla ships with a 16-GB card.',
    'The Orla ships with 16 GB of storage.',
    'The Orla stores 16 gigabytes.',
    'The Orla shipped to 16 people.',
    'The Orla has a 16-megapixel camera.',
  ].map((s) => judged(s)[0]);
  assert.ok(card && spaced && spelt && people && camera);
  assert.deepEqual([card.counts, spaced.counts, spelt.counts], Array(3).fill(stem('gigabytes')));
  assert.equal(sameQuantity(card, spaced), true);
  assert.equal(sameQuantity(card, people), false);
  assert.equal(camera.counts, stem('megapixels'));
  assert.equal(sameQuantity(camera, people), false);
  // a unit spaced before a noun is what "16-megapixel" tells, no count of cameras
  const spacedCamera = judged('The Orla has a 16 megapixel camera.')[0];
  assert.ok(spacedCamera);
  assert.equal(sameQuantity(camera, spacedCamera), true);
});

test('the words of a number-unit compound and of a told age are found', () => {
  const words = (s: string) => [...compoundWords(tokensOf(s))].map((k) => tokensOf(s)[k]?.text);
  assert.deepEqual(words('The 27-year-old pilot flew a 30-mile route for 3 hours.'), ['year', 'old', 'mile']);
  assert.deepEqual(words('The pilot flew 30 miles over 3 - 4 hours in the year - old plane.'), []);
});

test('an inch mark glued to a number is the unit inches, in both figure readers', () => {
  const read = (s: string) => judged(s).map((f) => [f.value, f.counts]);
  const inches = stem('inches');
  assert.deepEqual(read('The tablet has a 10.1" screen.'), [[10.1, inches]]);
  assert.deepEqual(read('The ferry kiosk has a 7″ screen.'), [[7, inches]]);
  // so "a 10.1″ screen" tells what "a 10.1-inch screen" and "10.1 inches" do
  const [mark, hyphened, spaced] = [
    'The tablet has a 10.1″ screen.',
    'The tablet has a 10.1-inch screen.',
    'The tablet screen measures 10.1 inches.',
  ].map((s) => judged(s)[0]);
  assert.ok(mark && hyphened && spaced && sameQuantity(mark, hyphened) && sameQuantity(mark, spaced));
  // a straight quote that closes a quote opened before it is no inch mark
  assert.deepEqual(read('He said "we counted 40" and left.'), [[40, null]]);
  const extracted = figures('The tablet has a 10.1" screen, and a 7″ model costs $199.');
  assert.deepEqual(
    extracted.map((f) => [f.value, f.unit]),
    [
      [10.1, 'inches'],
      [7, 'inches'],
      [199, 'USD'],
    ],
  );
});
