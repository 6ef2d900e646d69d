import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UsageError } from '../io/files.ts';
import { report as fixtureReport, story as fixtureStory } from '../report/fixtures/story.ts';
import { finalLine, outputChoice, type ReportCounts, reportFormat, selfCheckLines } from './output.ts';

test('reportFormat: --format wins, else the output extension, else Markdown', () => {
  const cases: [string | undefined, string | undefined, string][] = [
    [undefined, undefined, 'md'],
    [undefined, 'report.html', 'html'],
    [undefined, 'out/Report.HTM', 'html'],
    [undefined, 'report.json', 'json'],
    [undefined, 'notes.markdown', 'md'],
    [undefined, 'report', 'md'],
    ['json', 'report.html', 'json'],
    ['markdown', undefined, 'md'],
    ['HTML', 'report.pdf', 'html'],
  ];
  for (const [format, output, expected] of cases)
    assert.equal(reportFormat(format, output), expected, `${format} ${output}`);
});

test('reportFormat: an unknown format or output extension is a usage error', () => {
  const cases: [string | undefined, string | undefined, RegExp][] = [
    ['pdf', undefined, /unknown format "pdf"/],
    ['constructor', 'y.json', /unknown format "constructor"/],
    ['__proto__', undefined, /unknown format "__proto__"/],
    ['toString', undefined, /unknown format "toString"/],
    [undefined, 'report.pdf', /cannot tell the report format from "report\.pdf"/],
    [undefined, 'report.txt', /name it \.md, \.json, \.html or \.csv, or pass --format/],
  ];
  for (const [format, output, message] of cases)
    assert.throws(
      () => reportFormat(format, output),
      (e: Error) => e instanceof UsageError && message.test(e.message),
    );
});

test('outputChoice: --table is CSV; CSV takes one table; --table goes with no other format', () => {
  const cases: [string | undefined, string | undefined, string | undefined, unknown][] = [
    [undefined, undefined, undefined, { format: 'md' }],
    [undefined, 'r.html', undefined, { format: 'html' }],
    [undefined, undefined, 'quotes', { format: 'csv', table: 'quotes' }],
    [undefined, 'out/facts.CSV', 'coverage', { format: 'csv', table: 'coverage' }],
    [undefined, 'tone', 'tone', { format: 'csv', table: 'tone' }],
    ['csv', 'r.txt', 'framing', { format: 'csv', table: 'framing' }],
  ];
  for (const [format, output, table, expected] of cases)
    assert.deepEqual(outputChoice(format, output, table), expected, `${format} ${output} ${table}`);
  const errors: [string | undefined, string | undefined, string | undefined, RegExp][] = [
    [
      'csv',
      undefined,
      undefined,
      /^CSV is one table: add --table with one of articles, coverage, quotes, framing, tone$/,
    ],
    [undefined, 'r.csv', undefined, /^CSV is one table/],
    [
      undefined,
      undefined,
      'constructor',
      /^unknown table "constructor" \(articles, coverage, quotes, framing, tone\)$/,
    ],
    ['md', undefined, 'quotes', /^--table writes CSV, not Markdown/],
    [undefined, 'r.json', 'quotes', /^--table writes CSV, not JSON/],
  ];
  for (const [format, output, table, message] of errors)
    assert.throws(
      () => outputChoice(format, output, table),
      (e: Error) => e instanceof UsageError && message.test(e.message),
      `${format} ${output} ${table}`,
    );
});

test('finalLine: what was written and how many stories, articles and skipped inputs', () => {
  const counts = (stories: number, articles: number, errors = 0, warnings = 0): ReportCounts => ({
    stories: Array(stories).fill({}),
    articles: Array(articles).fill({}),
    issues: [...Array(errors).fill({ severity: 'error' }), ...Array(warnings).fill({ severity: 'warning' })],
  });
  const cases: [ReportCounts, 'md' | 'json' | 'html', string | undefined, string][] = [
    [counts(2, 7), 'html', 'report.html', 'wrote report.html (HTML): 2 stories from 7 articles'],
    [counts(1, 1), 'md', undefined, 'wrote the Markdown report to standard output: 1 story from 1 article'],
    [counts(1, 3, 2, 5), 'json', 'r.json', 'wrote r.json (JSON): 1 story from 3 articles; 2 inputs skipped'],
    [
      counts(0, 1200, 1),
      'md',
      'a.md',
      'wrote a.md (Markdown): 0 stories from 1,200 articles; 1 input skipped',
    ],
  ];
  for (const [report, format, output, expected] of cases)
    assert.equal(finalLine(report, format, output), expected);
  assert.equal(
    finalLine(counts(2, 7), 'csv', 'q.csv', 'quotes'),
    'wrote q.csv (CSV, the quotes table): 2 stories from 7 articles',
  );
  assert.equal(
    finalLine(counts(1, 2), 'csv', undefined, 'tone'),
    'wrote the tone table as CSV to standard output: 1 story from 2 articles',
  );
});

test('finalLine: files of other types in the folders are named, not passed over in silence', () => {
  const unsupported = (source: string) => ({ severity: 'info' as const, code: 'ingest/unsupported', source });
  const report: ReportCounts = {
    stories: [{}],
    articles: [{}, {}],
    issues: [unsupported('in/scan.pdf'), { severity: 'info', code: 'clean/no-title', source: 'in/a.txt' }],
  };
  assert.equal(
    finalLine(report, 'md', 'r.md'),
    'wrote r.md (Markdown): 1 story from 2 articles; 1 file of another type passed over: scan.pdf',
  );
  const many = {
    ...report,
    issues: ['a.pdf', 'b.docx', 'c.rtf', 'd.odt'].map((name) => unsupported(`in/${name}`)),
  };
  assert.match(
    finalLine(many, 'md', 'r.md'),
    /2 articles; 4 files of other types passed over: a\.pdf, b\.docx, c\.rtf, …$/,
  );
});

test('selfCheckLines: a fact’s marks count the other articles, not the fact’s own', () => {
  // the invented fact is a1's own claim (a1 supports it) and a2 contradicts it
  assert.equal(fixtureStory.facts[0]?.coverage.a1?.mark, 'supports');
  const [line] = selfCheckLines(fixtureReport);
  assert.match(line ?? '', /^s1: 1 fact \(other articles: 0 ✓, 1 ✗, 0 ◷\); /);
});

test('selfCheckLines: an earlier value its article has since updated is ↻, not ✓, as in the coverage table', () => {
  const fact = fixtureStory.facts[0] as (typeof fixtureStory.facts)[number];
  const coverage = {
    ...fact.coverage,
    a2: {
      mark: 'supports' as const,
      evidence: { articleId: 'a2', span: { start: 0, end: 10 } },
      reason: 'gives an earlier value: its own update since gives three',
      told: 'updated' as const,
    },
  };
  const story = { ...fixtureStory, facts: [{ ...fact, coverage }] };
  const [line] = selfCheckLines({ ...fixtureReport, stories: [story] });
  assert.match(line ?? '', /^s1: 1 fact \(other articles: 0 ✓, 0 ✗, 0 ◷, 1 ↻\); /);
});

test('selfCheckLines: each cited pair that fails the self-check is named by its two sentences', () => {
  // the invented story's first two sentences of a1, one cited for the other
  const [a] = fixtureReport.articles;
  assert.ok(a);
  const [first, second] = a.text.split(/(?<=\.) /);
  const span = (start: number, text: string) => ({
    articleId: a.id,
    span: { start, end: start + text.length },
  });
  const claim = span(0, first ?? '');
  const evidence = span(a.text.indexOf(second ?? ''), second ?? '');
  const check = { pairs: 2, holding: 1, share: 0.5, failing: [{ claim, evidence }] };
  const lines = selfCheckLines({ ...fixtureReport, stories: [{ ...fixtureStory, check }] });
  const failing = lines.filter((l) => l.includes('self-check fails'));
  assert.equal(failing.length, 1, lines.join('\n'));
  const words = (t: string | undefined) => (t ?? '').split(' ').slice(0, 3).join(' ');
  assert.ok(failing[0]?.startsWith(`s1: self-check fails: [${a.id}] “${words(first)}`), failing[0]);
  assert.ok(failing[0]?.includes(`is cited to [${a.id}] “${words(second)}`), failing[0]);
  // a story whose pairs all hold names none
  assert.equal(selfCheckLines(fixtureReport).filter((l) => l.includes('self-check fails')).length, 0);
});
