import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COPY_CANDIDATES, COPY_MAX_POSTINGS, COPY_MIN_SAMPLED } from '../../src/store/patterns.ts';
import type { NewArticle } from '../../src/store/types.ts';
import { type ContractContext, scope } from './contract-scope.ts';
import { newArticle } from './make-article.ts';

/**
 * The contract's tests of what later ingests look up: the sampled shingles of stored articles (to
 * find the original a new article copies) and the outlets a manifest describes.
 */

// An article of the scope with these sampled shingles; shingles are made-up numbers unique to the scope.
const withShingles = (
  s: ReturnType<typeof scope>,
  n: number,
  date: string,
  shingles: readonly number[],
): NewArticle => ({
  ...newArticle({
    title: `${s.word} ${n}`,
    text: `Item ${n} of ${s.word}: the harbour of Varnholm reopened.`,
    outlet: s.outlet,
    url: `${s.site}/${n}`,
    publishedAt: date,
  }),
  shingles,
});

/** The contract's copy look-up and outlet tests. */
export function copiesContract(context: ContractContext): void {
  test('copyCandidates: stored articles of the date range sharing enough sampled shingles, most first', async () => {
    const s = scope();
    const h = (i: number) => s.year * 10_000 + i;
    const six = [1, 2, 3, 4, 5, 6].map(h);
    const stored = await context
      .store()
      .upsertArticles([
        withShingles(s, 1, `${s.year}-03-01`, six),
        withShingles(s, 2, `${s.year}-03-02`, [h(1), h(2), h(90)]),
        withShingles(s, 3, `${s.year}-03-03`, [h(1), h(91)]),
        withShingles(s, 4, `${s.year}-09-01`, six),
        { ...withShingles(s, 5, `${s.year}-03-01`, []), shingles: undefined },
      ]);
    const [a, b, , d] = stored.map((o) => o.id);
    const range = { since: `${s.year}-02-25T00:00:00.000Z`, until: `${s.year}-03-08T00:00:00.000Z` };
    const [found, none, late] = await context.store().copyCandidates([
      { shingles: [...six, h(99)], ...range },
      { shingles: [h(1), h(92)], ...range },
      { shingles: six, since: `${s.year}-08-30T00:00:00.000Z`, until: `${s.year}-09-02T00:00:00.000Z` },
    ]);
    assert.ok(COPY_MIN_SAMPLED === 2, 'the test counts on two shared samples making a candidate');
    assert.deepEqual(found, [
      { id: a, shared: 6 },
      { id: b, shared: 2 },
    ]);
    assert.deepEqual(none, [], 'one shared sample is not enough');
    assert.deepEqual(late, [{ id: d, shared: 6 }]);
    assert.deepEqual(await context.store().copyCandidates([]), []);
    // a duplicate stores no shingles of its own
    const again = await context
      .store()
      .upsertArticles([{ ...withShingles(s, 1, `${s.year}-03-01`, [h(1), h(50), h(51)]) }]);
    assert.equal(again[0]?.status, 'duplicate');
    const [after] = await context.store().copyCandidates([{ shingles: [h(50), h(51)], ...range }]);
    assert.deepEqual(after, []);
  });

  test('copyCandidates: at most a few, and a shingle stored for very many articles is not looked up', async () => {
    const s = scope();
    const h = (i: number) => s.year * 10_000 + i;
    const many = Array.from({ length: COPY_MAX_POSTINGS + 1 }, (_, n) =>
      withShingles(s, n, `${s.year}-05-${String(1 + (n % 28)).padStart(2, '0')}`, [h(1), h(2), h(1000 + n)]),
    );
    await context.store().upsertArticles(many);
    const range = { since: `${s.year}-05-01T00:00:00.000Z`, until: `${s.year}-05-31T00:00:00.000Z` };
    const [stock] = await context.store().copyCandidates([{ shingles: [h(1), h(2)], ...range }]);
    assert.deepEqual(stock, [], 'both shingles are stock phrases here');
    // the same shingle and an article's own: one stock (skipped) + one own = too few
    const [own] = await context.store().copyCandidates([{ shingles: [h(1), h(1003)], ...range }]);
    assert.deepEqual(own, []);
    // under the cap: a shingle in a few articles is looked up, and the list is cut
    const t = scope();
    const g = (i: number) => t.year * 10_000 + i;
    const few = Array.from({ length: COPY_CANDIDATES + 2 }, (_, n) =>
      withShingles(t, n, `${t.year}-05-02`, [g(1), g(2), ...(n === 3 ? [g(3)] : [])]),
    );
    const ids = (await context.store().upsertArticles(few)).map((o) => o.id);
    const [cut] = await context.store().copyCandidates([
      {
        shingles: [g(1), g(2), g(3)],
        since: `${t.year}-05-01T00:00:00.000Z`,
        until: `${t.year}-05-03T00:00:00.000Z`,
      },
    ]);
    assert.equal(cut?.length, COPY_CANDIDATES);
    assert.deepEqual(cut?.[0], { id: ids[3], shared: 3 }, 'most shared first');
    assert.deepEqual(
      cut?.slice(1).map((c) => c.id),
      ids.filter((_, n) => n !== 3).slice(0, COPY_CANDIDATES - 1),
      'then in ingest order',
    );
  });

  test('copyCandidates: an article replaced with a new date is found at that date, its samples kept', async () => {
    const s = scope();
    const h = (i: number) => s.year * 10_000 + i;
    const store = context.store();
    const [stored] = await store.upsertArticles([withShingles(s, 1, `${s.year}-03-01`, [h(1), h(2)])]);
    const moved = newArticle({
      title: `${s.word} 1`,
      text: `Item 1 of ${s.word}: the harbour of Varnholm reopened, as corrected.`,
      outlet: s.outlet,
      publishedAt: `${s.year}-07-10`,
    });
    const [outcome] = await store.replaceArticles([
      { id: stored?.id as string, article: moved.article, contentHash: moved.contentHash, features: null },
    ]);
    assert.equal(outcome?.status, 'replaced');
    const around = (day: string) => ({
      shingles: [h(1), h(2)],
      since: `${s.year}-${day}T00:00:00.000Z`,
      until: `${s.year}-${day}T23:59:59.999Z`,
    });
    const [march, july] = await store.copyCandidates([around('03-01'), around('07-10')]);
    assert.deepEqual(march, []);
    assert.deepEqual(july, [{ id: stored?.id, shared: 2 }]);
  });

  test('outlets: saved by name case-insensitively, a null leaning or owner keeps the stored one', async () => {
    const s = scope();
    const other = `${s.outlet} Weekly`;
    const mine = (list: Awaited<ReturnType<ReturnType<ContractContext['store']>['outlets']>>) =>
      list.filter((o) => o.name.toLowerCase().startsWith(s.outlet.toLowerCase()));
    await context.store().saveOutlets([
      { name: s.outlet, leaning: 'left', owner: 'Varn Media', domains: ['scope.example'] },
      { name: other, leaning: null, owner: null, domains: [] },
    ]);
    assert.deepEqual(mine(await context.store().outlets()), [
      { name: s.outlet, leaning: 'left', owner: 'Varn Media', domains: ['scope.example'] },
      { name: other, leaning: null, owner: null, domains: [] },
    ]);
    await context.store().saveOutlets([
      {
        name: s.outlet.toUpperCase(),
        leaning: null,
        owner: 'Quill Holdings',
        domains: ['a.example', 'b.example'],
      },
      { name: other, leaning: 'centre', owner: null, domains: [] },
    ]);
    await context.store().saveOutlets([]);
    const again = await context.open();
    try {
      assert.deepEqual(mine(await again.outlets()), [
        {
          name: s.outlet.toUpperCase(),
          leaning: 'left',
          owner: 'Quill Holdings',
          domains: ['a.example', 'b.example'],
        },
        { name: other, leaning: 'centre', owner: null, domains: [] },
      ]);
    } finally {
      await again.close();
    }
  });

  test('turnCopies: an original and its copies become copies of an earlier original, their story stale', async () => {
    const s = scope();
    const store = context.store();
    const made = (n: number, day: string, from?: string) =>
      newArticle({
        id: `${s.word}-${n}`,
        title: `${s.word} ${n}`,
        text: `Copy ${n} of ${s.word}: the harbour of Varnholm reopened.`,
        outlet: `${s.outlet} ${n}`,
        publishedAt: `${s.year}-05-${day}`,
        features: { v: 1, syndicated: from !== undefined },
        ...(from === undefined ? {} : { syndicatedFrom: from }),
      });
    const [was, copy] = (await store.upsertArticles([made(1, '10'), made(2, '11', `${s.word}-1`)])).map(
      (m) => m.id,
    ) as [string, string];
    const [earlier] = (await store.upsertArticles([made(3, '09')])).map((m) => m.id) as [string];
    const id = `turn-${s.word}`;
    await store.saveStories([{ id, title: 'Turn', topicId: null, articleIds: [was, copy, earlier] }]);
    const asOf = (await store.story(id))?.story.updatedAt as string;
    await store.saveReport(id, { generator: { version: store.reportVersion } } as never, asOf);
    await store.turnCopies([{ from: was, to: earlier, note: 'their texts agree' }]);
    const from = async (n: string) => (await store.article(n))?.article;
    assert.deepEqual(
      [await from(was), await from(copy), await from(earlier)].map((a) => a?.syndicatedFrom),
      [earlier, earlier, null],
    );
    assert.match(
      (await from(was))?.syndicationNote ?? '',
      new RegExp(`${earlier}, published earlier \\(their texts agree\\)`),
    );
    const syndicated = new Map<string, unknown>();
    for await (const row of store.featuresSince(`${s.year}-05-01`))
      syndicated.set(row.id, (row.features as { syndicated?: boolean }).syndicated);
    assert.deepEqual(
      [was, copy, earlier].map((n) => syndicated.get(n)),
      [true, true, false],
    );
    assert.equal((await store.story(id, { articles: false }))?.story.reportStale, true);
    await store.turnCopies([]);
  });
}
