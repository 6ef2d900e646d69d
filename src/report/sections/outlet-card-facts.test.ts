import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote, Story } from '../../model/index.ts';
import { article, cite, report, sentence, story } from '../fixtures/story.ts';
import { differencesHtml } from './differences.ts';
import { outletCards } from './outlets.ts';

// newuser20 #9: an outlet's card carries what an editor compares (its value of each difference, the
// speakers it words otherwise), and no line that says nothing. Invented outlets, four articles.
const articles = [
  article('a1', 'Harbour Gazette', null),
  article('a2', 'Bay Times', null),
  article('a3', 'Quay Post', null),
  article('a4', 'Fenwick Radio', null),
];
const at = (id: string) => cite(id, sentence);
const words = (id: string, name: string, articleId: string): Quote => ({
  id,
  kind: 'direct',
  text: 'The bridge stays open',
  speaker: { name, entityId: null },
  cue: 'said',
  occurrences: [at(articleId)],
  speakerEvidence: [at(articleId)],
});
const told: Story = {
  ...story,
  articleIds: ['a1', 'a2', 'a3', 'a4'],
  quotes: [words('q1', 'Rana Oster', 'a1')],
  quoteMatrix: [
    {
      quoteId: 'q1',
      byArticle: { a1: 'quoted', a2: 'quoted', a3: 'paraphrased', a4: 'absent' },
      otherWordings: { a4: { quoteId: 'q2', words: ['shields', 'endangers'] } },
    },
  ],
  // only the fields the cards read: a tone with no word of the lexicon
  framing: {
    terms: [],
    tone: { a1: { sentiment: null, subjectivity: null, words: 40, toneWords: 0 } },
  } as unknown as Story['framing'],
  differences: [
    {
      id: 's1-d1',
      kind: 'figure',
      about: 'injured',
      update: true,
      sides: [
        {
          claim: 'Two people were injured.',
          evidence: [at('a1')],
          value: { number: 2, unit: null, measure: 'injured' },
          told: [{ articleId: 'a1', publishedAt: '2024-03-14T09:30:00Z' }],
        },
        {
          claim: 'Five people were injured.',
          evidence: [at('a2'), at('a3'), at('a4')],
          value: { number: 5, unit: null, measure: 'injured' },
          told: ['a2', 'a3', 'a4'].map((articleId) => ({ articleId, publishedAt: '2024-03-14T19:05:00Z' })),
        },
      ],
    },
    {
      id: 's1-d2',
      kind: 'figure',
      about: 'vote count',
      sides: [
        { claim: 'The council backed it by eight votes to three.', evidence: [at('a1'), at('a2'), at('a3')] },
        { claim: 'The council backed it by seven votes to four.', evidence: [at('a4')] },
      ],
    },
  ],
};
const full = { ...report, articles, stories: [told] };
const card = (html: string, outlet: string) =>
  html.split('<li class="px-card">').find((c) => c.includes(`>${outlet}`)) ?? '';

test("outlet cards: each outlet's own value of the story's differences, an earlier figure told so", () => {
  const html = outletCards(told, full);
  assert.match(
    card(html, 'Harbour Gazette'),
    /<span class="px-k">injured<\/span> 2 <small>\(earlier figure\)<\/small>/,
  );
  assert.match(card(html, 'Bay Times'), /<span class="px-k">injured<\/span> 5<\/li>/);
  // a difference with no value read: the side and how many outlets stand on it
  assert.match(
    card(html, 'Fenwick Radio'),
    /<span class="px-k">vote count<\/span> side 2 of 2 <small>\(1 outlet\)<\/small>/,
  );
  assert.match(
    card(html, 'Quay Post'),
    /<span class="px-k">vote count<\/span> side 1 of 2 <small>\(3 outlets\)<\/small>/,
  );
});

test('outlet cards: the speaker an outlet words otherwise than those who quote them; no empty tone line', () => {
  const html = outletCards(told, full);
  // (≈ is "Paraphrased"; "Other wording" is the matrix's: words that say something else)
  assert.match(card(html, 'Quay Post'), /<span class="px-k">Paraphrased<\/span> Rana Oster/);
  assert.doesNotMatch(card(html, 'Quay Post'), /Other wording/);
  assert.match(
    card(html, 'Fenwick Radio'),
    /<span class="px-k">Other wording<\/span> Rana Oster <small>\(endangers for shields\)<\/small>/,
  );
  for (const outlet of ['Harbour Gazette', 'Bay Times'])
    assert.doesNotMatch(card(html, outlet), /Other wording|Paraphrased/);
  // a tone with no word of the lexicon is not a line of the card
  assert.doesNotMatch(html, /px-k">Tone/);
});

test('differences: each side says how many outlets stand on it', () => {
  const html = differencesHtml(told, full);
  const vote = html.slice(html.indexOf('vote count'));
  assert.match(
    vote,
    /<p class="px-side-count meta">3 outlets<\/p><p class="px-claim">The council backed it by eight/,
  );
  assert.match(
    vote,
    /<p class="px-side-count meta">1 outlet<\/p><p class="px-claim">The council backed it by seven/,
  );
});
