import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type SegmentedArticle } from '../../model/index.ts';
import { articleFeatures } from './features.ts';
import { cluster } from './index.ts';
import { LATER_LEAD_WEIGHT } from './patterns.ts';
import { partition, segmented } from './test-articles.ts';

// Invented articles: a warehouse fire and a ferry strike at one harbour, each outlet's second sentence
// giving the harbour's setting in much the same words.
const SETTING = [
  'Pellham harbour, the busiest port on the Dorrin coast, handles four million passengers and thousands of cargo ships a year.',
  'Pellham harbour is the busiest port on the Dorrin coast and handles four million passengers and thousands of cargo ships each year.',
];
const ARTICLES = [
  {
    title: 'Fire guts grain warehouse on east quay',
    text: `Flames gutted a grain warehouse on the east quay overnight. ${SETTING[0]}`,
  },
  {
    title: 'Grain store burns on the east quay',
    text: `A blaze destroyed a grain store on the east quay before dawn. ${SETTING[1]}`,
  },
  {
    title: 'Ferry crews strike over pay',
    text: `Ferry crews walked off the job over pay on Monday. ${SETTING[0]}`,
  },
  {
    title: 'Ferry workers stage walkout over wages',
    text: `Ferry workers stopped the crossings in a dispute over wages. ${SETTING[1]}`,
  },
];

test('under a headline, the lead sentence after the first counts at LATER_LEAD_WEIGHT; without one, whole', () => {
  const [titled, untitled] = segmented([
    ARTICLES[0] as Record<string, string>,
    `Flames gutted a grain warehouse on the east quay overnight. ${SETTING[0]}`,
  ]);
  assert.equal(articleFeatures(titled as SegmentedArticle).lead.get('passenger'), LATER_LEAD_WEIGHT);
  assert.equal(articleFeatures(untitled as SegmentedArticle).lead.get('passenger'), 1);
});

test("a harbour's setting told alike does not make its fire and its strike one story", () => {
  const docs = segmented(ARTICLES);
  const ids = docs.map((d) => d.article.id);
  assert.deepEqual(partition(cluster()(docs, createContext())), [
    [ids[0], ids[1]],
    [ids[2], ids[3]],
  ]);
});
