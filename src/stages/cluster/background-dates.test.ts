import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type SegmentedArticle } from '../../model/index.ts';
import { ownFullDates } from './background-dates.ts';
import { articleFeatures } from './features.ts';
import { cluster } from './index.ts';
import { partition, segmented } from './test-articles.ts';

// An invented potter's death, told by three outlets: two give a publication date, the third none, and
// its second sentence gives her birth date. Dated by it, the third lay 93 years from its story.
const DEATH: Record<string, string>[] = [
  {
    title: 'Dorrin potter Ilse Varga dies at 93',
    publishedAt: '2024-11-08',
    text: 'Ilse Varga, whose glazed bowls made the Dorrin kilns known across Vessmark, died on Thursday at her home in Dorrin. She was 93.\n\nHer son Per Varga said she had worked at the kiln until last spring.',
  },
  {
    title: 'Ilse Varga, the potter of the Dorrin kilns, has died',
    publishedAt: '2024-11-09',
    text: 'The potter Ilse Varga died on Thursday in Dorrin, her son Per Varga said. Her glazed bowls are in museums across Vessmark.\n\nShe had worked at the Dorrin kilns for seventy years.',
  },
  {
    title: 'Potter Ilse Varga dies in Dorrin',
    text: 'Ilse Varga, the potter whose glazed bowls made the Dorrin kilns known, died on Thursday, her son Per Varga said. Varga was born in Kallin on April 2, 1931, and moved to Dorrin as a girl.\n\nShe worked at the kilns until last spring.',
  },
];

test("an undated article is not dated by a birth its opening tells, and joins its story's dated ones", () => {
  const docs = segmented(DEATH);
  assert.equal(articleFeatures(docs[2] as SegmentedArticle).day, null);
  assert.deepEqual(partition(cluster()(docs, createContext())), [['a1', 'a2', 'a3']]);
});

test("ownFullDates: an article's own full dates, in order; with an opening, its headline's too and no later", () => {
  const [doc] = segmented([
    {
      title: 'Tarrow ferry sinks on May 4, 2026',
      text: 'The Tarrow ferry sank on May 4, 2026, the harbour office said. Its captain was born on June 1, 1970.\n\nAn inquiry opens on June 9, 2026, and will report on October 1, 2026.',
    },
  ]);
  const dates = (opening?: number) =>
    [...ownFullDates(doc as SegmentedArticle, opening)].map((d) => [d.mention.text, d.at < 0]);
  // the birth told past the first sentence is another time's: never one of the article's own
  assert.deepEqual(dates(), [
    ['May 4, 2026', false],
    ['June 9, 2026', false],
    ['October 1, 2026', false],
  ]);
  assert.deepEqual(dates(70), [
    ['May 4, 2026', true],
    ['May 4, 2026', false],
  ]);
});
