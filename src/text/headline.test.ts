import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { CONTESTED_TERMS } from '../stages/compare/data/contested-terms.ts';
import { countContested } from '../stages/compare/framing/contested.ts';
import { frameStory } from '../stages/compare/framing/index.ts';
import { headlineTerms } from '../stages/compare/framing/terms.ts';
import { articleFromText, segmentAll } from '../stages/extract/from-text.ts';
import { headlineTokens, truecase } from './headline.ts';

const BODY =
  'Crews from Velmora said the flood barrier held overnight. The crisis eased as the river fell. Officials in Velmora praised the barrier.';

const doc = (title: string | null, inferred = false, text = BODY) => {
  const article = { ...articleFromText('a1', text, { title }), titleInferred: inferred };
  return segmentAll([article], createContext())[0] as ReturnType<typeof segmentAll>[number];
};

test('a Title Case headline is read in the case its body writes the words', () => {
  const d = doc('Velmora Flood Barrier Holds As Crisis Eases');
  assert.equal(
    truecase('Velmora Flood Barrier Holds As Crisis Eases', d),
    'Velmora flood barrier holds as crisis eases',
  );
  const tags = Object.fromEntries((headlineTokens(d) ?? []).map((t) => [t.norm, t.pos]));
  assert.equal(tags.crisis, 'NOUN');
  assert.equal(tags.velmora, 'PROPN');
});

test('contested terms in the headline are counted apart from the body', () => {
  const rows = countContested(
    [doc('Flood Crisis Deepens In Velmora As Crisis Talks Fail')],
    CONTESTED_TERMS,
    new Map(),
  );
  const crisis = rows.find((r) => r.term === 'crisis')?.byArticle.a1;
  assert.deepEqual(
    { headline: crisis?.headline, ownVoice: crisis?.ownVoice, inQuotes: crisis?.inQuotes },
    { headline: 2, ownVoice: 1, inQuotes: 0 },
  );
  assert.equal(crisis?.evidence.length, 1, 'evidence points into the body only');
});

test('an inferred title is the body’s own words: not counted again', () => {
  const rows = countContested(
    [doc('Crews from Velmora said the crisis eased', true)],
    CONTESTED_TERMS,
    new Map(),
  );
  assert.equal(rows.find((r) => r.term === 'crisis')?.byArticle.a1?.headline, 0);
  assert.equal(headlineTerms(doc('Crisis in Velmora', true)).size, 0);
  assert.equal(headlineTerms(doc(null)).size, 0);
});

test('distinctive terms count the headline with the body, and report both', () => {
  const texts = [
    'The barrier held. The barrier was praised. Crews checked the barrier at dawn. Water rose on Tuesday.',
    'Water rose on Tuesday. Crews waited. Buses ran late. Schools closed early. Shops shut at noon.',
    'Water rose on Tuesday. Farmers moved cattle. Roads flooded. Ferries stopped. Clinics stayed open.',
  ];
  const docs = texts
    .map((t, i) => doc(i === 0 ? 'Barrier Holds Against Rising Water' : null, false, t))
    .map((d, i) => ({ ...d, article: { ...d.article, id: `a${i + 1}` } }));
  const sources = new Map(docs.map((d) => [d.article.id, d.article.id]));
  const framing = frameStory(docs, sources, new Map(), [], []);
  const barrier = framing.terms.find((t) => t.articleId === 'a1' && t.term === 'barrier');
  assert.deepEqual({ count: barrier?.count, headline: barrier?.headline }, { count: 3, headline: 1 });
});

test('a shouted headline is read like prose; an acronym the body writes in capitals stays one', () => {
  const text = 'The FBI said illegals from Velmora crossed at the ford. Crews in Velmora watched.';
  const d = doc('ILLEGALS STORM FORD AS FBI WATCHES', false, text);
  assert.equal(truecase('ILLEGALS STORM FORD AS FBI WATCHES', d), 'illegals storm ford as FBI watches');
  // counted as the label for people it is, not as an act
  const rows = countContested([d], CONTESTED_TERMS, new Map());
  const label = rows.find((r) => r.term === 'illegal' && r.use === 'label')?.byArticle.a1;
  assert.equal(label?.headline, 1);
  // a shouted word with an apostrophe or a hyphen is no broken pattern (the u flag refuses `\\'`)
  assert.equal(truecase("GAMES' HOST CITY IN SELF-PITY", d), "games' host city in self-pity");
});
