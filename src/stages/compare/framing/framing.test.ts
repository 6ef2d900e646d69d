import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { stem } from '../../../text/normalise.ts';
import { articleQuoteRegions } from '../../../text/quotes/article-regions.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { CONTESTED_TERMS } from '../data/contested-terms.ts';
import { countContested } from './contested.ts';
import { corpusPrior, frameStory } from './index.ts';
import { logOddsRatios } from './log-odds.ts';
import { toneCounts, toneScores } from './tone.ts';

test('log-odds with an informative Dirichlet prior matches the worked example', () => {
  // y_i = {x:3, y:1}, y_j = {x:1, y:3}, prior {x:4, y:4} at scale 1: α_x = 4, α_0 = 8, n_i = n_j = 4.
  // δ_x = ln(7/5) − ln(5/7) = 0.6729; σ² = 1/7 + 1/5; z = 0.6729 / 0.5855 = 1.1492.
  const ranked = logOddsRatios(
    new Map([
      ['x', 3],
      ['y', 1],
    ]),
    new Map([
      ['x', 1],
      ['y', 3],
    ]),
    new Map([
      ['x', 4],
      ['y', 4],
    ]),
    1,
  );
  assert.equal(ranked[0]?.term, 'x');
  assert.ok(Math.abs((ranked[0]?.delta ?? 0) - 0.6729) < 1e-3);
  assert.ok(Math.abs((ranked[0]?.z ?? 0) - 1.1492) < 1e-3);
  assert.ok(Math.abs((ranked[1]?.z ?? 0) + 1.1492) < 1e-3);
});

test('the prior shrinks a word said once below a word said often', () => {
  const target = new Map([
    ['rare', 1],
    ['often', 6],
    ['shared', 5],
  ]);
  const rest = new Map([
    ['shared', 20],
    ['other', 10],
  ]);
  const prior = new Map([
    ['rare', 1],
    ['often', 6],
    ['shared', 25],
    ['other', 10],
  ]);
  const ranked = logOddsRatios(target, rest, prior, 0.1).map((r) => r.term);
  assert.deepEqual(ranked, ['often', 'rare', 'shared']);
});

const ARTICLES = [
  'The surge at the border continued. “This is a crisis,” the governor said of the surge.',
  'Officials counted more arrivals this week. Crossings rose by a fifth.',
];

test('quote regions cover curly, straight and single quotes but not apostrophes', () => {
  const article = articleFromText('a', 'He said “yes, now” and ‘fine’ then "go" — it’s the mayor’s call.');
  const regions = articleQuoteRegions(article).map((r) => article.text.slice(r.start, r.end));
  assert.deepEqual(regions, ['“yes, now”', '‘fine’', '"go"']);
});

test('contested terms are counted in the outlet’s own voice and inside quotes apart', () => {
  const ctx = createContext();
  const docs = segmentAll(
    ARTICLES.map((t, i) => articleFromText(`a${i + 1}`, t)),
    ctx,
  );
  const regions = new Map(docs.map((d) => [d.article.id, articleQuoteRegions(d.article)]));
  const rows = countContested(
    docs,
    [
      { term: 'surge', neutral: 'increase', note: '' },
      { term: 'crisis', neutral: 'situation', note: '' },
      { term: 'influx', neutral: 'arrival', note: '' },
    ],
    regions,
  );
  const byTerm = Object.fromEntries(rows.map((r) => [r.term, r.byArticle]));
  assert.equal(byTerm.surge?.a1?.ownVoice, 2);
  assert.equal(byTerm.surge?.a1?.inQuotes, 0);
  assert.equal(byTerm.crisis?.a1?.ownVoice, 0);
  assert.equal(byTerm.crisis?.a1?.inQuotes, 1);
  assert.equal(byTerm.influx, undefined, 'unused terms are left out');
  for (const e of byTerm.surge?.a1?.evidence ?? [])
    assert.equal(docs[0]?.article.text.slice(e.span.start, e.span.end).toLowerCase(), 'surge');
});

test('a contested verb counts in its past and -ing forms, by the built-in lexicon', () => {
  const text =
    'The mayor claimed the bridge was safe. A video claiming that masks fail spread widely. Ada Reyes admitted that she had hired two pilots. Critics slammed the plan on Tuesday. "They claimed it was safe," Reyes said. The storm claimed two lives. Hale was admitted to hospital on Monday.';
  const docs = segmentAll([articleFromText('a1', text)], createContext());
  const regions = new Map(docs.map((d) => [d.article.id, articleQuoteRegions(d.article)]));
  const byTerm = Object.fromEntries(
    countContested(docs, CONTESTED_TERMS, regions).map((r) => [r.term, r.byArticle.a1]),
  );
  assert.deepEqual([byTerm.claim?.ownVoice, byTerm.claim?.inQuotes], [2, 1]);
  assert.equal(byTerm.admit?.ownVoice, 1);
  assert.equal(byTerm.slam?.ownVoice, 1);
  // a storm claiming lives and a patient admitted to hospital say nothing; a term of two words keeps
  // its words' own forms: "opened borders" is no "open border"
  const opened = segmentAll([articleFromText('a2', 'The council opened borders to trade.')], createContext());
  assert.equal(
    countContested(opened, CONTESTED_TERMS, new Map()).find((r) => r.term === 'open border'),
    undefined,
  );
});

test('a distinctive own-voice word beats the same word used only in quotes elsewhere', () => {
  const ctx = createContext();
  const docs = segmentAll(
    [
      'Agents reported irregular crossings again. The irregular arrivals strained shelters. Shelters asked for irregular funding. Irregular routes moved east. Volunteers met irregular arrivals at dawn.',
      'Agents reported crossings again. “Irregular arrivals are a concern,” the minister said. Shelters asked for funding. Buses carried families north. Clinics treated children overnight. Courts scheduled more hearings.',
      'Agents reported crossings again. Arrivals strained shelters. Shelters asked for funding. Volunteers cooked meals daily. Churches opened spare rooms. Lawyers offered free advice.',
    ].map((t, i) => articleFromText(`a${i + 1}`, t)),
    ctx,
  );
  const sources = new Map(docs.map((d) => [d.article.id, d.article.id]));
  const regions = new Map(docs.map((d) => [d.article.id, articleQuoteRegions(d.article)]));
  const framing = frameStory(docs, sources, regions, [], []);
  const irregular = framing.terms.filter((t) => t.term === 'irregular');
  assert.deepEqual(
    irregular.map((t) => t.articleId),
    ['a1'],
  );
  assert.ok((irregular[0]?.z ?? 0) > 1.28);
});

test('tone: negators flip, quotes are not the outlet’s voice, scores are plain ratios', () => {
  const stems = (s: string) => s.split(' ').map(stem);
  assert.deepEqual(toneCounts(stems('the talks were productive and successful')), {
    positive: 2,
    negative: 0,
    subjective: 1,
    words: 6,
    found: 2,
  });
  assert.equal(toneCounts(stems('the talks were not productive')).negative, 1);
  assert.deepEqual(toneScores({ positive: 2, negative: 0, subjective: 1, words: 10, found: 2 }), {
    sentiment: 0.5,
    subjectivity: 0.1,
  });
  const ctx = createContext();
  const [doc] = segmentAll(
    [articleFromText('a', 'Officials met. “This is a disastrous and chaotic failure,” a spokesman said.')],
    ctx,
  );
  const framing = frameStory(
    doc ? [doc] : [],
    new Map([['a', 'a']]),
    new Map([['a', doc ? articleQuoteRegions(doc.article) : []]]),
    [],
    [],
  );
  // no word of the outlet's own voice is in the lexicon: no reading (null, not a neutral 0), and the
  // count says so
  assert.equal(framing.tone.a?.sentiment, null);
  assert.equal(framing.tone.a?.subjectivity, null);
  assert.equal(framing.tone.a?.toneWords, 0);
});

test('the corpus prior counts own-voice terms of every article', () => {
  const ctx = createContext();
  const docs = segmentAll(
    [
      articleFromText('a1', 'Agents saw irregular crossings. “Irregular crossings rose,” a minister said.'),
      articleFromText('a2', 'Irregular work continued.'),
    ],
    ctx,
  );
  const prior = corpusPrior(docs);
  assert.equal(prior.get('crossings'), 1);
  assert.equal(prior.get('irregular crossings'), 1);
});
