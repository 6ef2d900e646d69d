import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type SegmentedArticle } from '../../model/index.ts';
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
