import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Report, Story } from '../../model/index.ts';
import { coverageSection } from './coverage.ts';

const article = (id: string) => ({
  id,
  outlet: `Outlet ${id}`,
  label: `Outlet ${id}`,
  title: null,
  source: `${id}.txt`,
});
const fact = (n: number, sources: string[]): Fact => ({
  id: `s1-f${n}`,
  text: `Fact number ${n} told by ${sources.join(' and ')}.`,
  status: sources.length > 1 ? 'corroborated' : 'single-source',
  sources,
  evidence: sources.map((articleId) => ({ articleId, span: { start: 0, end: 1 } })),
  figureIds: [],
  entityIds: [],
  modality: 'happened',
  attribution: null,
  coverage: Object.fromEntries(
    ['a1', 'a2'].map((id) => [
      id,
      { mark: sources.includes(id) ? 'supports' : 'absent', evidence: null, reason: null },
    ]),
  ),
});

test('the coverage table says how many shared facts it left out, not only the single-source ones', () => {
  // 45 facts both outlets state, 3 only one does: the table holds 40 rows
  const facts = [
    ...Array.from({ length: 45 }, (_, i) => fact(i + 1, ['a1', 'a2'])),
    ...[46, 47, 48].map((n) => fact(n, ['a1'])),
  ];
  const story = { id: 's1', articleIds: ['a1', 'a2'], facts } as unknown as Story;
  const report = { articles: [article('a1'), article('a2')], stories: [story] } as unknown as Report;
  const md = coverageSection.markdown(story, report);
  assert.equal(md.split('\n').filter((l) => l.startsWith('| Fact number')).length, 40);
  assert.match(
    md,
    /5 more shared or disputed facts are in the JSON report\. 3 more facts are matched in a single source only\./,
  );
});

test('a single-source fact an article was published before gets a row, so its ◷ is shown', () => {
  const told = fact(1, ['a1']);
  const before: Fact = {
    ...fact(2, ['a1']),
    coverage: {
      a1: { mark: 'supports', evidence: null, reason: null },
      a2: { mark: 'published-before', evidence: null, reason: 'published before the event' },
    },
  };
  const story = { id: 's1', articleIds: ['a1', 'a2'], facts: [told, before] } as unknown as Story;
  const report = { articles: [article('a1'), article('a2')], stories: [story] } as unknown as Report;
  const md = coverageSection.markdown(story, report);
  const rows = md.split('\n').filter((l) => l.startsWith('| Fact number'));
  assert.equal(rows.length, 1);
  assert.match(rows[0] ?? '', /Fact number 2 .*\| single-source \| ✓ \| ◷ \|/);
  // the single-source count no longer counts the fact the table shows
  assert.match(md, /1 more fact is matched in a single source only\./);
});

test("a ◷ cell's reason that repeats the mark's words is said once; no empty line under the legend", () => {
  const before: Fact = {
    ...fact(1, ['a1']),
    coverage: {
      a1: { mark: 'supports', evidence: null, reason: null },
      a2: {
        mark: 'published-before',
        evidence: null,
        reason: 'published before the event: it could not tell how it went',
      },
    },
  };
  const story = { id: 's1', articleIds: ['a1', 'a2'], facts: [before] } as unknown as Story;
  const report = { articles: [article('a1'), article('a2')], stories: [story] } as unknown as Report;
  const html = coverageSection.html(story, report);
  assert.match(html, /title="Outlet a2 published before the event: it could not tell how it went"/);
  assert.match(
    html,
    /<span class="px-sr"> published before the event: it could not tell how it went<\/span>/,
  );
  assert.doesNotMatch(html, /published before the event \(published/);
  assert.doesNotMatch(html, /<p class="meta"><\/p>/);
});

test('a story with no shared fact says the comparison matched none, not that no outlet told one', () => {
  const story = {
    id: 's1',
    articleIds: ['a1', 'a2'],
    facts: [fact(1, ['a1']), fact(2, ['a2'])],
  } as unknown as Story;
  const report = { articles: [article('a1'), article('a2')], stories: [story] } as unknown as Report;
  for (const out of [coverageSection.markdown(story, report), coverageSection.html(story, report)]) {
    assert.match(out, /No fact was matched in more than one source\./);
    assert.doesNotMatch(out, /is reported by/);
  }
});

// An article that tells a fact as planned is marked ◷ by the compare stage whatever its date (an
// estimate told as "will cost" the day after another outlet's "put the cost at"): its cell and the
// legend say what was found, not that it was published before the event.
test('a ◷ for a fact told as planned says so, not "published before the event"', () => {
  const planned: Fact = {
    ...fact(1, ['a1']),
    coverage: {
      a1: { mark: 'supports', evidence: null, reason: null },
      a2: { mark: 'published-before', evidence: null, reason: 'tells it as planned', told: 'as-planned' },
    },
  };
  const story = { id: 's1', articleIds: ['a1', 'a2'], facts: [planned] } as unknown as Story;
  const report = { articles: [article('a1'), article('a2')], stories: [story] } as unknown as Report;
  const html = coverageSection.html(story, report);
  assert.match(html, /title="Outlet a2 tells it as planned"/);
  assert.doesNotMatch(html, /published before the event \(tells/);
  const md = coverageSection.markdown(story, report);
  assert.match(md, /◷ published before the event, or tells it as still ahead/);
});

// The cell reads the mark's flag, not its reason's words: a ✓ whose reason also opens "tells it" (an
// event told as ended on its day) still says that it states the fact, with the reason beside it.
test('only a mark flagged as told as planned says its reason alone', () => {
  const ended: Fact = {
    ...fact(1, ['a1', 'a2']),
    coverage: {
      a1: { mark: 'supports', evidence: null, reason: null },
      a2: { mark: 'supports', evidence: null, reason: 'tells it ended on that day: it took place' },
    },
  };
  const story = { id: 's1', articleIds: ['a1', 'a2'], facts: [ended] } as unknown as Story;
  const report = { articles: [article('a1'), article('a2')], stories: [story] } as unknown as Report;
  const html = coverageSection.html(story, report);
  assert.match(html, /title="Outlet a2 states it \(tells it ended on that day: it took place\)"/);
});
