import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Framing, Report, Story } from '../../model/index.ts';
import { parseCsv } from '../../stages/compare/user-files.ts';
import { articleKey } from '../article-key.ts';
import {
  article,
  report as base,
  story as baseStory,
  cite,
  quote,
  sentence,
  TEXT,
} from '../fixtures/story.ts';
import { type CSV_TABLES, renderCsv } from './index.ts';

// An invented story: the Gazette's two articles and the Bay Times' one, a fact each article stands to
// in its own way, the clerk's quote, a contested term and the outlets' tone; and a lone article (a
// story of one, with nothing to compare) whose headline a spreadsheet would run as a formula.
const tone = (sentiment: number | null, toneWords: number) => ({
  sentiment,
  subjectivity: sentiment === null ? null : 0.125,
  headlineSentiment: null,
  headlineSubjectivity: null,
  words: 14,
  toneWords,
  headlineToneWords: 0,
});
const framing: Framing = {
  terms: [],
  contested: [
    {
      term: 'slash',
      neutral: 'cut',
      note: '',
      byArticle: {},
      byOutlet: { 'Harbour Gazette': { headline: 1, ownVoice: 2, inQuotes: 0, articles: 2 } },
    },
  ],
  scareQuotes: [],
  tone: {},
  byOutlet: {
    'Harbour Gazette': { articleIds: ['a1', 'a3'], tone: tone(-0.4567, 3), speakers: [] },
    'Bay Times': { articleIds: ['a2'], tone: tone(null, 0), speakers: [] },
  },
  outlets: [],
};
const story: Story = {
  ...baseStory,
  articleIds: ['a1', 'a2', 'a3'],
  facts: [
    {
      ...(baseStory.facts[0] as Story['facts'][number]),
      coverage: {
        a1: { mark: 'supports', evidence: cite('a1', sentence), reason: null, attributedTo: 'the clerk' },
        a2: { mark: 'contradicts', evidence: cite('a2', { start: 0, end: 18 }), reason: 'another day' },
        a3: { mark: 'absent', evidence: null, reason: null },
      },
    },
  ],
  quotes: [
    {
      id: 's1-q1',
      kind: 'direct',
      text: 'It is done,',
      speaker: {
        name: 'Ola Brenn',
        entityId: 's1-e1',
        role: { kind: 'official', words: 'the clerk', evidence: cite('a2', { start: 56, end: 65 }) },
      },
      cue: 'said',
      occurrences: [cite('a2', { start: 42, end: 53 })],
      speakerEvidence: [cite('a2', { start: TEXT.indexOf('the clerk'), end: TEXT.indexOf(' said') })],
    },
    {
      id: 's1-q2',
      kind: 'indirect',
      text: 'Work starts in May.',
      speaker: { name: 'she', entityId: null, unresolved: true },
      cue: null,
      speech: false,
      occurrences: [cite('a1', { start: TEXT.indexOf('Work'), end: TEXT.length })],
      speakerEvidence: [],
    },
  ],
  framing,
};
const lone = { ...article('a4', 'Quay Weekly', null), title: '=HYPERLINK("http://x.example")' };
const report: Report = {
  ...base,
  articles: [
    article('a1', 'Harbour Gazette', null),
    article('a2', 'Bay Times', 'https://bay.example/vote?a=1&b=2'),
    article('a3', 'Harbour Gazette', null),
    lone,
  ],
  stories: [story, { ...baseStory, id: 's2', articleIds: ['a4'], framing }],
};
const table = (name: (typeof CSV_TABLES)[number]) => parseCsv(renderCsv(report, name));

test('articles: every article with its story, id, key, outlet, label, date, URL and headline', () => {
  const rows = table('articles');
  assert.deepEqual(rows[0], ['story', 'article', 'key', 'outlet', 'label', 'published', 'url', 'headline']);
  assert.deepEqual(rows[2], [
    's1',
    'a2',
    articleKey(report.articles[1] as Report['articles'][number]),
    'Bay Times',
    'Bay Times',
    '2024-03-14T09:30:00Z',
    'https://bay.example/vote?a=1&b=2',
    'Vote <script>x()</script> a2',
  ]);
  assert.deepEqual(
    rows.slice(1).map((r) => [r[0], r[1], r[4]]),
    [
      ['s1', 'a1', 'Harbour Gazette (1)'],
      ['s1', 'a2', 'Bay Times'],
      ['s1', 'a3', 'Harbour Gazette (2)'],
      ['s2', 'a4', 'Quay Weekly'],
    ],
  );
  // the lone article's headline reads back inert, not as a formula
  assert.equal(rows[4]?.[7], `'=HYPERLINK("http://x.example")`);
});

test('coverage: each fact against each article, its mark as the table shows it and the sentence read', () => {
  const rows = table('coverage');
  assert.deepEqual(rows[0], [
    'story',
    'fact',
    'fact_text',
    'status',
    'article',
    'key',
    'outlet',
    'mark',
    'mark_name',
    'claim_of',
    'reason',
    'evidence',
  ]);
  const key = (id: string) =>
    articleKey(report.articles.find((a) => a.id === id) as Report['articles'][number]);
  const fact = ['s1', 'f1', 'The council voted 7-2 on Tuesday.', 'consensus'];
  assert.deepEqual(rows.slice(1), [
    [
      ...fact,
      'a1',
      key('a1'),
      'Harbour Gazette',
      '✓',
      'supports',
      'the clerk',
      '',
      'The <b>council</b> voted 7-2 on Tuesday.',
    ],
    [...fact, 'a2', key('a2'), 'Bay Times', '✗', 'contradicts', '', 'another day', 'The <b>council</b>'],
    [...fact, 'a3', key('a3'), 'Harbour Gazette', '—', 'absent', '', '', ''],
  ]);
});

test('quotes: each quote as each article carries it, with its speaker, role, kind and words', () => {
  const rows = table('quotes');
  assert.deepEqual(rows[0], [
    'story',
    'quote',
    'kind',
    'told_as',
    'speaker',
    'speaker_entity',
    'speaker_role',
    'cue',
    'article',
    'key',
    'outlet',
    'quote_text',
    'speaker_as_written',
  ]);
  assert.equal(report.articles[1]?.text.slice(quote.start, quote.end), '"It is done," the clerk said.');
  const key = articleKey(report.articles[1] as Report['articles'][number]);
  assert.deepEqual(rows[1], [
    's1',
    's1-q1',
    'direct',
    'speech',
    'Ola Brenn',
    's1-e1',
    'official',
    'said',
    'a2',
    key,
    'Bay Times',
    'It is done,',
    'the clerk',
  ]);
  // a stance told in the outlet's words, its speaker a pronoun no one was found for: no speaker named
  const a1 = articleKey(report.articles[0] as Report['articles'][number]);
  assert.deepEqual(rows[2], [
    's1',
    's1-q2',
    'indirect',
    'stance',
    '',
    '',
    '',
    '',
    'a1',
    a1,
    'Harbour Gazette',
    'Work starts in May.',
    '',
  ]);
  assert.equal(rows.length, 3);
});

test('framing and tone: one row per outlet of a compared story, as the framing tables sum them', () => {
  const framingRows = table('framing');
  assert.deepEqual(framingRows, [
    [
      'story',
      'outlet',
      'articles',
      'term',
      'neutral',
      'use',
      'headline',
      'headline_quoted',
      'own_voice',
      'in_quotes',
    ],
    ['s1', 'Harbour Gazette', 'a1 a3', 'slash', 'cut', '', '1', '0', '2', '0'],
    ['s1', 'Bay Times', 'a2', 'slash', 'cut', '', '0', '0', '0', '0'],
  ]);
  // the score to the report's two decimals; none where no word of the tone list was found
  assert.deepEqual(table('tone'), [
    [
      'story',
      'outlet',
      'articles',
      'sentiment',
      'subjectivity',
      'headline_sentiment',
      'headline_subjectivity',
      'words',
      'tone_words',
      'headline_tone_words',
    ],
    ['s1', 'Harbour Gazette', 'a1 a3', '-0.46', '0.13', '', '', '14', '3', '0'],
    ['s1', 'Bay Times', 'a2', '', '', '', '', '14', '0', '0'],
  ]);
});

test('a story of one article has no coverage, framing or tone rows, as its report shows none', () => {
  const one: Report = { ...report, stories: [{ ...story, id: 's3', articleIds: ['a4'] }] };
  for (const name of ['coverage', 'framing', 'tone'] as const)
    assert.equal(parseCsv(renderCsv(one, name)).length, 1, name);
});
