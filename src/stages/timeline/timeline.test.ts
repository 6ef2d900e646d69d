import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { needsShared, sharedPath } from '../../../test/shared.ts';
import { createContext, type SegmentedArticle, type TimelineEvent } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import { segment } from '../segment/index.ts';
import { clauseAround } from './clause.ts';
import { timeline } from './index.ts';

type Doc = { text: string; title?: string; publishedAt?: string };

function story(docs: readonly Doc[], ctx = createContext()) {
  const bytes = new TextEncoder().encode(docs.map((d) => JSON.stringify(d)).join('\n'));
  const segmentOne = segment();
  const articles = readArticles([{ path: 'story.jsonl', bytes }], {}, ctx).map((a) => segmentOne(a, ctx));
  return storyOf(articles);
}

function storyOf(articles: readonly SegmentedArticle[]) {
  const ids = articles.map((a) => a.article.id);
  return {
    story: { id: 's1', title: 't', articleIds: ids, keywords: [] },
    articles,
    entities: [],
    quotes: [],
    figures: [],
  };
}

function assertCited(events: readonly TimelineEvent[], articles: readonly SegmentedArticle[]): void {
  const byId = new Map(articles.map((a) => [a.article.id, a.article.text]));
  for (const event of events) {
    assert.ok(event.citations.length > 0, `uncited event ${event.text}`);
    for (const c of event.citations) {
      const text = byId.get(c.articleId);
      assert.ok(text !== undefined && c.span.end <= text.length && c.span.start < c.span.end);
    }
  }
}

describe('timeline stage', () => {
  test('merges one event told by two outlets, orders events, resolves against publication dates', () => {
    const input = story([
      {
        title: 'Harbour ferry strike ends',
        publishedAt: '2024-03-14T18:00:00Z',
        text: 'Ferry crews in Kestrel Harbour ended their strike on Wednesday after union leaders accepted a pay offer.\n\nThe strike began on March 2, 2024, stranding commuters.\n\nService will resume on Monday, the operator said.',
      },
      {
        title: 'Kestrel ferry workers accept offer',
        publishedAt: '2024-03-15T07:00:00Z',
        text: 'Union leaders for Kestrel Harbour ferry crews accepted the pay offer on Wednesday, ending the strike.\n\nLast month, the operator had warned of cuts.',
      },
    ]);
    const ctx = createContext();
    const { timeline: events } = timeline()(input, ctx);
    assert.deepEqual(
      events.map((e) => [e.date, e.inferred, new Set(e.citations.map((c) => c.articleId)).size]),
      [
        ['2024-02-01', true, 1],
        ['2024-03-02', false, 1],
        ['2024-03-13', true, 2],
        ['2024-03-18', true, 1],
      ],
    );
    assert.deepEqual(
      events.map((e) => e.precision),
      ['month', 'day', 'day', 'day'],
    );
    assertCited(events, input.articles);
    assert.deepEqual(ctx.issues, []);
  });

  test('a dateline dates an undated article and is not itself an event', () => {
    const input = story([
      {
        text: 'KESTREL, March 14 (HNS) — Ferry crews ended their strike on Wednesday.\n\nThe strike began on March 2, 2024.',
      },
    ]);
    const { timeline: events } = timeline()(input, createContext());
    assert.deepEqual(
      events.map((e) => [e.date, e.inferred]),
      [
        ['2024-03-02', false],
        ['2024-03-13', true],
      ],
    );
  });

  test('a dated line with no verb (a byline stamp, a date line) is not an event', () => {
    const input = story([
      {
        publishedAt: '2024-03-15T07:00:00Z',
        text: 'HNS Mar 14, 2024, 06.\n\nFriday, March 15, 2024\n\nFerry crews in Kestrel ended their strike on Wednesday.',
      },
    ]);
    const { timeline: events } = timeline()(input, createContext());
    assert.deepEqual(
      events.map((e) => [e.date, e.text]),
      [['2024-03-13', 'Ferry crews in Kestrel ended their strike on Wednesday.']],
    );
  });

  test('what starts "from Monday" is ahead of the day of writing, and planned', () => {
    const input = story([
      {
        publishedAt: '2024-03-13T18:00:00Z',
        text: 'Norwick will add six ferry sailings a day and run free shuttle buses around the old harbour from Monday, port officials said on Wednesday, as the swing bridge stayed shut.',
      },
    ]);
    const { timeline: events } = timeline()(input, createContext());
    assert.deepEqual(
      events.map((e) => [e.date, e.planned ?? false]),
      [
        ['2024-03-13', false],
        ['2024-03-18', true],
      ],
    );
  });

  test('an article without dates in a story without dates gives no events and an issue', () => {
    const ctx = createContext();
    const input = story([{ text: 'The council met on Tuesday to discuss the budget for the harbour.' }], ctx);
    const { timeline: events } = timeline()(input, ctx);
    assert.deepEqual(events, []);
    assert.equal(ctx.issues.filter((i) => i.code === 'timeline/no-reference-date').length, 1);
  });
});

const CORPUS = 'corpus/border-talks-2023';

describe('timeline on the border-talks corpus', () => {
  test('the Mexico City meeting is on 2023-12-27, with events before and after in order', {
    skip: needsShared(CORPUS),
  }, () => {
    const dir = sharedPath(CORPUS);
    const files = readdirSync(dir).map((f) => ({ path: `${dir}/${f}`, bytes: readFileSync(`${dir}/${f}`) }));
    const ctx = createContext();
    const segmentOne = segment();
    const articles = readArticles(files, {}, ctx).map((a) => segmentOne(a, ctx));
    const { timeline: events } = timeline()(storyOf(articles), ctx);
    assertCited(events, articles);
    const dates = events.map((e) => e.date);
    assert.deepEqual(dates, [...dates].sort(), 'events in date order');
    // the meeting is cited only by the article that tells it ("met with … on Wednesday"): the two that
    // tell the officials travelled there that day (one "to meet" the president) are the trip's row
    const cited = (e: TimelineEvent) => [...new Set(e.citations.map((c) => c.articleId))].join(' ');
    const meeting = events.find((e) => /\bmet with\b/.test(e.text));
    assert.equal(meeting?.date, '2023-12-27');
    assert.equal(cited(meeting as TimelineEvent), articles[1]?.article.id);
    const trip = events.find((e) => /\btraveled to Mexico\b/.test(e.text));
    assert.equal(trip?.date, '2023-12-27');
    assert.equal(cited(trip as TimelineEvent), `${articles[0]?.article.id} ${articles[2]?.article.id}`);
    // the presidents' phone call came before it; the joint statement and the next meeting after it
    const call = events.filter((e) => /Obrador/.test(e.text) && /\b(spoke|speaking)\b/.test(e.text));
    assert.ok(call.length > 0 && call.every((e) => e.date < '2023-12-27'), 'call before the meeting');
    const statement = events.filter((e) => /\bThursday\b/.test(e.text) && /\bstatement\b/.test(e.text));
    assert.ok(statement.length > 0 && statement.every((e) => e.date > '2023-12-27'), 'statement after');
    assert.ok(
      events.some((e) => e.date.startsWith('2024-01')),
      'the next meeting, in January 2024',
    );
  });
});

describe('the clause of a dated sentence as event text', () => {
  const cases: [string, string, string | null][] = [
    [
      'The ferry resumed service after crews ended their strike on Wednesday.',
      'Wednesday',
      '… crews ended their strike on Wednesday.',
    ],
    [
      'Crews ended their strike on Wednesday, as the operator raised its pay offer again.',
      'Wednesday',
      'Crews ended their strike on Wednesday …',
    ],
    ['Crews ended their long strike on Wednesday.', 'Wednesday', null],
    ['It ended, after talks on Monday.', 'Monday', null],
    ['The mayor said “the strike ends on Friday, and we are glad.”', 'Friday', null],
    // a relative clause is no clause of its own: its subject is before it, and it ends at its closing
    // comma (the main clause's "was closed again" is not dated by 2019)
    [
      'The old pier, which reopened in 2019, was closed again by the storm.',
      '2019',
      'The old pier, which reopened in 2019 …',
    ],
    [
      'Holm Steelworks, which repaired the bridge in 2024, denied that it had cut corners.',
      '2024',
      'Holm Steelworks, which repaired the bridge in 2024 …',
    ],
    // a past event named after a comma and "following" is its own clause, not the one dated before it
    [
      'Ada Marsh hosted the gala in 2015, becoming its first host from abroad, following Tom Reyes’s turns in 1998 and 2003.',
      '1998',
      '… Tom Reyes’s turns in 1998 and 2003.',
    ],
    [
      'Ada Marsh hosted the gala in 2015, becoming its first host from abroad, following Tom Reyes’s turns in 1998 and 2003.',
      '2015',
      'Ada Marsh hosted the gala in 2015, becoming its first host from abroad …',
    ],
    [
      'The ferry company, which runs the only crossing of the bay, said it had added sailings on Monday.',
      'Monday',
      null,
    ],
    // a relative clause keeps the noun phrase it tells of, else is not cut: the Tuesday is the
    // fire's, not the meeting's
    [
      'The harbour board met on Thursday and approved funds to rebuild the north shed of the ferry terminal, which was gutted by fire on Tuesday.',
      'Tuesday',
      '… the ferry terminal, which was gutted by fire on Tuesday.',
    ],
    [
      'The harbour board met on Thursday and approved funds to rebuild the north shed of the ferry terminal, which was gutted by fire on Tuesday.',
      'Thursday',
      'The harbour board met on Thursday and approved funds to rebuild the north shed of the ferry terminal …',
    ],
    // a month is no name a relative clause tells of
    ['The phone was rumored to be released in May, which seems likely given the news today.', 'today', null],
    // a name is a noun phrase a relative clause tells of too
    [
      'Board members met on Thursday at Gullport Pier, which burned on Tuesday.',
      'Tuesday',
      '… Gullport Pier, which burned on Tuesday.',
    ],
    // past a comma after the relative clause the date is the main clause's again
    ['Her job was better than a desk all day, which gets dull, she told a magazine in 1998.', '1998', null],
    // an "after" tied to a measure of time or an adverb before it splits no clause
    ['She hosted the gala again in 2005, just three weeks after the harbour flood.', '2005', null],
    [
      'The ferry was back in service in 2019, shortly after the new pier opened; the old one was torn down.',
      '2019',
      'The ferry was back in service in 2019, shortly after the new pier opened …',
    ],
  ];
  for (const [sentence, date, expected] of cases) {
    test(sentence, () => assert.equal(clauseAround(sentence, sentence.indexOf(date)), expected));
  }
});
