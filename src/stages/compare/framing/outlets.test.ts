import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type Quote } from '../../../model/index.ts';
import { articleQuoteRegions } from '../../../text/quotes/article-regions.ts';
import { type ArticleSeed, articleFromText, segmentAll } from '../../extract/from-text.ts';
import { CONTESTED_TERMS } from '../data/contested-terms.ts';
import { frameStory } from './index.ts';
import { rolesOf, speakersOf } from './outlets.ts';

function frame(articles: [string, string, ArticleSeed][]) {
  const docs = segmentAll(
    articles.map(([id, text, seed]) => articleFromText(id, text, seed)),
    createContext(),
  );
  const sources = new Map(docs.map((d) => [d.article.id, d.article.id]));
  const regions = new Map(docs.map((d) => [d.article.id, articleQuoteRegions(d.article)]));
  return frameStory(docs, sources, regions, CONTESTED_TERMS, []);
}

const HERALD = { outlet: 'The Gullport Herald' };
const MARROW = { outlet: 'Marrow Daily' };

test('framing by outlet: contested uses summed over an outlet’s articles, each article still given', () => {
  const framing = frame([
    [
      'a1',
      'Illegals crossed the Tessel river at dawn near Gullport.',
      { ...HERALD, title: 'Illegals reach Gullport' },
    ],
    ['a2', 'The illegals were taken to a hall in Gullport on Monday.', HERALD],
    ['a3', 'Forty migrants crossed the Tessel river illegally at dawn.', MARROW],
  ]);
  assert.deepEqual(Object.keys(framing.byOutlet ?? {}), ['The Gullport Herald', 'Marrow Daily']);
  assert.deepEqual(framing.byOutlet?.['The Gullport Herald']?.articleIds, ['a1', 'a2']);
  const label = framing.contested.find((c) => c.term === 'illegal' && c.use === 'label');
  assert.deepEqual(label?.byOutlet, {
    'The Gullport Herald': { headline: 1, ownVoice: 2, inQuotes: 0, articles: 2 },
  });
  assert.deepEqual(Object.keys(label?.byArticle ?? {}), ['a1', 'a2'], 'byArticle is kept');
  const act = framing.contested.find((c) => c.term === 'illegal' && c.use === 'act');
  assert.deepEqual(act?.byOutlet, { 'Marrow Daily': { headline: 0, ownVoice: 1, inQuotes: 0, articles: 1 } });
});

test('framing by outlet: the tone counts the words of all the outlet’s articles, not a mean of their scores', () => {
  const framing = frame([
    ['a1', 'The ferry quay saw a chaotic morning and a disaster at the gate.', HERALD],
    ['a2', 'Volunteers brought good food to the quay.', HERALD],
    ['a3', 'The ferry left the quay at noon.', MARROW],
  ]);
  // a1: 2 negative words, (0 − 2) / (2 + 2) = −0.5; a2: 1 positive, 1 / 3 = +0.333; their mean would be
  // −0.083, the words counted together (1 − 2) / (3 + 2) = −0.2
  assert.equal(framing.tone.a1?.sentiment, -0.5);
  assert.equal(framing.tone.a2?.sentiment, 0.333);
  const herald = framing.byOutlet?.['The Gullport Herald']?.tone;
  assert.equal(herald?.sentiment, -0.2);
  assert.equal(herald?.toneWords, 3);
  assert.equal(herald?.words, (framing.tone.a1?.words ?? 0) + (framing.tone.a2?.words ?? 0));
  assert.equal(herald?.headlineToneWords, null, 'no article of it has a headline');
  // no word of the lexicon in any of the outlet's articles: no score, not a neutral 0
  const marrow = framing.byOutlet?.['Marrow Daily']?.tone;
  assert.deepEqual([marrow?.sentiment, marrow?.subjectivity, marrow?.toneWords], [null, null, 0]);
});

test('framing by outlet: an article that names no outlet is an outlet of its own', () => {
  const framing = frame([
    ['a1', 'The ferry left the quay at noon.', {}],
    ['a2', 'The ferry left the quay at one.', {}],
    ['a3', 'The ferry left the quay at two.', { outlet: ' the gullport herald ' }],
    ['a4', 'The ferry left the quay at three.', HERALD],
  ]);
  assert.deepEqual(
    Object.entries(framing.byOutlet ?? {}).map(([k, o]) => [k, o.articleIds]),
    [
      ['a1', ['a1']],
      ['a2', ['a2']],
      ['the gullport herald', ['a3', 'a4']],
    ],
  );
});

test('tone: a word a contested term also counts stays a tone word, in the body and in the headline', () => {
  // the contested list holds judgement words ("reckless", "disastrous"): a loaded headline must not
  // read as neutral because the contested table counts the same words
  const framing = frame([
    [
      'a1',
      'The council’s reckless decision to shut the Brinmoor ferry has been disastrous for Olt shops.',
      { ...MARROW, title: 'Reckless ferry closure disastrous for Olt shops' },
    ],
    [
      'a2',
      'Olt shut its Brinmoor ferry on Monday for repairs.',
      { ...HERALD, title: 'Olt shuts Brinmoor ferry' },
    ],
  ]);
  const a1 = framing.tone.a1;
  assert.ok((a1?.headlineToneWords ?? 0) >= 2, 'the headline’s "reckless" and "disastrous" are tone words');
  assert.ok((a1?.headlineSubjectivity ?? 0) > 0);
  assert.ok((a1?.headlineSentiment ?? 0) < (framing.tone.a2?.headlineSentiment ?? 0));
  assert.ok((a1?.toneWords ?? 0) >= 2);
  assert.ok((a1?.subjectivity ?? 0) > 0);
});

test('framing by outlet: whom each outlet quotes, by the speaker each of its articles gives, quoted and reported apart', () => {
  const quote = (id: string, kind: Quote['kind'], speaker: string | null, articles: string[]): Quote => ({
    id,
    kind,
    text: id,
    speaker: speaker ? { name: speaker, entityId: `e-${speaker}` } : null,
    cue: 'said',
    occurrences: articles.map((articleId) => ({ articleId, span: { start: 0, end: 1 } })),
    speakerEvidence: [],
  });
  const quotes = [
    quote('q1', 'direct', 'Ilse Varga', ['a1', 'a2']),
    quote('q2', 'indirect', 'Ilse Varga', ['a1']),
    quote('q3', 'partial', 'Oren Palk', ['a2', 'a3']),
    quote('q4', 'indirect', 'Nadia Holm', ['a3']),
    quote('q5', 'direct', null, ['a1', 'a1']),
  ];
  // a1 and a2 are one outlet; q1 carried by both counts twice, q5 twice in a1 counts once
  assert.deepEqual(speakersOf(['a1', 'a2'], quotes), [
    { name: 'Ilse Varga', entityId: 'e-Ilse Varga', quoted: 2, reported: 1 },
    { name: 'Oren Palk', entityId: 'e-Oren Palk', quoted: 1, reported: 0 },
    { name: null, entityId: null, quoted: 1, reported: 0 },
  ]);
  assert.deepEqual(
    speakersOf(['a3'], quotes).map((s) => [s.name, s.quoted, s.reported]),
    [
      ['Oren Palk', 1, 0],
      ['Nadia Holm', 0, 1],
    ],
  );
});

test('framing by outlet: a speaker named without its entity ("police said") is the entity of that name in another case ("Police")', () => {
  const quote = (id: string, name: string, entityId: string | null, articleId: string): Quote => ({
    id,
    kind: 'indirect',
    text: id,
    speaker: { name, entityId },
    cue: 'said',
    occurrences: [{ articleId, span: { start: 0, end: 1 } }],
    speakerEvidence: [],
  });
  const quotes = [
    quote('q1', 'police', null, 'a1'),
    quote('q2', 'Police', 'e-police', 'a1'),
    quote('q3', 'police', null, 'a2'),
    quote('q4', 'harbour board', null, 'a2'),
    quote('q5', 'Harbour Board', null, 'a2'),
  ];
  assert.deepEqual(
    speakersOf(['a1', 'a2'], quotes).map((s) => [s.name, s.entityId, s.reported]),
    [
      ['Police', 'e-police', 3],
      ['harbour board', null, 2],
    ],
  );
});

// newuser16 #8: "Mayor X refused to meet swimmers" and "the bean-counters want to slash …" were counted as the
// mayor's and the bean-counters' reported speech in "Whom each outlet quotes". Invented quotes; extract marks
// a stance `speech: false` (quotes/merge.ts), and this list reads the mark.
test('framing by outlet: a stance marked nobody’s speech ("refused to", "want to", "its plan to") is left out', () => {
  const quote = (id: string, cue: string, stance = true): Quote => ({
    id,
    kind: 'indirect',
    text: id,
    speaker: { name: 'Ilka Morrane', entityId: 'e-Ilka Morrane' },
    cue,
    ...(stance ? { speech: false as const } : {}),
    occurrences: [{ articleId: 'a1', span: { start: 0, end: 1 } }],
    speakerEvidence: [],
  });
  const quotes = [
    quote('q1', 'refused'),
    quote('q2', 'want'),
    quote('q3', 'plan'),
    quote('q4', 'said', false),
  ];
  assert.deepEqual(speakersOf(['a1'], quotes), [
    { name: 'Ilka Morrane', entityId: 'e-Ilka Morrane', quoted: 0, reported: 1 },
  ]);
});

// newuser16 #3: a "she said" extract could not resolve was listed as a speaker named "she".
test('framing by outlet: a pronoun no one was found for is no speaker found, not a speaker "she"', () => {
  const quote = (id: string, name: string, unresolved = false): Quote => ({
    id,
    kind: 'direct',
    text: id,
    speaker: unresolved ? { name, entityId: null, unresolved: true } : { name, entityId: null },
    cue: 'said',
    occurrences: [{ articleId: 'a1', span: { start: 0, end: 1 } }],
    speakerEvidence: [],
  });
  assert.deepEqual(speakersOf(['a1'], [quote('q1', 'she', true), quote('q2', 'town staff')]), [
    { name: null, entityId: null, quoted: 1, reported: 0 },
    { name: 'town staff', entityId: null, quoted: 1, reported: 0 },
  ]);
});

// newuser16 #12: an outlet that quotes only officials. Invented speakers with the roles extract read.
test('framing by outlet: each speaker keeps its stated role, and the outlet’s quotes are counted by role', () => {
  const role = (kind: 'official' | 'public', words: string) => ({
    kind,
    words,
    evidence: { articleId: 'a1', span: { start: 0, end: 1 } },
  });
  const quote = (id: string, name: string, articles: string[], r?: ReturnType<typeof role>): Quote => ({
    id,
    kind: 'direct',
    text: id,
    speaker: r ? { name, entityId: `e-${name}`, role: r } : { name, entityId: `e-${name}` },
    cue: 'said',
    occurrences: articles.map((articleId) => ({ articleId, span: { start: 0, end: 1 } })),
    speakerEvidence: [],
  });
  const quotes = [
    quote('q1', 'Ilka Morrane', ['a1', 'a2'], role('official', 'Mayor')),
    quote('q2', 'Tomas Vell', ['a1'], role('official', 'finance director')),
    quote('q3', 'Greta Moll', ['a2'], role('public', 'mother')),
    quote('q4', 'Ada Finch', ['a2']),
  ];
  const record = speakersOf(['a1'], quotes);
  assert.deepEqual(
    record.map((s) => [s.name, s.role?.kind]),
    [
      ['Ilka Morrane', 'official'],
      ['Tomas Vell', 'official'],
    ],
  );
  assert.deepEqual(rolesOf(record), { official: 2 });
  assert.deepEqual(rolesOf(speakersOf(['a2'], quotes)), { official: 1, public: 1, unknown: 1 });
});

// newuser21 #13: one outlet's loaded role ("Union boss") was every outlet's. Invented speakers and roles.
test('framing by outlet: a role is the outlet’s own words; else the kind the others agree on, else none', () => {
  const role = (articleId: string, kind: 'group' | 'official', words: string) => ({
    kind,
    words,
    evidence: { articleId, span: { start: 0, end: 1 } },
  });
  const quote = (id: string, name: string, articleId: string, r: ReturnType<typeof role>): Quote => ({
    id,
    kind: 'direct',
    text: id,
    speaker: { name, entityId: `e-${name}`, role: r },
    cue: 'said',
    occurrences: [{ articleId, span: { start: 0, end: 1 } }],
    speakerEvidence: [],
  });
  const quotes = [
    quote('q1', 'Jane Roe', 'a1', role('a1', 'group', 'FNM general secretary')),
    quote('q2', 'Jane Roe', 'a2', role('a2', 'group', 'Union boss')),
    quote('q3', 'Jane Roe', 'a3', role('a1', 'group', 'FNM general secretary')),
    quote('q4', 'Paul Grant', 'a1', role('a1', 'official', 'Minister')),
    quote('q5', 'Paul Grant', 'a2', role('a2', 'group', 'campaigner')),
    quote('q6', 'Paul Grant', 'a3', role('a1', 'official', 'Minister')),
  ];
  const roles = (ids: string[]) =>
    speakersOf(ids, quotes).map((s) => [s.name, s.role?.kind ?? null, s.role?.words ?? null]);
  assert.deepEqual(roles(['a2']), [
    ['Jane Roe', 'group', 'Union boss'],
    ['Paul Grant', 'group', 'campaigner'],
  ]);
  // a3 states no role: Jane Roe's kind, agreed by a1 and a2, without their words; Paul Grant's kinds differ
  assert.deepEqual(roles(['a3']), [
    ['Jane Roe', 'group', ''],
    ['Paul Grant', null, null],
  ]);
  assert.deepEqual(rolesOf(speakersOf(['a3'], quotes)), { group: 1, unknown: 1 });
});
