import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figures } from './test-kit.ts';

const texts = (...list: string[]) => figures(...list).map((f) => f.text);

test('figures: an age told after "aged" or "age", its range included, is no figure', () => {
  assert.deepEqual(texts('Ann Hale, who spent much of her life at sea, has died in Brest, aged 81.'), []);
  assert.deepEqual(texts('Her rival died of cancer in 2011 at age 64.'), []);
  assert.deepEqual(texts('Between age 15 and 22, Hale was arrested six times.'), ['six times']);
  assert.deepEqual(texts('From age 16 to 19, he won 21 of 25 bouts.'), ['21', '25 bouts']);
});

test('figures: "He was 77." and "in his early 20\'s" are ages, no figures', () => {
  assert.deepEqual(texts('Lee, a retired welder from Ashford, died on Monday. He was 77.'), []);
  assert.deepEqual(texts('Lee, who was 77, left three sons.'), ['three sons']);
  assert.deepEqual(texts('He was arrested six times when he was 17 to 25, for theft.'), ['six times']);
  assert.deepEqual(texts("When arrested in his early 20's, he listed his occupation as a baker."), []);
});

test('figures: "at" and a number that ends its clause after a verb of dying is an age', () => {
  assert.deepEqual(texts('Ann Hale, who sailed alone in the 1970s, dies at 91'), []);
  assert.deepEqual(texts('Lee, who died yesterday in a Vessmark hospital at 77, left three sons.'), [
    'three sons',
  ]);
  assert.deepEqual(texts('The index closed at 77.'), ['77']);
  assert.deepEqual(texts('Hale died at 77, and the index fell to 77.'), ['77']);
});

test('figures: a number after "was" that is no one\'s age stays a figure', () => {
  assert.deepEqual(texts('The final score was 77.'), ['77']);
  assert.deepEqual(texts('He was 77 votes short of a majority.'), ['77 votes']);
  assert.deepEqual(texts('The 1990 ballots were counted again.'), []);
});

test('figures: "at the age of", an age set off after a noun or before a full stop, "died at 77 in" are ages', () => {
  assert.deepEqual(texts('Ann Hale died in Brest at the age of 85 after a short illness.'), []);
  assert.deepEqual(texts('Police said the gunman shot Ole Brandt, 40.'), []);
  assert.deepEqual(texts('The driver, 23, and two passengers were hurt.'), ['two passengers']);
  assert.deepEqual(texts('Lee died at 77 in a Vessmark hospital.'), []);
  // a list of numbers after a name is no age
  assert.ok(texts('The patch runs on Velmar, 7, 8 and 10.').includes('7'));
});
