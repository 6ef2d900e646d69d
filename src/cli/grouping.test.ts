import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../model/index.ts';
import { analyze } from '../pipeline.ts';
import { FLOOD as FLOOD_REPORTS, FLOOD_WEEK } from '../stages/cluster/test-flood.ts';
import { groupingLines } from './grouping.ts';

// Two invented wire reports of one flood and an unrelated market piece.
const FLOOD = [
  'Floodwater cuts off Marrow Vale\n\nThe river Lenn burst its banks at Marrow Vale on Tuesday, and the mayor, Ines Caldera, closed the Lenn bridge.',
  'Mayor Ines Caldera kept the Lenn bridge closed on Wednesday as floodwater still covered Marrow Vale, where the river Lenn burst its banks.',
];
const MARKET = 'Cheese makers at the Ostrand market sold out of aged goat cheese by noon, stallholders said.';

test('--explain-grouping lines: each story with its topic, each article with its score and what it shares', () => {
  const files = [...FLOOD, MARKET].map((text, i) => ({
    path: `n${i}.txt`,
    bytes: new TextEncoder().encode(text),
  }));
  const report = analyze(files, { cluster: { explain: true } }, createContext());
  const lines = groupingLines(report);
  assert.match(lines[0] ?? '', /^s1 ".*" — topic t\d, no neighbour$/);
  const joined = lines.filter((l) => /^ {2}a[12] /.test(l));
  assert.equal(joined.length, 2, lines.join('\n'));
  for (const line of joined) {
    // "burst" is the main verb of both reports (src/text/tags.ts reads it as one): a trigger they share
    assert.match(
      line,
      /: [01]\.\d\d \(lead [01]\.\d\d, names [01]\.\d\d, body [01]\.\d\d, triggers 0\.[1-9]\d, named days disagree 0\.00\); names: .*Lenn.*; lead: .*\blen\b.*; triggers: burst, clos; named days: (Tuesday|Wednesday); /,
    );
    assert.match(line, /undated$/);
  }
  assert.ok(
    lines.some((l) => /^ {2}a3 .*alone in its story; undated$/.test(l)),
    lines.join('\n'),
  );
});

test('--explain-grouping shows how much the days an article names disagree with its story', () => {
  // a third report of the same flood that names another weekday: it still joins, with the penalty shown
  const late =
    'Floodwater cuts off Marrow Vale\n\nThe river Lenn burst its banks at Marrow Vale on Saturday, and the mayor, Ines Caldera, closed the Lenn bridge.';
  const files = [...FLOOD, late].map((text, i) => ({
    path: `n${i}.txt`,
    bytes: new TextEncoder().encode(text),
  }));
  const lines = groupingLines(analyze(files, { cluster: { explain: true } }, createContext()));
  const third = lines.find((l) => /^ {2}a3 /.test(l)) ?? '';
  assert.match(third, /named days disagree 1\.00\).*; named days: Saturday; /, lines.join('\n'));
  const first = lines.find((l) => /^ {2}a1 /.test(l)) ?? '';
  assert.match(first, /named days disagree 0\.50\).*; named days: Tuesday; /, lines.join('\n'));
});

test('--explain-grouping names the clear-winner rule when it joined an article below the join bar', () => {
  const files = FLOOD.map((text, i) => ({ path: `n${i}.txt`, bytes: new TextEncoder().encode(text) }));
  const report = analyze(files, { cluster: { explain: true } }, createContext());
  const [story] = report.stories;
  const [first, ...rest] = story?.grouping ?? [];
  assert.ok(story && first);
  const marked = { ...report, stories: [{ ...story, grouping: [{ ...first, clearWinner: true }, ...rest] }] };
  const lines = groupingLines(marked);
  assert.match(
    lines[1] ?? '',
    /; joined below the join bar \(0\.30\) by the clear-winner rule: .*; undated$/,
  );
  assert.doesNotMatch(lines[2] ?? '', /clear-winner/);
});

test('without --explain-grouping the report carries no grouping and the lines name only stories', () => {
  const files = FLOOD.map((text, i) => ({ path: `n${i}.txt`, bytes: new TextEncoder().encode(text) }));
  const report = analyze(files, {}, createContext());
  assert.equal(report.stories[0]?.grouping, undefined);
  assert.equal(groupingLines(report).length, report.stories.length);
});

test('--explain-grouping says when a site of another name kept an article out of the nearest story', () => {
  // invented: two fires in one town a day apart, at the Fenwick Mill and at the Tarrow depot
  const tellings = (site: string, when: string, publishedAt: string) => [
    {
      title: 'Fire in Harrowgate: crews fight blaze overnight',
      publishedAt,
      text: `Fire crews fought a large blaze at ${site} in Harrowgate on ${when}, the town's fire service said.\n\nFire chief Dana Whitlow said no one was hurt. Mayor Petra Linde thanked the crews.`,
    },
    {
      title: 'Harrowgate blaze: no one hurt, fire chief says',
      publishedAt,
      text: `A large fire broke out at ${site} in Harrowgate on ${when}, fire chief Dana Whitlow said.\n\nWhitlow said no one was hurt. Mayor Petra Linde said the town would help anyone affected.`,
    },
  ];
  const records = [
    ...tellings('the Fenwick Mill', 'Monday night', '2026-03-10'),
    ...tellings('the Tarrow depot', 'Tuesday night', '2026-03-11'),
  ];
  const files = records.map((r, i) => ({
    path: `f${i}.json`,
    bytes: new TextEncoder().encode(JSON.stringify(r)),
  }));
  const lines = groupingLines(analyze(files, { cluster: { explain: true } }, createContext()));
  const tarrow = lines.filter((l) => /^ {2}a[34] /.test(l));
  assert.equal(tarrow.length, 2, lines.join('\n'));
  for (const line of tarrow)
    assert.match(
      line,
      /; nearest other story s\d 0\.\d\d, another site, score halved \(tarrow \(building\); s\d: fenwick \(building\)\); 2026-03-11/,
      lines.join('\n'),
    );
});

// The invented Brenmoor flood: the Wednesday follow-ups name Monday, the flood's day, as their event's
// day, and join its story only at the lower bar of a story and its follow-up (midreview29 finding 5).
test("--explain-grouping says when a follow-up naming the other part's day joined two stories, and which article named it", () => {
  const files = FLOOD_WEEK.map((r, i) => ({
    path: `f${i}.json`,
    bytes: new TextEncoder().encode(JSON.stringify(r)),
  }));
  const report = analyze(files, { cluster: { explain: true } }, createContext());
  const flood = report.stories.find((s) => s.articleIds.length === FLOOD_REPORTS.length);
  assert.ok(flood, report.stories.map((s) => s.title).join('\n'));
  const reasons = flood.grouping ?? [];
  const joined = reasons.filter((r) => r.followUp);
  assert.ok(joined.length > 0, JSON.stringify(reasons));
  for (const r of joined) {
    assert.equal(r.followUp?.day, '2026-10-12');
    assert.ok(flood.articleIds.includes(r.followUp?.articleId as string));
    // the reports of the flood's own day are not the part that followed it up
    assert.notEqual(r.date, '2026-10-12');
  }
  const others = report.stories.filter((s) => s !== flood).flatMap((s) => s.grouping ?? []);
  assert.deepEqual(
    others.filter((r) => r.followUp),
    [],
  );
  const lines = groupingLines(report).filter((l) => l.includes('joined as a follow-up'));
  assert.equal(lines.length, joined.length);
  assert.match(lines[0] ?? '', / names 2026-10-12, the day of the other part's event/);
});
