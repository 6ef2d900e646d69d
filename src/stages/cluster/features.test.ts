import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SegmentedArticle } from '../../model/index.ts';
import { type DateSource, dateSourceLabel } from './article-day.ts';
import { articleFeatures } from './features.ts';
import { createGrouper, articleFeatures as exported } from './index.ts';
import { LEAD_PAIR_WEIGHT } from './patterns.ts';
import { segmented } from './test-articles.ts';

describe('articleFeatures', () => {
  test('names are runs of proper nouns plus their words; lead terms include the headline', () => {
    const [doc] = segmented([
      {
        title: 'Mayor Ilse Varga opens Dorrin bridge',
        text: 'Ilse Varga opened the bridge at Dorrin on Friday.',
      },
    ]);
    const f = articleFeatures(doc as SegmentedArticle);
    assert.ok(
      f.names.has('ilse varga') && f.names.has('varga') && f.names.has('dorrin'),
      String([...f.names.keys()]),
    );
    assert.ok(f.lead.has('bridg') && f.lead.has('open'), String([...f.lead.keys()]));
    // the shared stemmer meets "opens" (the headline, counted twice) and "opened" in one key
    assert.equal(f.lead.get('open'), 3);
    assert.equal(exported, articleFeatures);
  });

  test('an outlet\'s own name (a name line, "the Gazette reported") is no name of its story; another outlet\'s is', () => {
    const text =
      'The Kestrel Gazette\n\nCrews from Dorrin repaired the pier on Friday, the Gazette reported, and the Kestrel Gazette photographed it.';
    const [own, other] = segmented([
      { outlet: 'The Kestrel Gazette', title: 'Dorrin pier repaired', text },
      { outlet: 'Valley Post', title: 'Dorrin pier repaired', text },
    ]).map((d) => articleFeatures(d as SegmentedArticle).names);
    const keys = (names: ReadonlyMap<string, number> | undefined) => [...(names?.keys() ?? [])];
    assert.ok(own?.has('dorrin') && !own.has('kestrel gazette') && !own.has('gazette'), String(keys(own)));
    assert.ok(other?.has('kestrel gazette') && other.has('gazette'), String(keys(other)));
  });

  test('a broadcaster named after its town ("Radio Orlund") keeps the town as a name of its stories', () => {
    const text =
      'Crews from Dorrin repaired the Orlund pier on Friday. Orlund harbour reopened at noon, Radio Orlund reported.';
    const [radio, paper] = segmented([
      { outlet: 'Radio Orlund', title: 'Orlund pier repaired', text },
      { outlet: 'The Orlund Post', title: 'Orlund pier repaired', text },
    ]).map((d) => articleFeatures(d as SegmentedArticle).names);
    const keys = (names: ReadonlyMap<string, number> | undefined) => [...(names?.keys() ?? [])];
    assert.ok(radio?.has('orlund') && !radio.has('radio orlund'), String(keys(radio)));
    assert.ok(paper?.has('orlund') && !paper.has('post'), String(keys(paper)));
  });

  const headlines: [string, string, boolean][] = [
    ['a headline in sentence case gives its names', 'A storm shuts Pellham harbour for a week', true],
    [
      'a headline in Title Case gives none (its capitals are no names)',
      'A Storm Shuts Pellham Harbour For A Week',
      false,
    ],
  ];
  for (const [name, title, found] of headlines)
    test(name, () => {
      const [doc] = segmented([{ title, text: 'The coast guard moved the fishing boats inland on Sunday.' }]);
      const f = articleFeatures(doc as SegmentedArticle);
      assert.equal(f.names.has('pellham'), found, String([...f.names.keys()]));
      assert.ok(!f.names.has('storm'), String([...f.names.keys()]));
    });

  const dated: [string, Record<string, string>, string | null, string | null][] = [
    [
      'a given publication date wins',
      { publishedAt: '2024-02-03', text: 'On March 9, 2021 the mill shut.' },
      '2024-02-03',
      'published',
    ],
    [
      'else the first full date of the opening',
      { text: 'KALLIN, March 9, 2021 — The mill shut on Tuesday.' },
      '2021-03-09',
      null,
    ],
    [
      'a birth told past the first sentence does not date it',
      { text: 'Ilse Varga, the Dorrin potter, died on Friday. Varga was born on April 2, 1931, in Kallin.' },
      null,
      null,
    ],
    [
      'nor a founding, and the next full date does',
      {
        text: 'The Pellham rowing club closed its boathouse. The club, founded on May 1, 1904, said on June 3, 2024 that it had no members left.',
      },
      '2024-06-03',
      'text',
    ],
    [
      'a birth that is the news of the first sentence dates it',
      { text: 'A daughter was born on March 9, 2029 to the Dorrin ferry keeper and his wife.' },
      '2029-03-09',
      'text',
    ],
    [
      'nor one the first sentence tells aside of its subject',
      { text: 'Ilse Varga, who was born on April 2, 1931 in Kallin, died at her Dorrin home on Thursday.' },
      null,
      null,
    ],
    [
      'a date of a like event recalled does not date it',
      { text: 'Kallin ferry crews walked out on Monday, as they did on May 3, 2023, over pay.' },
      null,
      null,
    ],
    [
      'a date without a year does not date it',
      { text: 'The mill shut on March 9 after a fire.' },
      null,
      null,
    ],
  ];
  test('a day read from the text says where it stood and how it was written', () => {
    const records: Record<string, string>[] = [
      { title: 'Mill shut on March 9, 2021', text: 'The Kallin mill shut after a fire.' },
      { text: 'The Kallin mill shut on March 9, 2021, after a fire.' },
      {
        text: 'The Kallin mill shut after a fire. Its owners said on March 9, 2021 that it would not reopen.',
      },
      // a wire dateline's date is the article's own: the clean stage reads it as its publication date
      { text: 'KALLIN, March 9, 2021 — The mill shut on Tuesday.' },
    ];
    const sources = segmented(records).map((d) =>
      dateSourceLabel(articleFeatures(d).dateSource as DateSource),
    );
    assert.deepEqual(sources, [
      'text:headline "March 9, 2021"',
      'text:first sentence "March 9, 2021"',
      'text:later sentence "March 9, 2021"',
      'published:text:wire-dateline',
    ]);
    assert.equal(dateSourceLabel({ kind: 'text' }), 'text');
    assert.equal(dateSourceLabel({ kind: 'published', from: 'manifest' }), 'published:manifest');
  });

  for (const [name, record, iso, kind] of dated)
    test(name, () => {
      const f = articleFeatures(segmented([record])[0] as SegmentedArticle);
      const day = f.day === null ? null : new Date(f.day * 86_400_000).toISOString().slice(0, 10);
      assert.equal(day, iso);
      if (kind) assert.equal(f.dateSource?.kind, kind);
      else if (iso) assert.ok(f.dateSource !== null);
    });

  test("the headline's adjacent words are one more lead key; a stop word or a figure parts them", () => {
    const [doc] = segmented([
      { title: 'Harbour levy vote delayed for 2 weeks', text: 'Pellham councillors met on Monday night.' },
    ]);
    const f = articleFeatures(doc as SegmentedArticle);
    for (const pair of ['harbor+levy', 'levy+vot', 'vot+delay'])
      assert.equal(f.lead.get(pair), 2 * LEAD_PAIR_WEIGHT, String([...f.lead.keys()]));
    // 'delayed for 2 weeks': a stop word and a figure between; the lead's sentences give no pairs
    assert.ok(![...f.lead.keys()].some((k) => /delay\+|#2\+|\+#2|\+week|councillor\+|meet\+/.test(k)));
  });

  test('an article meets the story that names its event by the same phrase before one using its words apart', () => {
    // the same words in both headlines; only the first names 'harbour levy' as the probe does
    const text = 'Pellham councillors met on Monday night.';
    const docs = segmented([
      { title: 'Harbour levy vote delayed', text },
      { title: 'Levy vote on harbour delayed', text },
      { title: 'Harbour levy doubled', text },
    ]);
    const [phrase, apart, probe] = docs.map((d) => articleFeatures(d)) as [
      ReturnType<typeof articleFeatures>,
      ReturnType<typeof articleFeatures>,
      ReturnType<typeof articleFeatures>,
    ];
    const scores = new Map<number, number>();
    const grouper = createGrouper({
      trace: (entry, scored) => {
        if (entry.id === probe.id) for (const c of scored) scores.set(c.story, c.parts.lead);
      },
    });
    for (const f of [phrase, apart, probe]) grouper.observe(f);
    const first = grouper.place(phrase, 1.1).story;
    const second = grouper.place(apart, 1.1).story;
    grouper.place(probe, 1.1);
    assert.ok((scores.get(first) as number) > (scores.get(second) as number), String([...scores]));
  });
});
