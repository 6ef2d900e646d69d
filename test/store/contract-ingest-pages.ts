import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type Issue } from '../../src/model/index.ts';
import { prepareChunk } from '../../src/store/ingest/prepare.ts';
import { type StoredBatch, storeBatch } from '../../src/store/ingest/store-batch.ts';
import type { Store } from '../../src/store/types.ts';
import { type ContractContext, type Scope, scope } from './contract-scope.ts';

/**
 * The contract's tests of ingest meeting pages at stored addresses, on each backend: a day's
 * correction met after the next day's article at one address (a page overwritten each day), and how
 * often ingest reads a stored article it meets again. Ingest's storing half (`storeBatch`), as
 * `ingestInto` runs it for each batch; its grouping step is left out, as the suite's database holds
 * other tests' articles with made-up features. Invented articles.
 */

// One file of JSON records read and stored as one batch; the batch's outcome and notes.
async function ingestBatch(
  store: Store,
  name: string,
  ...records: object[]
): Promise<StoredBatch & { issues: Issue[] }> {
  const run = createContext({ now: new Date('2026-11-20T00:00:00Z') });
  const bytes = new TextEncoder().encode(records.map((r) => JSON.stringify(r)).join('\n'));
  const prepared = prepareChunk([{ path: name, bytes }], {}, run.now);
  const done = await storeBatch(store, prepared.articles, new Map(), {}, run);
  return { ...done, issues: run.issues };
}

// A "today's briefing" page of the scope: Monday's article, its correction the same day (the same
// headline; its first paragraph kept, the rest written again: too little shared for a copy, enough
// for a version) and Tuesday's article, all at one address.
function briefing(s: Scope) {
  const page = { outlet: s.outlet, url: `${s.site}/briefing/today` };
  const lead = `Engineers of ${s.word} county will inspect the Harlow dam spillway this week after a fisherman reported cracks along its western wall, the county roads office said on Monday morning.`;
  const monday = {
    ...page,
    title: `Today's briefing: Harlow dam ${s.word}`,
    publishedAt: '2026-11-16T06:00:00+01:00',
    text: `${lead}\n\nThe county closed the footpath over the dam on Sunday evening and asked walkers to use the old ferry lane instead until further notice.\n\nThe inspection is expected to take four days and will cost the county about eleven thousand pounds, a spokesman said.`,
  };
  const mondayFixed = {
    ...monday,
    modifiedAt: '2026-11-16T13:00:00+01:00',
    text: `${lead}\n\nWalkers were told on Monday afternoon that the ferry lane is shut as well, so no path crosses the valley below Harlow for now.\n\nA spokesman later said the work would need a week rather than a few days, and that its price had not been settled.`,
  };
  const tuesday = {
    ...page,
    title: `Today's briefing: Pellam school strike ${s.word}`,
    publishedAt: '2026-11-17T06:00:00+01:00',
    text: `Teachers at the four Pellam secondary schools of ${s.word} walked out on Tuesday morning over a pay offer of two percent, their union said.\n\nThe strike would last until Friday, and parents were told to keep pupils at home while talks with the council went on.`,
  };
  return { monday, mondayFixed, tuesday };
}

// The stored articles of the scope's address, oldest first, each with its kept versions' texts.
async function atAddress(store: Store, s: Scope): Promise<{ text: string; revisions: string[] }[]> {
  const ids = (await store.addressArticles([`${s.site}/briefing/today`])).get(`${s.site}/briefing/today`);
  const out = [];
  for (const id of ids ?? []) {
    const stored = await store.article(id);
    const revisions = (await store.articleRevisions(id)).map((r) => r.text);
    out.push({ text: stored?.article.text ?? '', revisions });
  }
  return out;
}

export function ingestPagesContract(context: ContractContext): void {
  test("ingest: a day's correction met after the next day's article at its address is that day's version, not another article", async () => {
    for (const order of ['the correction last', 'the first text last'] as const) {
      const s = scope();
      const store = context.store();
      const { monday, mondayFixed, tuesday } = briefing(s);
      const files =
        order === 'the correction last' ? [monday, tuesday, mondayFixed] : [mondayFixed, tuesday, monday];
      const issues = [];
      for (const [i, record] of files.entries())
        issues.push(...(await ingestBatch(store, `day-${i}.jsonl`, record)).issues);
      // Monday's article holds its correction, the text before it kept; Tuesday's is its own
      assert.deepEqual(
        await atAddress(store, s),
        [
          { text: mondayFixed.text, revisions: [monday.text] },
          { text: tuesday.text, revisions: [] },
        ],
        order,
      );
      assert.equal(issues.filter((i) => i.code === 'ingest/another-at-address').length, 1, order);
    }
  });

  test('ingest: an article met again is read from the store once in its batch', async () => {
    const s = scope();
    const { monday, tuesday } = briefing(s);
    const other = { ...tuesday, url: `${s.site}/strike`, title: `Strike ${s.word}` };
    const records = [monday, other];
    const store = context.store();
    await ingestBatch(store, 'first.jsonl', ...records);
    // the same file again: each article a duplicate by its address, read once (before, two or three times)
    const reads = new Map<string, number>();
    const counted = new Proxy(store, {
      get(target, key) {
        if (key === 'article')
          return (id: string) => {
            reads.set(id, (reads.get(id) ?? 0) + 1);
            return target.article(id);
          };
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const again = await ingestBatch(counted, 'again.jsonl', ...records);
    assert.deepEqual(
      again.outcomes.map((o) => o.status === 'duplicate' && o.by),
      ['url', 'url'],
    );
    assert.ok(reads.size > 0, 'the stored articles are compared with');
    for (const [id, n] of reads) assert.equal(n, 1, `${id} read ${n} times`);
  });

  test('ingest: three versions of a page met backwards end in the order of their own time', async () => {
    const s = scope();
    const store = context.store();
    // a site that re-dates its corrected page (a later publishedAt, no modifiedAt), read latest first
    const version = (hour: number, days: string) => ({
      outlet: s.outlet,
      url: `${s.site}/library`,
      title: `Velmoor library cuts ${s.word}`,
      publishedAt: `2026-11-18T${hour}:00:00+01:00`,
      text: `The Velmoor council of ${s.word} on Tuesday approved a cut to the library budget and voted to close three branches after a long debate in the town hall.\n\nThe branches will close ${days}, the council said in a statement on its website.`,
    });
    const [first, second, third] = [
      version(10, 'immediately'),
      version(12, 'in the spring'),
      version(14, 'on March 1, 2027'),
    ];
    for (const [i, record] of [third, second, first].entries())
      await ingestBatch(store, `v${i}.jsonl`, record);
    const ids = (await store.addressArticles([`${s.site}/library`])).get(`${s.site}/library`) ?? [];
    assert.equal(ids.length, 1);
    assert.equal((await store.article(ids[0] as string))?.article.text, third.text);
    assert.deepEqual(
      (await store.articleRevisions(ids[0] as string)).map((r) => r.text),
      [first.text, second.text],
    );
  });
}
