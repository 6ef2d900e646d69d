import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Conflict, EditorsNote, Figure, Quote, Report, Story } from '../model/index.ts';
import { article, cite, report, sentence, story } from './fixtures/story.ts';
import { storyNews } from './story-news.ts';
import { StoryNewsSchema } from './story-news-schema.ts';

// newuser23 #7: `parallax changes` tells what a story's report tells that its articles stored before
// the time did not. Invented story: a1, a2 stored before; a3 (a new outlet) since.
const at = (id: string) => cite(id, sentence);
const figure = (id: string, value: number, counts: string | null, ids: string[]): Figure => ({
  id,
  value,
  valueHigh: null,
  unit: null,
  counts,
  qualifier: null,
  period: null,
  attributedTo: ids.includes('a3') ? 'the fire chief' : null,
  text: `${value} ${counts ?? ''}`.trim(),
  occurrences: ids.map(at),
});
const side = (id: string, number: number, publishedAt: string) => ({
  claim: `${number} were hurt (${id}).`,
  evidence: [at(id)],
  value: { number, unit: null, measure: 'hurt' },
  told: [{ articleId: id, publishedAt }],
});
const difference = (id: string, sides: Conflict['sides'], update: boolean): Conflict => ({
  id,
  kind: 'figure',
  about: 'hurt',
  sides,
  ...(update ? { update: true as const } : {}),
});
const quote = (id: string, name: string, ids: string[], speech = true): Quote => ({
  id,
  kind: 'direct',
  text: `words of ${name}`,
  speaker: { name, entityId: null },
  cue: 'said',
  ...(speech ? {} : { speech: false as const }),
  occurrences: ids.map(at),
  speakerEvidence: ids.map(at),
});
const note = (articleId: string): EditorsNote => ({
  articleId,
  kind: 'correction',
  text: `Correction of ${articleId}.`,
  evidence: at(articleId),
  date: null,
  dateFrom: null,
  stillCarried: [],
});
const invented: Story = {
  ...story,
  articleIds: ['a1', 'a2', 'a3'],
  figures: [
    figure('f1', 2, 'workers', ['a1']),
    figure('f2', 3, 'other workers', ['a3']),
    figure('f3', 2, 'workers', ['a3']),
    figure('f4', 2, 'buses', ['a3']),
  ],
  differences: [
    difference('d1', [side('a1', 2, '2024-03-14'), side('a3', 4, '2024-03-16')], true),
    difference('d2', [side('a2', 5, '2024-03-14'), side('a3', 6, '2024-03-16')], false),
    difference('d3', [side('a1', 2, '2024-03-14'), side('a2', 5, '2024-03-14')], false),
    // a3 updates its outlet's own earlier value (a1's 8); a2's 10 stays as it was
    difference(
      'd4',
      [
        side('a1', 8, '2024-03-14'),
        {
          ...side('a3', 9, '2024-03-16'),
          told: [{ articleId: 'a3', publishedAt: '2024-03-16', updates: ['a1'] }],
        },
        side('a2', 10, '2024-03-15'),
      ],
      false,
    ),
  ],
  quotes: [
    quote('q1', 'Ana Ruiz', ['a3']),
    quote('q2', 'Tom Hale', ['a1', 'a3']),
    quote('q3', 'Mill owners', ['a3'], false),
  ],
  corrections: [note('a3'), note('a2'), note('a1')],
  facts: [
    ...story.facts,
    {
      ...(story.facts[0] as Story['facts'][number]),
      id: 'f9',
      text: 'The mill will close.',
      status: 'single-source',
      sources: ['a3'],
      evidence: [at('a3')],
      coverage: { a3: { mark: 'supports', evidence: at('a3'), reason: null } },
    },
  ],
};
const three: Report = {
  ...report,
  articles: [...report.articles, article('a3', 'Carrow Star', null)],
  stories: [invented],
};

test('storyNews: what only the articles stored since tell, each row true of the report', () => {
  const news = StoryNewsSchema.parse(storyNews(three, new Set(['a3']), new Map([['a2', ['correction']]])));
  assert.equal(news.newStory, false);
  assert.deepEqual(news.newArticles, ['a3']);
  assert.deepEqual(news.outlets, [{ outlet: 'Carrow Star', articleIds: ['a3'] }]);
  // the value 2 was given before (a1's 2 workers), so neither 2 workers nor 2 buses is told as new;
  // 3 other workers is
  assert.deepEqual(
    news.figures.map((f) => [f.text, f.by]),
    [['3 other workers', ['the fire chief']]],
  );
  // an update only where the report shows one; the other new value is a difference to check
  assert.deepEqual(
    news.updates.map((u) => [u.about, u.values.map((v) => [v.value, v.isNew])]),
    [
      [
        'hurt',
        [
          ['2', false],
          ['4', true],
        ],
      ],
      [
        'hurt',
        [
          ['8', false],
          ['9', true],
        ],
      ],
    ],
  );
  assert.deepEqual(
    news.differences.map((d) => [d.newSides.map((s) => s.claim), d.earlierSides.map((s) => s.claim)]),
    [[['6 were hurt (a3).'], ['5 were hurt (a2).']]],
  );
  // a quote a1 also carried is not new; a stance told in the outlet's words is no quote
  assert.deepEqual(
    news.quotes.map((q) => q.speaker),
    ['Ana Ruiz'],
  );
  // the new article's note, and the note a page read again since added; not a1's
  assert.deepEqual(
    news.corrections.map((n) => n.article.articleId),
    ['a3', 'a2'],
  );
  assert.deepEqual(
    news.facts.map((f) => f.text),
    ['The mill will close.'],
  );
});

test('storyNews: a story all of whose articles are new is new as a whole, with no lists', () => {
  const news = storyNews(three, new Set(['a1', 'a2', 'a3']));
  assert.equal(news.newStory, true);
  assert.deepEqual(news.figures, []);
  assert.deepEqual(news.quotes, []);
  // nothing stored since: nothing is new
  const none = storyNews(three, new Set());
  assert.deepEqual(
    [none.figures, none.updates, none.differences, none.quotes, none.facts],
    [[], [], [], [], []],
  );
});

// review45b: a new article telling a value an earlier one gave, of the same people in other words
// ("three workers" / "Three employees"), tells no new figure; a value no earlier article gives does.
test('storyNews: a value an earlier article gave, counted by another noun, is no new figure', () => {
  const worded: Report = {
    ...three,
    stories: [
      {
        ...invented,
        figures: [
          figure('f1', 3, 'workers', ['a1']),
          figure('f2', 400, 'residents', ['a1']),
          figure('f3', 3, 'employees', ['a3']),
          figure('f4', 400, 'people', ['a3']),
          figure('f5', 600, 'people', ['a3']),
        ],
      },
    ],
  };
  const news = storyNews(worded, new Set(['a3']));
  assert.deepEqual(
    news.figures.map((f) => f.text),
    ['600 people'],
  );
});
