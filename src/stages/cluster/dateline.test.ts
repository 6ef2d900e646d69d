import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SegmentedArticle } from '../../model/index.ts';
import { articleFeatures } from './features.ts';
import { segmented } from './test-articles.ts';

// Invented wire stories filed from one city by one agency: the dateline is where and by whom each was
// filed, no participant or lead word the stories share.
const ARTICLES = [
  {
    title: 'Ferry runs aground off Gull Point',
    text: 'HARBOURTON (AP) — The ferry Marla ran aground off Gull Point on Tuesday. No one was hurt.',
  },
  {
    title: 'Council votes to close two schools',
    text: 'HARBOURTON (AP) — The city council voted to close two primary schools. Parents protested.',
  },
  {
    title: 'Dockers walk out over pay',
    text: 'PORT ELLIS, Marrow Isle (Reuters) - Dockers walked out over pay. Harbourton was quiet.',
  },
];

test("a wire dateline's place and agency are no names, lead or body words of the article", () => {
  const [ferry, council, dockers] = segmented(ARTICLES).map((d) => articleFeatures(d as SegmentedArticle));
  for (const f of [ferry, council]) {
    assert.equal(f?.names.has('ap'), false);
    assert.equal(f?.names.has('harbourton'), false);
    assert.equal(f?.lead.has('harbourton'), false);
    assert.equal(f?.body.has('harbourton'), false);
  }
  assert.equal(ferry?.names.has('gull point'), true);
  assert.equal(dockers?.names.has('reuters'), false);
  assert.equal(dockers?.names.has('marrow isle'), false);
  // the place named in the story itself still counts
  assert.equal(dockers?.names.has('harbourton'), true);
});
