import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzedTitles, storedTitles } from './test-grouping.ts';

// Invented: a ferry strike told by two outlets on its day, and a weekly digest that republishes the
// first report word for word six months on. The store keeps one of two same texts (its content hash),
// so the copy is the original's article there; `analyze` linked the copy to its original
// (syndicatedFrom) but grouped it alone, six months from the strike: a story of one republished report.
const STRIKE = {
  title: 'Ferry crews strike over rosters',
  publishedAt: '2024-03-04',
  text: 'Ferry crews on the Lossen crossing walked out on Monday over new rosters, the seafarers union said. About 40 sailings were cancelled.\n\nUnion organiser Dalia Prest said the strike would last two days. The operator, Lossen Lines, said it regretted the disruption.',
};
const OTHER_OUTLET = {
  title: 'Ferry strike halts Lossen crossing',
  publishedAt: '2024-03-04',
  text: 'No ferries crossed the Lossen strait on Monday as crews struck over rosters. Lossen Lines cancelled 40 sailings.\n\nDalia Prest of the seafarers union said crews would return on Wednesday.',
};
const COPY = { ...STRIKE, publishedAt: '2024-09-10' };

test('a copy republished six months on is in its original’s story, in analyze as in the store', async () => {
  const pile = [STRIKE, OTHER_OUTLET, COPY];
  const titles = [[COPY.title, STRIKE.title, OTHER_OUTLET.title].sort()];
  assert.deepEqual(analyzedTitles(pile), titles);
  // (the store keeps the strike's report once)
  assert.deepEqual(await storedTitles(pile, '2024-09-20T00:00:00Z'), [
    [STRIKE.title, OTHER_OUTLET.title].sort(),
  ]);
});
