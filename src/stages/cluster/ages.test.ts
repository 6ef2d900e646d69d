import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SegmentedArticle } from '../../model/index.ts';
import { agesBar, sharedAges, statedAges } from './ages.ts';
import { MERGE_THRESHOLD, SHARED_AGES_MERGE_BAR } from './merge-patterns.ts';
import { segmented } from './test-articles.ts';

const ages = (text: string) => statedAges(segmented([text])[0] as SegmentedArticle);

describe('statedAges: the ages an article gives its people', () => {
  const cases: [string, string, string[]][] = [
    ['"a 38-year-old"', 'A 38-year-old accountant opened fire at the Ostry depot.', ['38|age-year']],
    [
      'set off after a name, and "aged"',
      'Ilse Varga, 54, and her son were hurt. The driver, aged 61, was held.',
      ['54|age-year', '61|age-year'],
    ],
    ['a month-old baby keeps its unit', 'A 3-month-old baby was found safe.', ['3|age-month']],
    [
      'no length of time, count, range or age in words',
      'He worked there for 14 years; 12 shots were fired; two boys aged 13 and 15; a six-year-old girl.',
      [],
    ],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepEqual(ages(text), expected));
});

describe('sharedAges and agesBar: a lower merge bar for stories of the same people', () => {
  const own = [['38|age-year'], ['63|age-year', '47|age-year'], undefined];
  test('ages given by any article of each, counted once', () => {
    assert.equal(sharedAges(own, [['38|age-year', '63|age-year'], ['38|age-year']]), 2);
    assert.equal(sharedAges(own, [['38|age-month'], ['64|age-year']]), 0);
    assert.equal(sharedAges([], [['38|age-year']]), 0);
  });
  test('two shared: SHARED_AGES_MERGE_BAR; one: the bar as given', () => {
    assert.equal(agesBar(own, [['38|age-year', '47|age-year']], MERGE_THRESHOLD), SHARED_AGES_MERGE_BAR);
    assert.equal(agesBar(own, [['38|age-year']], MERGE_THRESHOLD), MERGE_THRESHOLD);
    assert.equal(agesBar(own, [['38|age-year', '47|age-year']], 0.2), 0.2);
  });
});
