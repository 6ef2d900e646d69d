import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { before, describe, test } from 'node:test';
import { loadManifest, withManifest } from '../src/cli/manifest.ts';
import { collectInputs } from '../src/io/files.ts';
import { createContext, type Report, ReportSchema, type Story } from '../src/model/index.ts';
import { analyze } from '../src/pipeline.ts';
import { assertGolden } from './golden.ts';

// The bundled example (examples/README.md is its answer key): the report's golden file, and the
// features the example was written to show, checked one by one.
const FOLDER = new URL('../examples/harbor-bridge', import.meta.url).pathname;
const GOLDEN = new URL('./fixtures/examples-harbor-bridge/expected.json', import.meta.url).pathname;

describe('the harbor-bridge example', () => {
  let report: Report;
  let story: Story;
  const idOf = (file: string) => report.articles.find((a) => a.source.endsWith(file))?.id as string;
  // read as the command line reads it: the folder's manifest.csv names the outlets, never an article
  before(async () => {
    const inputs = await collectInputs([relative(process.cwd(), FOLDER)], async () => new Uint8Array());
    const manifest = await loadManifest(undefined, inputs, () => {});
    const ctx = createContext({ now: new Date('2025-03-07T12:00:00Z') });
    report = ReportSchema.parse(analyze(inputs.files, withManifest({}, manifest), ctx));
    story = report.stories[0] as Story;
  });

  test('matches its golden report (UPDATE=1 npm test rewrites it)', () => {
    assertGolden(GOLDEN, report);
  });

  test('six bridge articles make one story and the festival piece another', () => {
    assert.deepEqual(
      report.stories.map((s) => s.articleIds.length),
      [6, 1],
    );
    assert.deepEqual(report.stories[1]?.articleIds, [idOf('07-courier-chowder-festival.txt')]);
  });

  test('no boilerplate in any body; the headline-less wire story has no found title', () => {
    for (const article of report.articles)
      for (const needle of [
        'Font Size:',
        'RELATED:',
        'Read More:',
        'Also Read:',
        'Read Next:',
        'Related Posts',
        'Leave a Comment',
        'Denial of responsibility',
        'Credit: Shorelight',
      ])
        assert.ok(!article.text.includes(needle), `${article.source} has "${needle}"`);
    const wire = report.articles.find((a) => a.id === idOf('02-tidewater-tribune.txt'));
    assert.ok(wire?.title === null || wire?.titleInferred === true);
  });

  test('the aggregator copy points at the wire story it republishes', () => {
    const copy = report.articles.find((a) => a.id === idOf('03-newsdrift-hub.txt'));
    assert.equal(copy?.syndicatedFrom, idOf('02-tidewater-tribune.txt'));
  });

  test('the HTML page gives its outlet and date', () => {
    const epr = report.articles.find((a) => a.id === idOf('05-estuary-public-radio.html'));
    assert.equal(epr?.outlet, 'Estuary Public Radio');
    assert.match(epr?.publishedAt ?? '', /^2025-03-05/);
  });

  test('the mayor and the engineer are one entity each, whatever the spelling', () => {
    const people = story.entities.filter((e) => e.kind === 'person');
    const okafor = people.filter((e) => [e.name, ...e.aliases].some((n) => /Okafor/.test(n)));
    assert.equal(okafor.length, 1, JSON.stringify(okafor.map((e) => e.name)));
    const engineer = people.filter((e) => [e.name, ...e.aliases].some((n) => /Qui[nñ]onero/.test(n)));
    assert.equal(engineer.length, 1, JSON.stringify(engineer.map((e) => e.name)));
  });

  test('the 80,000-a-day traffic estimate is one figure in two outlets; the wire’s bound and the containers are apart', () => {
    const traffic = story.figures.filter((f) => f.value === 80000 && f.occurrences.length >= 2);
    const of = (f: (typeof traffic)[number]) => new Set(f.occurrences.map((o) => o.articleId));
    const estimate = traffic.find((f) => of(f).has(idOf('01-norhaven-courier.txt')));
    assert.ok(estimate, JSON.stringify(story.figures.filter((f) => f.value === 80000)));
    assert.ok(of(estimate).has(idOf('04-daily-beacon.txt')));
    assert.ok(!of(estimate).has(idOf('06-norhaven-business-journal.json')));
    // "As many as 80,000 cars": a bound, another measure than "about 80,000 vehicles a day"
    assert.ok(!of(estimate).has(idOf('02-tidewater-tribune.txt')));
    assert.deepEqual(
      estimate.tellings?.map((t) => t.qualifier),
      ['about', 'an estimated'],
    );
  });

  test('the outcome of the talks is a difference to check; the summary is cited throughout; the closure is dated', () => {
    assert.ok(story.differences?.some((c) => c.kind === 'outcome'));
    assert.ok(!story.conflicts.some((c) => c.kind === 'outcome'));
    assert.ok(story.summary.length > 0);
    for (const sentence of story.summary) assert.ok(sentence.citations.length > 0, sentence.text);
    assert.ok(story.timeline.some((e) => e.date === '2025-03-03'));
  });
});
