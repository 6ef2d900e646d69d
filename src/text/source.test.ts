import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SegmentedArticle } from '../model/index.ts';
import { articleOutletKey, oncePerSource, outletNameKey, sourceOf } from './source.ts';

const doc = (id: string, syndicatedFrom: string | null = null) =>
  ({ article: { id, syndicatedFrom }, sentences: [] }) as unknown as SegmentedArticle;

test('the independent source of each article, named by its first article in the story', () => {
  const cases: [SegmentedArticle[], Record<string, string>][] = [
    // no copies: each article is its own source
    [[doc('a1'), doc('a2')], { a1: 'a1', a2: 'a2' }],
    // a copy counts as its original, and a copy of a copy too
    [[doc('a1'), doc('a2', 'a1'), doc('a3', 'a2')], { a1: 'a1', a2: 'a1', a3: 'a1' }],
    // the original is not in the story: its copies are one source, shown under the first of them
    [[doc('b1', 'x9'), doc('b2'), doc('b3', 'x9')], { b1: 'b1', b2: 'b2', b3: 'b1' }],
    // a copy listed before its original is still the original's
    [[doc('c2', 'c1'), doc('c1')], { c2: 'c1', c1: 'c1' }],
  ];
  for (const [articles, expected] of cases)
    assert.deepEqual(Object.fromEntries(sourceOf(articles)), expected, JSON.stringify(expected));
});

test('a loop of copies ends', () => {
  const sources = sourceOf([doc('d1', 'd2'), doc('d2', 'd1')]);
  assert.equal(sources.size, 2);
});

test("an outlet's key: its name without case or outer spaces, else the article's own id", () => {
  const cases: [string | null, string][] = [
    ['The Gullport Herald', 'the gullport herald'],
    ['  THE GULLPORT HERALD ', 'the gullport herald'],
    ['', 'a7'],
    ['   ', 'a7'],
    [null, 'a7'],
  ];
  for (const [outlet, key] of cases) {
    assert.equal(articleOutletKey({ id: 'a7', outlet }), key, String(outlet));
    assert.equal(outletNameKey(outlet), key === 'a7' ? '' : key, String(outlet));
  }
});

// fixes33 (newuser11 #20): a copy and its original cited for one summary sentence are one source
test('one citation per independent source: the original kept over its copy, in the first place', () => {
  const sources = sourceOf([doc('a1'), doc('a2', 'a1'), doc('a3'), doc('a4', 'a9')]);
  const ids = (xs: { articleId: string }[]) => xs.map((x) => x.articleId);
  const cite = (...xs: string[]) => xs.map((articleId) => ({ articleId }));
  assert.deepEqual(ids(oncePerSource(cite('a2', 'a3', 'a1'), sources)), ['a1', 'a3']);
  assert.deepEqual(ids(oncePerSource(cite('a3', 'a2'), sources)), ['a3', 'a2']);
  assert.deepEqual(ids(oncePerSource(cite('a1', 'a2', 'a4'), sources)), ['a1', 'a4']);
});
