import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Figure, Report } from '../../model/index.ts';
import { article, report, story } from '../fixtures/story.ts';
import { figuresSection } from './figures.ts';

// Two invented articles telling one figure, each with its own qualifier, and one naming its source.
const A1 = 'About 900 cars cross the causeway daily, the port said.';
const A2 = 'An estimated 900 cars cross the causeway every day.';
const withText = (id: string, outlet: string, text: string) => ({
  ...article(id, outlet, null),
  text,
  body: [text],
  paragraphs: [{ kind: 'text' as const, span: { start: 0, end: text.length } }],
});

const figure = (tellings: Figure['tellings']): Figure => ({
  id: 's1-f1',
  value: 900,
  valueHigh: null,
  unit: null,
  counts: 'cars',
  qualifier: 'about',
  period: 'a day',
  attributedTo: 'port',
  text: 'About 900 cars',
  occurrences: [
    { articleId: 'a1', span: { start: 0, end: 14 } },
    { articleId: 'a2', span: { start: 0, end: 21 } },
  ],
  ...(tellings ? { tellings } : {}),
});

const reportOf = (f: Figure): [Report['stories'][number], Report] => {
  const s = { ...story, articleIds: ['a1', 'a2'], figures: [f] };
  return [
    s,
    {
      ...report,
      articles: [withText('a1', 'Causeway Courier', A1), withText('a2', 'Bay Radio', A2)],
      stories: [s],
    },
  ];
};

const TOLD = figure([
  { qualifier: 'about', period: 'a day', attributedTo: 'port' },
  { qualifier: 'an estimated', period: 'a day', attributedTo: null },
]);

test('figures table: each article’s own qualifier and source, cited where they differ', () => {
  const [s, r] = reportOf(TOLD);
  const row = figuresSection.markdown(s, r).split('\n')[2] ?? '';
  const cells = row.split(' | ');
  // value, counts, qualifier, period, source, wordings
  assert.equal(cells[2], 'about [a1]; an estimated [a2]');
  assert.equal(cells[3], 'a day');
  assert.equal(cells[4], 'port [a1]');
  assert.match(row, /“About 900 cars”; “An estimated 900 cars” \[a1\]\[a2\]/);
});

test('figures list (html): a qualifier or source only some articles give is named with them', () => {
  const [s, r] = reportOf(TOLD);
  const html = figuresSection.html(s, r);
  assert.match(
    html,
    /about \(Causeway Courier\) · an estimated \(Bay Radio\) · a day · according to port \(Causeway Courier\)/,
  );
});

test('figures table: a figure without tellings (an older report) shows its own fields', () => {
  const [s, r] = reportOf(figure(undefined));
  const cells = (figuresSection.markdown(s, r).split('\n')[2] ?? '').split(' | ');
  assert.deepEqual(cells.slice(2, 5), ['about', 'a day', 'port']);
});

test('figures in HTML: the group heading is written as the unit is (USD, not usd)', () => {
  const dollars: Figure = { ...figure(undefined), unit: 'USD', counts: null, text: '$900' };
  const [s, r] = reportOf(dollars);
  const html = figuresSection.html(s, r);
  assert.match(html, /<h4>USD<\/h4>/);
  assert.doesNotMatch(html, /<h4>usd/);
});

test("figures table: an article's source is its first telling's: a figure it states itself first names none (newuser24 #6)", () => {
  // a1 tells the figure twice, first in its own voice, then as a source's; a2 first as the port's
  const base = figure(undefined);
  const twice: Figure = {
    ...base,
    attributedTo: 'port',
    occurrences: [
      { articleId: 'a1', span: { start: 0, end: 14 } },
      { articleId: 'a1', span: { start: 0, end: 14 } },
      { articleId: 'a2', span: { start: 0, end: 21 } },
      { articleId: 'a2', span: { start: 0, end: 21 } },
    ],
    tellings: [
      { qualifier: 'about', period: 'a day', attributedTo: null },
      { qualifier: 'about', period: 'a day', attributedTo: 'harbour analysts' },
      { qualifier: 'about', period: 'a day', attributedTo: 'port' },
      { qualifier: 'about', period: 'a day', attributedTo: null },
    ],
  };
  const [s, r] = reportOf(twice);
  const cells = (figuresSection.markdown(s, r).split('\n')[2] ?? '').split(' | ');
  assert.equal(cells[4], 'port [a2]');
  assert.doesNotMatch(figuresSection.html(s, r), /harbour analysts/);
});
