import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import { segment } from '../segment/index.ts';
import { buildCandidates } from './candidates.ts';
import { candidateTellings } from './modality.ts';
import { contestedMatcher } from './text.ts';

// How the summary reads each sentence of an invented article.
function tellings(sentences: readonly string[]) {
  const ctx = createContext();
  const bytes = new TextEncoder().encode(
    JSON.stringify({ title: 'Orvik ferry talks', text: sentences.join(' ') }),
  );
  const docs = readArticles([{ path: 'one.json', bytes }], {}, ctx).map((a) => segment()(a, ctx));
  const candidates = buildCandidates(docs, { entities: [], findContested: contestedMatcher([]) });
  return candidateTellings(candidates, docs).map((t, i) => [candidates[i]?.text, t?.modality, t?.plain]);
}

test('a present progressive with a time still to come is a plan; with none, or in the past, it happened', () => {
  const cases: [string, string, boolean][] = [
    ['The mayor is sending two ferry captains to Orvik in the coming days for talks.', 'planned', false],
    ['The harbour board is meeting the union next week to settle the strike.', 'planned', false],
    ['The union’s chair is travelling to the capital tomorrow with the petition.', 'planned', false],
    ['The mayor is sending two ferry captains to Orvik for talks with the union.', 'happened', true],
    ['The mayor sent two ferry captains to Orvik last week for talks with the union.', 'happened', true],
    ['The mayor was sending ferry captains to Orvik in the coming days, officials said.', 'happened', true],
    ['The board will meet the union next week to settle the strike.', 'planned', false],
  ];
  for (const [sentence, modality, plain] of cases)
    assert.deepEqual(tellings([sentence]), [[sentence, modality, plain]], sentence);
});
