import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SegmentedArticle } from '../../model/index.ts';
import { articleFeatures } from './features.ts';
import { articleFeatures as exported } from './index.ts';
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
      'a date without a year does not date it',
      { text: 'The mill shut on March 9 after a fire.' },
      null,
      null,
    ],
  ];
  for (const [name, record, iso, kind] of dated)
    test(name, () => {
      const f = articleFeatures(segmented([record])[0] as SegmentedArticle);
      const day = f.day === null ? null : new Date(f.day * 86_400_000).toISOString().slice(0, 10);
      assert.equal(day, iso);
      if (kind) assert.equal(f.dateSource?.kind, kind);
      else if (iso) assert.ok(f.dateSource !== null);
    });
});
