import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { openStore } from '../index.ts';
import type { Store, StoredArticle } from '../types.ts';
import { ingestInto } from './index.ts';

// A "today's briefing" page overwritten each day at one address: each day's text is another article.
// Before, the store kept the first day's and dropped every later day's as "already stored by URL".
// Invented articles.
const URL = 'https://corrin-ledger.example/briefing/today';
const day = (publishedAt: string, title: string, text: string) =>
  JSON.stringify({ title, outlet: 'Corrin Ledger', url: URL, publishedAt, text });
const MONDAY = day(
  '2026-11-16T06:00:00+01:00',
  "Today's briefing: Harlow dam inspection",
  'Engineers will inspect the Harlow dam spillway this week after cracks were reported by a fisherman. The county closed the footpath over the dam on Sunday evening.\n\nThe inspection is expected to take four days, the county said.',
);
const TUESDAY = day(
  '2026-11-17T06:00:00+01:00',
  "Today's briefing: Pellam school strike",
  'Teachers at the four Pellam secondary schools walked out on Tuesday morning over a pay offer of two percent. The union said the strike would last until Friday.\n\nParents were told to keep pupils at home.',
);
const file = (name: string, ...lines: string[]) => ({
  path: name,
  bytes: new TextEncoder().encode(lines.join('\n')),
});
const ctx = () => createContext({ now: new Date('2026-11-18T00:00:00Z') });

test("a page overwritten each day stores each day's article, in one ingest or one a day", async () => {
  for (const [what, ingests] of [
    ['one a day', [file('mon.jsonl', MONDAY), file('tue.jsonl', TUESDAY)]],
    ['one ingest', [file('both.jsonl', MONDAY, TUESDAY)]],
    ['the later day first', [file('tue.jsonl', TUESDAY), file('mon.jsonl', MONDAY)]],
  ] as const) {
    const store = await openStore(':memory:');
    const runs = [];
    const issues = [];
    for (const one of ingests) {
      const run = ctx();
      runs.push(await ingestInto(store, [one], {}, run));
      issues.push(...run.issues);
    }
    const stored = await storedArticles(store);
    assert.deepEqual(
      stored.map((s) => s.article.title).sort(),
      ["Today's briefing: Harlow dam inspection", "Today's briefing: Pellam school strike"],
      what,
    );
    for (const one of stored) assert.deepEqual(await store.articleRevisions(one.article.id), [], what);
    assert.equal(
      runs.reduce((n, r) => n + r.inserted, 0),
      2,
      what,
    );
    assert.equal(
      runs.reduce((n, r) => n + r.duplicates, 0),
      0,
      what,
    );
    assert.equal(issues.filter((i) => i.code === 'ingest/another-at-address').length, 1, what);
    // read again: each day's text is stored already (by its text, as the address holds two)
    const again = await ingestInto(store, [file('both.jsonl', MONDAY, TUESDAY)], {}, ctx());
    assert.deepEqual([again.inserted, again.duplicates], [0, 2], what);
    assert.equal((await store.stats()).articles, 2, what);
    await store.close();
  }
});

test('the undated note asks for a date only of an undated file; a dated one is told the stored article has none', async () => {
  const undatedMonday = JSON.stringify({ ...JSON.parse(MONDAY), publishedAt: undefined });
  const undatedTuesday = JSON.stringify({ ...JSON.parse(TUESDAY), publishedAt: undefined });
  for (const [stored, incoming, said] of [
    [MONDAY, undatedTuesday, /: not stored: .*it gives no date.*\(give it its date/],
    [undatedMonday, TUESDAY, /: not stored: .*a1 was stored with no date, so .* taken for a version of a1$/],
  ] as const) {
    const store = await openStore(':memory:');
    await ingestInto(store, [file('first.jsonl', stored)], {}, ctx());
    const again = ctx();
    await ingestInto(store, [file('other.jsonl', incoming)], {}, again);
    const notes = again.issues.filter((i) => i.code === 'ingest/undated-at-address');
    assert.equal(notes.length, 1);
    assert.match(notes[0]?.message ?? '', said);
    await store.close();
  }
});

test('another text at a stored address on the same day, or undated, stays a duplicate', async () => {
  const sameDay = day(
    '2026-11-16T18:00:00+01:00',
    "Today's briefing: Pellam school strike",
    JSON.parse(TUESDAY).text,
  );
  const undated = JSON.stringify({ ...JSON.parse(TUESDAY), publishedAt: undefined });
  for (const [other, notes] of [
    [sameDay, []],
    // said: before, an undated other text was dropped as "already stored" with no word
    [undated, ['ingest/undated-at-address']],
  ] as const) {
    const store = await openStore(':memory:');
    await ingestInto(store, [file('mon.jsonl', MONDAY)], {}, ctx());
    const again = ctx();
    const run = await ingestInto(store, [file('other.jsonl', other)], {}, again);
    assert.deepEqual([run.inserted, run.duplicatesBy.url], [0, 1]);
    assert.deepEqual(
      again.issues.filter((i) => i.code.endsWith('-at-address')).map((i) => i.code),
      notes,
    );
    await store.close();
  }
});

async function storedArticles(store: Store): Promise<StoredArticle[]> {
  const out: StoredArticle[] = [];
  for await (const one of store.articles()) out.push(one);
  return out;
}

test("a day's corrected text is a version of that day's article, met after a later day's or beside it", async () => {
  const fixed = (json: string, from: string, to: string, modifiedAt: string) => {
    const one = JSON.parse(json);
    return JSON.stringify({ ...one, text: one.text.replace(from, to), modifiedAt });
  };
  const mondayFixed = fixed(MONDAY, 'four days', 'five days', '2026-11-16T12:00:00+01:00');
  const tuesdayFixed = fixed(TUESDAY, 'four Pellam', 'five Pellam', '2026-11-17T11:00:00+01:00');
  for (const [what, ingests] of [
    [
      'an earlier day corrected, met last',
      [file('a.jsonl', MONDAY), file('b.jsonl', TUESDAY), file('c.jsonl', mondayFixed)],
    ],
    ['a day and its correction in one ingest', [file('all.jsonl', MONDAY, TUESDAY, tuesdayFixed)]],
  ] as const) {
    const store = await openStore(':memory:');
    const issues = [];
    for (const one of ingests) {
      const run = ctx();
      await ingestInto(store, [one], {}, run);
      issues.push(...run.issues);
    }
    const stored = await storedArticles(store);
    // two articles, one a day; the corrected one holds its correction, the text before it kept
    assert.equal(stored.length, 2, what);
    const revised = [];
    for (const one of stored) revised.push(...(await store.articleRevisions(one.article.id)));
    assert.equal(revised.length, 1, what);
    assert.equal(stored.filter((s) => s.article.text.includes('five')).length, 1, what);
    assert.equal(issues.filter((i) => i.code === 'ingest/another-at-address').length, 1, what);
    assert.equal(issues.filter((i) => i.code === 'ingest/later-version').length, 1, what);
    await store.close();
  }
});
