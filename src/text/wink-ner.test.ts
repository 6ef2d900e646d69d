import assert from 'node:assert/strict';
import { test } from 'node:test';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { leanNerTransformer, type NerTransformer } from './wink-ner.ts';

type NerModel = { machines: unknown[]; transformers: (NerTransformer | undefined)[] };

// Tokens of every kind the model's transformer tells apart: hinted words (months, days, units),
// numbers in their forms (years, decimals, fractions, dates, clock times), ordinals, times, e-mails,
// emoji, emoticons, hashtags, mentions, URLs, periods and commas, line breaks, and plain words.
const TEXT = [
  'On Tuesday, March 4, 2025, the council approved $4.5 million (about 4,500,000 dollars) at 10:30 a.m.',
  'Ulmsgate officials met on 12/03/2024 and 2024-12-03; the 21st meeting ran 3/4 of an hour... ,. ..',
  'Write to desk@example.org or see https://example.org/news?id=7 #HarbourBridge @KestrelNews :) 🚧',
  'Shares rose 12.5% to 1,234.56 points in 1999, the 2nd rise since the 1980s, at 5pm and 17:45.',
  '\nSeven hundred people, 3rd-placed Brennock FC, 1.5bn euros,\n\nand the U.S. Senate in mid-July.',
].join(' ');

test('the lean NER transformer maps every token as the model’s does', () => {
  const ner = (model as unknown as { ner: () => NerModel }).ner();
  const original = ner.transformers[0] as NerTransformer;
  const lean = leanNerTransformer(original);
  let calls = 0;
  const differ: string[] = [];
  const comparing: NerTransformer = (token, cache) => {
    calls++;
    const expected = original(token, cache);
    const got = lean(token, cache);
    if (got !== expected) differ.push(`${cache.value(token)}: ${got} vs ${expected}`);
    return expected;
  };
  const nlp = winkNLP(
    {
      ...model,
      ner: () => ({ ...ner, transformers: [comparing, ...ner.transformers.slice(1)] }),
    } as typeof model,
    ['sbd', 'pos', 'ner'],
  );
  const entities = nlp.readDoc(TEXT).entities().out(nlp.its.type) as string[];
  assert.deepEqual(differ, []);
  assert.ok(calls > 100, `${calls} tokens mapped`);
  // the text reaches the transformer's own symbols, not only hints
  for (const type of ['DATE', 'TIME', 'MONEY', 'PERCENT', 'EMAIL', 'URL', 'HASHTAG', 'MENTION', 'ORDINAL'])
    assert.ok(entities.includes(type), type);
});
