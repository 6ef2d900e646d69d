// The invented report the CSV tables are tested on (tables.test.ts, framing-tables.test.ts).
import type { Framing, Report, Story } from '../../model/index.ts';
import { parseCsv } from '../../stages/compare/user-files.ts';
import { article, report as base, story as baseStory, cite, sentence, TEXT } from '../fixtures/story.ts';
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
  // the words the Gazette's tone is read from: "done", counted negative in each of its articles
  tone: Object.fromEntries(
    ['a1', 'a3'].map((id) => [
      id,
      {
        ...tone(-0.4567, 1),
        evidence: [
          {
            articleId: id,
            span: { start: TEXT.indexOf('done'), end: TEXT.indexOf('done') + 4 },
            sentiment: 'negative' as const,
            subjective: false,
          },
        ],
      },
    ]),
  ),
  byOutlet: {
    'Harbour Gazette': { articleIds: ['a1', 'a3'], tone: tone(-0.4567, 3), speakers: [] },
    'Bay Times': { articleIds: ['a2'], tone: tone(null, 0), speakers: [] },
  },
  // the manifest gives the Gazette's leaning as written; none for the Bay Times
  outlets: ['a1', 'a3'].map((articleId) => ({
    articleId,
    name: 'Harbour Gazette',
    leaning: 'centre-left',
    owner: null,
    from: 'manifest' as const,
  })),
};
export const story: Story = {
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
export const lone = { ...article('a4', 'Quay Weekly', null), title: '=HYPERLINK("http://x.example")' };
export const report: Report = {
  ...base,
  articles: [
    article('a1', 'Harbour Gazette', null),
    article('a2', 'Bay Times', 'https://bay.example/vote?a=1&b=2'),
    article('a3', 'Harbour Gazette', null),
    lone,
  ],
  stories: [story, { ...baseStory, id: 's2', articleIds: ['a4'], framing }],
};
export const table = (name: (typeof CSV_TABLES)[number]) => parseCsv(renderCsv(report, name));
