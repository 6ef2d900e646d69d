import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { storyFromTexts } from '../extract/from-text.ts';
import { extract } from '../extract/index.ts';
import { compare } from './index.ts';

// midreview34 finding 9: an outlet's own sentence giving another time than a quote ("might close next
// year" / "will close at the end of January") was "≈ paraphrased". Invented texts.
function row(a1: string, a2: string, words: string) {
  const ctx = createContext();
  const input = storyFromTexts([
    { id: 'a1', text: a1 },
    { id: 'a2', text: a2 },
  ]);
  const extraction = extract()(input, ctx);
  const result = compare()({ ...input, ...extraction }, ctx);
  const quote = extraction.quotes.find((q) => q.text.includes(words));
  assert.ok(quote, `no quote with ${words}`);
  return result.quoteMatrix.find((r) => r.quoteId === quote.id)?.byArticle;
}

test('a sentence naming another time does not paraphrase a quote', () => {
  const got = row(
    'Councillor Petra Holm said the Kettle Lane and Dunmore Park pools might close next year.',
    'The Kettle Lane and Dunmore Park pools will close at the end of January, after a vote that Councillor Petra Holm opposed.',
    'next year',
  );
  assert.equal(got?.a2, 'absent');
});

test('another month named: no paraphrase', () => {
  const got = row(
    'Museum director Ivo Brask said the Orrin museum would reopen in March after the repairs.',
    'The Orrin museum will reopen in May after the repairs, museum director Ivo Brask said.',
    'reopen in March',
  );
  assert.equal(got?.a2, 'absent');
});

test('the same time named: still paraphrased', () => {
  const got = row(
    'Councillor Petra Holm said the Kettle Lane and Dunmore Park pools might close next year.',
    'The Kettle Lane and Dunmore Park pools might close next year, Councillor Petra Holm said.',
    'next year',
  );
  assert.equal(got?.a2, 'paraphrased');
});
