import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  createContext,
  type Evidence,
  type Fact,
  type FactMark,
  type SegmentedArticle,
} from '../../model/index.ts';
import { checkCitations, type Modality, modalityOf } from '../compare/support/index.ts';
import { comparedStory, segmented } from '../compared-story.ts';
import { summarize } from './index.ts';
import { uncitable } from './modality.ts';
import { selectMmr } from './select.ts';
import { readingOrder } from './told-order.ts';

// An invented story: one outlet writes before the council meets ("will meet"), two write after it met.
const LEVY = [
  {
    outlet: 'Tarnwick Post',
    publishedAt: '2031-04-06T08:00:00Z',
    title: 'Tarnwick council to vote on harbour levy',
    text: 'The Tarnwick town council will meet on Tuesday to vote on a new harbour levy for cargo ships.\n\nMayor Odile Brask has said the levy would pay for dredging the silted main channel.\n\nSeveral skippers staged a protest outside the town hall in March.',
  },
  {
    outlet: 'Coastline Daily',
    publishedAt: '2031-04-09T07:00:00Z',
    title: 'Tarnwick council approves harbour levy',
    text: 'The Tarnwick town council met on Tuesday and voted to approve a new harbour levy for cargo ships.\n\nThe levy of 4 percent will pay for dredging the silted main channel, Mayor Odile Brask said.\n\nFishing boats of Tarnwick are exempt from the charge.',
  },
  {
    outlet: 'Northern Ledger',
    publishedAt: '2031-04-09T09:30:00Z',
    title: 'Harbour levy passes in Tarnwick',
    text: 'The Tarnwick town council met on Tuesday and voted to approve a new harbour levy for cargo ships.\n\nCouncillors backed the 4 percent levy by seven votes to two.\n\nDredging of the silted main channel starts in June, the harbour master said.',
  },
];

const PLANNED = /will meet/;

function story(docs: readonly object[]) {
  const ctx = createContext();
  const articles = segmented(docs, ctx);
  return { ctx, articles, ...comparedStory(articles, ctx) };
}

const say = (articles: readonly SegmentedArticle[], e: Evidence): string =>
  articles.find((d) => d.article.id === e.articleId)?.article.text.slice(e.span.start, e.span.end) ?? '';

// The sentence's own modality, read the way the compare stage reads claims.
function modality(articles: readonly SegmentedArticle[], e: Evidence): string {
  const doc = articles.find((d) => d.article.id === e.articleId);
  const sentence = doc?.sentences.find((s) => s.start <= e.span.start && e.span.start < s.end);
  return sentence ? modalityOf(sentence.tokens).modality : 'none';
}

// Numbers, weekdays and months written in a sentence.
const NUMBERS_AND_DATES =
  /\d+(?:[.,]\d+)*|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/g;

describe('a summary leads with what happened', () => {
  const { ctx, articles, input, comparison } = story(LEVY);
  const full = { ...input, ...comparison };
  const short = summarize({ words: 40 })(full, ctx);
  const long = summarize({ words: 400 })(full, ctx);

  test('the first sentence tells the meeting as done and cites the outlets written after it', () => {
    const first = short.summary[0];
    assert.ok(first, 'a summary');
    assert.match(first.text, /met on Tuesday/);
    assert.equal(modality(articles, first.citations[0] as Evidence), 'happened');
    assert.deepEqual(first.citations.map((e) => e.articleId).sort(), ['a2', 'a3']);
  });

  test('the plan that later outlets report as done is never chosen, even with room for everything', () => {
    assert.ok(long.summary.length > short.summary.length);
    for (const s of long.summary) assert.doesNotMatch(s.text, PLANNED);
  });

  test('what happened comes before plans and possibilities', () => {
    const moods = long.summary.map((s) => modality(articles, s.citations[0] as Evidence));
    const firstOther = moods.findIndex((m) => m !== 'happened');
    if (firstOther >= 0)
      assert.ok(
        moods.slice(firstOther).every((m) => m !== 'happened'),
        moods.join(),
      );
  });

  test('no sentence cites an article published before its fact or contradicting it', () => {
    for (const s of long.summary)
      for (const id of s.factIds) {
        const fact = comparison.facts.find((f) => f.id === id) as Fact;
        for (const e of s.citations.slice(1))
          assert.ok(
            !['published-before', 'contradicts'].includes(fact.coverage[e.articleId]?.mark ?? ''),
            `${s.text} cites ${e.articleId}`,
          );
      }
  });

  test('every number and date of a sentence is in every cited supporter', () => {
    for (const s of long.summary) {
      const wanted = s.text.match(NUMBERS_AND_DATES) ?? [];
      for (const e of s.citations) {
        const cited = say(articles, e);
        for (const w of wanted) assert.ok(cited.includes(w), `${w} of “${s.text}” not in “${cited}”`);
      }
    }
    const pairs = long.summary.flatMap((s) =>
      s.citations.slice(1).map((e) => [s.citations[0] as Evidence, e] as const),
    );
    assert.ok(pairs.length > 0);
    assert.equal(checkCitations(input, pairs).share, 1);
  });

  test('without the compare stage’s facts the plan is still recognised and left out', () => {
    const bare = summarize({ words: 400 })({ ...full, facts: [], conflicts: [] }, ctx);
    assert.ok(bare.summary.some((s) => /met on Tuesday/.test(s.text)));
    for (const s of bare.summary) assert.doesNotMatch(s.text, PLANNED);
  });

  test('with only the plan told, the plan may be told', () => {
    const alone = story([LEVY[0] as object]);
    const out = summarize({ words: 400 })({ ...alone.input, ...alone.comparison }, alone.ctx);
    assert.ok(out.summary.some((s) => PLANNED.test(s.text)));
  });
});

describe('an article marked against a fact is never cited for it', () => {
  // Two outlets state the same sentence; the fact's coverage says the second contradicts it (as
  // the compare stage would for another figure told elsewhere): the mark wins over the wording.
  const docs = [
    { outlet: 'One', text: 'The Orlen ferry carried 300 passengers across the bay on Friday morning.' },
    { outlet: 'Two', text: 'The Orlen ferry carried 300 passengers across the bay on Friday morning.' },
    { outlet: 'Three', text: 'The Orlen ferry carried 300 passengers across the bay on Friday morning.' },
  ];
  const { ctx, articles, input, comparison } = story(docs);
  const [a, b, c] = articles as [SegmentedArticle, SegmentedArticle, SegmentedArticle];
  const whole = (d: SegmentedArticle): Evidence => ({
    articleId: d.article.id,
    span: { start: 0, end: d.article.text.length },
  });
  const mark = (m: FactMark['mark'], e: Evidence | null): FactMark => ({
    mark: m,
    evidence: e,
    reason: null,
  });
  const fact: Fact = {
    id: 'f1',
    text: 'The Orlen ferry carried 300 passengers.',
    status: 'corroborated',
    sources: ['a1', 'a3'],
    evidence: [whole(a), whole(c)],
    figureIds: [],
    entityIds: [],
    modality: 'happened',
    coverage: {
      a1: mark('supports', whole(a)),
      a2: mark('contradicts', whole(b)),
      a3: mark('supports', whole(c)),
    },
  };
  const out = summarize({ words: 60 })({ ...input, ...comparison, facts: [fact], conflicts: [] }, ctx);

  test('uncitable: the contradicting article, never the sentence’s own', () => {
    const cases: [string, string[]][] = [
      ['a1', ['a2']],
      ['a3', ['a2']],
    ];
    for (const [own, expected] of cases) {
      const doc = articles.find((d) => d.article.id === own) as SegmentedArticle;
      const candidate = { articleId: own, evidence: whole(doc) };
      assert.deepEqual([...uncitable(candidate as never, [fact])], expected);
    }
  });

  // (the three texts are one: a2 and a3 are read as copies of a1, and a copy supporting a sentence
  // its original is cited for is that source cited again: fixes33, newuser11 #20)
  test('the summary sentence cites a1 (and its copy a3 through it), not a2', () => {
    const told = out.summary.filter((s) => s.factIds.includes('f1'));
    assert.equal(told.length, 1);
    assert.deepEqual(told[0]?.citations.map((e) => e.articleId).sort(), ['a1']);
  });
});

test('reading order: plain happenings first, then quotations and what “would” or “could” be, then plans', () => {
  // [name, modality, plain, quote share, independent sources], in the order chosen
  const chosen: [string, Modality, boolean, number, number][] = [
    ['plan', 'planned', false, 0, 4],
    ['quote', 'happened', true, 0.9, 3],
    ['might', 'happened', false, 0, 2],
    ['done-1', 'happened', true, 0, 1],
    ['done-2', 'happened', true, 0, 2],
    ['maybe', 'hypothetical', false, 0, 1],
  ];
  const scored = chosen.map(([name, modality, plain, quoteShare, sources]) => ({
    candidate: { text: name, quoteShare },
    support: { sources: new Set(Array.from({ length: sources }, (_, i) => `a${i}`)) },
    modality,
    plain,
  }));
  assert.deepEqual(
    readingOrder(scored as never).map(
      (s) => (s as unknown as { candidate: { text: string } }).candidate.text,
    ),
    ['done-2', 'done-1', 'quote', 'might', 'plan', 'maybe'],
  );
});

test('the first sentence chosen tells what happened, even when a plan weighs more', () => {
  const scored = (text: string, modality: Modality, relevance: number) => ({
    candidate: { text, words: 10, quoteShare: 0 },
    support: { factIds: [], citations: [{ articleId: text, span: { start: 0, end: 1 } }] },
    vector: new Map([[text, 1]]),
    modality,
    plain: modality === 'happened',
    relevance,
  });
  const pick = (list: ReturnType<typeof scored>[]) =>
    selectMmr(list as never, 25, 0.7).map(
      (s) => (s as unknown as { candidate: { text: string } }).candidate.text,
    );
  assert.deepEqual(pick([scored('plan', 'planned', 2), scored('done', 'happened', 1)]), ['done', 'plan']);
  // nothing happened: the plan may open
  assert.deepEqual(pick([scored('plan', 'planned', 2), scored('maybe', 'hypothetical', 1)]), [
    'plan',
    'maybe',
  ]);
});
