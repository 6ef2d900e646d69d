import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';
import { type IndirectCase, indirectQuotes, testIndirectCases } from './fixtures/indirect-cases.ts';

/** [rule, sentence, expected content, expected speaker name]: "close to" and "familiar with" in a speaker phrase. */
testIndirectCases([
  [
    'people close to someone speak, not that someone',
    'People close to the mayor said she would resign in June.',
    'she would resign in June',
    'People close to the mayor',
  ],
  [
    'one familiar with a matter speaks, not the matter',
    'A person familiar with the plan said the ferry line would be sold.',
    'the ferry line would be sold',
    'person familiar with the plan',
  ],
  [
    'people familiar with the talks, an event, still speak',
    'People familiar with the talks said the port would close in May.',
    'the port would close in May',
    'People familiar with the talks',
  ],
  [
    'those close to him, the pronoun after "close to" being whom they know',
    'Those close to him say the harbour master will stay another year.',
    'the harbour master will stay another year',
    'Those close to him',
  ],
] satisfies IndirectCase[]);

test('indirect: a source close to a named person is not that person', () => {
  const text =
    'Mayor Ilse Varga toured the pier on Monday. A source close to Mayor Ilse Varga said the pier would close.';
  const [quote, ...rest] = indirectQuotes(text);
  assert.equal(rest.length, 0);
  assert.equal(quote?.speaker?.name, 'source close to Mayor Ilse Varga');
  assert.equal(quote?.speaker?.entityId, null);
});

test('direct: people close to a named person said it, not that person', () => {
  const text =
    'Mayor Ilse Varga toured the pier on Monday. “We will rebuild it,” people close to Ilse Varga said.';
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  const direct = out.quotes.filter((q) => q.kind !== 'indirect');
  assert.equal(direct.length, 1);
  assert.equal(direct[0]?.speaker?.name, 'people close to Ilse Varga');
  assert.equal(direct[0]?.speaker?.entityId, null);
});
