import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { storyFromTexts } from '../extract/from-text.ts';
import { extract } from '../extract/index.ts';
import { compare } from './index.ts';

// Invented coverage: both outlets report what the port director said of the offer, with other figures.
function matrix(a1: string, a2: string) {
  const ctx = createContext();
  const input = storyFromTexts([
    { id: 'a1', text: a1 },
    { id: 'a2', text: a2 },
  ]);
  const extraction = extract()(input, ctx);
  const result = compare()({ ...input, ...extraction }, ctx);
  const row = (words: string) => {
    const quote = extraction.quotes.find((q) => q.text.includes(words));
    assert.ok(quote, `no quote with ${words}`);
    return result.quoteMatrix.find((r) => r.quoteId === quote.id)?.byArticle;
  };
  return row;
}

test('a sentence with another figure does not paraphrase a quote', () => {
  const row = matrix(
    'Port director Ada Lind said the port authority had offered the dockworkers a raise of 4 percent.',
    'Port director Ada Lind said the port authority had offered the dockworkers a raise of 6 percent.',
  );
  assert.deepEqual(row('4 percent'), { a1: 'paraphrased', a2: 'absent' });
  assert.deepEqual(row('6 percent'), { a1: 'absent', a2: 'paraphrased' });
});

test('the same figure in other words still paraphrases it', () => {
  const row = matrix(
    'Port director Ada Lind said the port authority had offered the dockworkers a raise of 4 percent.',
    'The port authority had offered the dockworkers a raise of 4 percent, director Ada Lind told the union.',
  );
  assert.equal(row('4 percent')?.a2 === 'absent', false);
});

test('a quote carried in another wording, in quotation marks, is quoted, not paraphrased', () => {
  const row = matrix(
    'The mayor spoke with the governor about “ongoing efforts to manage the ferry queues at the harbor,” the city hall said.',
    'The two discussed “ongoing efforts to manage the long ferry queues at the harbor,” spokesman Ian Holt said.',
  );
  assert.deepEqual(row('manage the ferry queues'), { a1: 'quoted', a2: 'quoted' });
  assert.deepEqual(row('manage the long ferry queues'), { a1: 'quoted', a2: 'quoted' });
});
