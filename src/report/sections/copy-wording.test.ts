import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../model/index.ts';
import { analyze } from '../../pipeline.ts';
import { article } from '../fixtures/story.ts';
import { renderReport } from '../index.ts';
import { toldAsCopy } from './articles.ts';

// A wire's own text saved with no date beside a paper's dated run of it was said to "republish" the
// paper ("COPY OF Harrow Daily" on its card): the undated one is ranked the copy, but which came first
// is not known. An undated copy is "the same text as" its original; a dated one still republishes it.
// Invented articles.

const WIRE = [
  'VELMOOR (Valley Wire) - The Velmoor City Council voted 7-4 on Tuesday to cut the town library budget by 40 percent and close three of its nine branches.',
  'The cut reduces the library budget from $5 million to $3 million in 2027.',
  '"Nobody on this council wanted to do this, but the deficit left us no choice," Mayor Hella Brandt told reporters.',
  'The branches in Ashgrove, Millbrook and Quayside are due to close on March 1, 2027.',
].join('\n\n');

function report(records: object[]) {
  const bytes = new TextEncoder().encode(records.map((r) => JSON.stringify(r)).join('\n'));
  return analyze([{ path: 'desk.jsonl', bytes }], {}, createContext());
}

test('an undated copy is "the same text as" its original, a dated one republishes it', () => {
  const out = report([
    {
      title: 'Council votes to cut library budget',
      outlet: 'Harrow Daily',
      publishedAt: '2026-11-18T08:05:00+01:00',
      text: WIRE,
    },
    { title: 'Council votes to cut library budget', outlet: 'Valley Wire', text: WIRE },
    {
      title: 'Library cuts approved in Velmoor',
      outlet: 'Eastmarch Herald',
      publishedAt: '2026-11-18T09:30:00+01:00',
      text: WIRE,
    },
  ]);
  const md = renderReport(out, 'md');
  assert.match(
    md,
    /Valley Wire: .*the same text as Harrow Daily \[a1\] \(no date: which came first is not known\)/,
  );
  assert.match(md, /Eastmarch Herald: .*republishes Harrow Daily \[a1\]/);
  assert.doesNotMatch(md, /Valley Wire: .*republishes/);
  const html = renderReport(out, 'html');
  // (the undated one's card: the same text, which came first not known; docs/usage.md)
  assert.match(html, /Same text as<\/span> Harrow Daily/);
  assert.match(html, /Copy of<\/span> Harrow Daily/);
});

// newuser20 #3: a release two outlets ran at the same minute was told as one republishing the other,
// which one by the order of the files' names.
test('two copies published at the same time: "the same text as", never republishing, whichever comes first', () => {
  for (const order of [
    ['Harrow Daily', 'Eastmarch Herald'],
    ['Eastmarch Herald', 'Harrow Daily'],
  ]) {
    const out = report(
      order.map((outlet) => ({
        title: 'Council votes to cut library budget',
        outlet,
        publishedAt: '2026-11-18T09:30:00+01:00',
        text: WIRE,
      })),
    );
    const md = renderReport(out, 'md');
    assert.match(md, /the same text as .* \(published at the same time: which came first is not known\)/);
    assert.doesNotMatch(md, /republishes/);
    assert.match(renderReport(out, 'html'), /Same text as<\/span>/);
    const copy = out.articles.find((a) => a.syndicatedFrom !== null);
    assert.match(copy?.syndicationNote ?? '', /published at the same time/);
  }
});

// A day alone tells no time: two copies of one day, one or both dated by the day only, are told as
// published the same day, not at the same time, and neither republishes the other.
test('two copies of one day, one dated by its day alone: "the same text as", published the same day', () => {
  for (const times of [
    ['2026-11-18', '2026-11-18'],
    ['2026-11-18', '2026-11-18T09:30:00+01:00'],
    ['2026-11-18T09:30:00+01:00', '2026-11-18'],
  ]) {
    const out = report(
      ['Harrow Daily', 'Eastmarch Herald'].map((outlet, i) => ({
        title: 'Council votes to cut library budget',
        outlet,
        publishedAt: times[i],
        text: WIRE,
      })),
    );
    const md = renderReport(out, 'md');
    assert.match(
      md,
      /the same text as .* \(published the same day: which came first is not known\)/,
      String(times),
    );
    assert.doesNotMatch(md, /republishes|at the same time/);
    const copy = out.articles.find((a) => a.syndicatedFrom !== null);
    assert.match(copy?.syndicationNote ?? '', /published the same day/);
  }
});

test("a dated copy whose original is not among the report's articles still republishes it", () => {
  // a story's report in the store may hold a copy whose original was grouped into another story:
  // its date is not known here, so 'no date: which came first is not known' would tell what is not so
  const dated = { ...article('a2', 'Eastmarch Herald', null), syndicatedFrom: 'a9' };
  assert.equal(toldAsCopy(dated, undefined), true);
  assert.equal(toldAsCopy({ ...dated, publishedAt: null }, undefined), false);
  // beside an undated original in the report: which came first is not known
  assert.equal(toldAsCopy(dated, { ...article('a9', 'Valley Wire', null), publishedAt: null }), false);
  const earlier = { ...article('a9', 'Harrow Daily', null), publishedAt: '2024-03-14T07:00:00Z' };
  assert.equal(toldAsCopy(dated, earlier), true);
  // (one published at the same instant is no original of it: the same text)
  assert.equal(toldAsCopy(dated, article('a9', 'Harrow Daily', null)), false);
});
