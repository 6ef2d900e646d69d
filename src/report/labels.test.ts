import assert from 'node:assert/strict';
import test from 'node:test';
import type { Article } from '../model/index.ts';
import { createContext } from '../model/index.ts';
import { analyze } from '../pipeline.ts';
import { renderReport } from './index.ts';
import { articleLabels, baseLabel } from './labels.ts';
import { articleLabel } from './util.ts';

const stub = (id: string, source: string, outlet: string | null = null) =>
  ({ id, source, outlet }) as Article;

test('baseLabel: the outlet, else the file base name, never the bare id', () => {
  const cases: [Article, string][] = [
    [stub('a1', 'in/01-courier.txt', 'The Norhaven Courier'), 'The Norhaven Courier'],
    [stub('a2', 'in/02-tidewater-tribune.txt'), '02-tidewater-tribune'],
    [stub('a3', 'C:\\news\\beacon.HTML'), 'beacon'],
    [stub('a4', 'exports/wire.jsonl#3'), 'wire'],
    [stub('a5', '-'), 'stdin'],
    [stub('a6', 'notes/.txt'), '.txt'],
    [stub('a7', 'in/x.txt', '  '), 'x'],
  ];
  for (const [article, label] of cases) assert.equal(baseLabel(article), label, article.source);
});

test('articleLabels numbers the articles that share a label, in input order, and only those', () => {
  const labels = articleLabels([
    stub('a1', 'a.txt', 'Harbour Gazette'),
    stub('a2', 'b.txt', 'Quayside'),
    stub('a3', 'c.txt', 'harbour gazette'),
    stub('a4', 'wire.jsonl#1'),
    stub('a5', 'wire.jsonl#2'),
  ]);
  assert.deepEqual(Object.fromEntries(labels), {
    a1: 'Harbour Gazette (1)',
    a2: 'Quayside',
    a3: 'harbour gazette (2)',
    a4: 'wire (1)',
    a5: 'wire (2)',
  });
  assert.equal(articleLabel({ ...stub('a9', 'z.txt'), label: 'Set' }), 'Set');
  assert.equal(articleLabel(undefined), '?');
});

test("articleLabels numbers an outlet's articles within their story, in the story's order", () => {
  const articles = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id) => stub(id, `${id}.txt`, 'Harbour Gazette'));
  const stories = [{ articleIds: ['a1', 'a2', 'a4'] }, { articleIds: ['a5', 'a3'] }];
  // a story's three Gazette articles read (1), (2), (3), not (1), (2), (4) as counted across the run
  assert.deepEqual(
    Object.fromEntries(articleLabels([...articles, stub('a7', 'a7.txt', 'Quayside')], stories)),
    {
      a1: 'Harbour Gazette (1)',
      a2: 'Harbour Gazette (2)',
      a4: 'Harbour Gazette (3)',
      a5: 'Harbour Gazette (1)',
      a3: 'Harbour Gazette (2)',
      a6: 'Harbour Gazette',
      a7: 'Quayside',
    },
  );
});

test("articleLabels numbers an outlet's articles of a story by publication time, undated last", () => {
  const at = (id: string, publishedAt: string | null) =>
    ({ ...stub(id, `${id}.html`, 'Harbour Gazette'), publishedAt }) as Article;
  const articles = [
    at('a1', '2026-03-04T19:05:00Z'),
    at('a2', null),
    at('a3', '2026-03-04T09:30:00Z'),
    at('a4', '2026-03-03'),
  ];
  // the 09:30 first report is (2) by file order; by time it is the day's first, after the day before
  assert.deepEqual(Object.fromEntries(articleLabels(articles, [{ articleIds: ['a1', 'a2', 'a3', 'a4'] }])), {
    a4: 'Harbour Gazette (1)',
    a3: 'Harbour Gazette (2)',
    a1: 'Harbour Gazette (3)',
    a2: 'Harbour Gazette (4)',
  });
});

const QUAY = [
  'Pellworth quay reopens after storm repairs\n\nThe old fishing quay in Pellworth reopened on Friday after six weeks of storm repairs, the harbour board said.\n\nHarbour master Ines Calloway said the repairs cost $1.2 million and that boats could moor there again from Saturday.',
  'Storm-hit Pellworth quay open again\n\nPellworth’s fishing quay is open again after six weeks of repairs that followed the January storm, the harbour board said on Friday.\n\nThe repairs cost $1.2 million, harbour master Ines Calloway said, adding that boats could moor there from Saturday.',
  'Quay back in business after costly storm fix\n\nThe Pellworth fishing quay reopened on Friday after repairs that took six weeks and cost $1.2 million, the harbour board said.\n\nHarbour master Ines Calloway said boats could moor there again from Saturday.',
];

test('every format names the articles by label: table heads, legends, article list, JSON', () => {
  const records = QUAY.slice(0, 2).map((text) => ({ text, outlet: 'Harbour Gazette' }));
  const files = [
    { path: 'in/gazette.json', bytes: new TextEncoder().encode(JSON.stringify(records)) },
    { path: 'in/quay-3.txt', bytes: new TextEncoder().encode(QUAY[2] as string) },
  ];
  const report = analyze(files, {}, createContext());
  assert.equal(report.stories.length, 1);
  const md = renderReport(report, 'md');
  assert.match(md, /a1 = Harbour Gazette \(1\); a2 = Harbour Gazette \(2\); a3 = quay-3/);
  // the framing's tables have a column per outlet (its articles summed), an unnamed article by its label
  assert.match(md, /\| Tone \| Harbour Gazette, 2 articles \| quay-3 \|/);
  assert.match(md, /- \*\*\[a3\]\*\* quay-3: Quay back in business/);
  assert.doesNotMatch(md, /\ba(\d) = a\1\b/);
  const labels = { a1: 'Harbour Gazette (1)', a2: 'Harbour Gazette (2)', a3: 'quay-3' } as Record<
    string,
    string
  >;
  const problems = md.slice(md.indexOf('## Problems met'));
  for (const issue of report.issues.filter((i) => i.articleId))
    assert.ok(problems.includes(`${labels[issue.articleId as string]} [${issue.articleId}]: `), issue.code);
  const html = renderReport(report, 'html');
  assert.match(html, /<th scope="col" title="quay-3">quay-3<\/th>/);
  assert.match(html, /<p class="px-card-outlet">Harbour Gazette \(2\)/);
  const json = JSON.parse(renderReport(report, 'json'));
  assert.deepEqual(
    json.articles.map((a: Article) => a.label),
    ['Harbour Gazette (1)', 'Harbour Gazette (2)', 'quay-3'],
  );
  assert.equal(report.articles[0]?.label, undefined, 'rendering does not change the report');
});
