import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storeOtherArticlesAtAddress } from '../../src/store/ingest/address-editions.ts';
import type { NewArticle, UpsertOutcome } from '../../src/store/types.ts';
import { type ContractContext, scope } from './contract-scope.ts';
import { newArticle } from './make-article.ts';

/**
 * The contract's tests of one address holding several articles (a page overwritten each day:
 * `NewArticle.atStoredAddress`) and of a page's earlier version met after the stored one
 * (`keepEarlierVersions`).
 */
export function addressesContract(context: ContractContext): void {
  test('atStoredAddress: another article at a stored address is stored; a URL duplicate then names the newest there', async () => {
    const s = scope();
    const store = context.store();
    const url = `${s.site}/briefing`;
    const day = (n: number, atStoredAddress?: boolean) => ({
      ...newArticle({
        title: `Briefing ${n} ${s.word}`,
        text: `Day ${n} of ${s.word}: the Oswick ferry timetable number ${n}.`,
        url,
        outlet: s.outlet,
        publishedAt: `${s.year}-05-0${n}`,
      }),
      ...(atStoredAddress ? { atStoredAddress } : {}),
    });
    const [first] = await store.upsertArticles([day(1)]);
    assert.equal(first?.status, 'inserted');
    // without the flag, the address is stored already
    assert.deepEqual(await store.upsertArticles([day(2)]), [
      { status: 'duplicate', id: first?.id, by: 'url' },
    ]);
    // with it, a second and (in one batch) a third article at the address; a stored text stays a duplicate
    const [second, third, again] = await store.upsertArticles([day(2, true), day(3, true), day(1, true)]);
    assert.equal(second?.status, 'inserted');
    assert.equal(third?.status, 'inserted');
    assert.deepEqual(again, { status: 'duplicate', id: first?.id, by: 'content' });
    assert.deepEqual(await store.upsertArticles([day(4)]), [
      { status: 'duplicate', id: third?.id, by: 'url' },
    ]);
    for (const [outcome, n] of [
      [first, 1],
      [second, 2],
      [third, 3],
    ] as const)
      assert.equal((await store.article(outcome?.id as string))?.article.title, `Briefing ${n} ${s.word}`);
  });

  test('keepEarlierVersions: an earlier version met after the stored one is its revision before the present text', async () => {
    const s = scope();
    const store = context.store();
    const [stored] = await store.upsertArticles([
      newArticle({
        title: `Corrected ${s.word}`,
        text: `The Brenlow bridge of ${s.word} reopens on June 3.`,
        outlet: s.outlet,
        url: `${s.site}/bridge`,
        publishedAt: `${s.year}-06-01`,
      }),
    ]);
    const id = stored?.id as string;
    const before = await store.article(id);
    const earlier = {
      id,
      title: `First ${s.word}`,
      text: `The Brenlow bridge of ${s.word} reopens today.`,
      modifiedAt: null,
    };
    assert.deepEqual(
      await store.keepEarlierVersions([
        earlier,
        earlier, // kept already
        {
          id,
          title: `Corrected ${s.word}`,
          text: `The Brenlow bridge of ${s.word} reopens on June 3.`,
          modifiedAt: null,
        },
        { ...earlier, id: 'a999999999' },
      ]),
      [true, false, false, false],
    );
    const revisions = await store.articleRevisions(id);
    assert.deepEqual(
      revisions.map((r) => [r.title, r.text, r.modifiedAt]),
      [[earlier.title, earlier.text, null]],
    );
    // replaced when the store read the present version: at the article's ingest
    assert.equal(revisions[0]?.replacedAt, before?.ingestedAt);
    // the present version, and its story standing, stay as they were
    assert.deepEqual(await store.article(id), before);
  });

  test('keepEarlierVersions: versions met backwards, or in any order, end in the order of their own time', async () => {
    for (const order of [
      [3, 2, 1],
      [2, 1, 3],
      [1, 3, 2],
    ]) {
      const s = scope();
      const store = context.store();
      const version = (n: number) => ({
        title: `Ferry ${s.word}`,
        text: `The Oswick ferry of ${s.word} sails ${n} times a day.`,
        publishedAt: `${s.year}-03-0${n}T09:00:00Z`,
      });
      const [stored] = await store.upsertArticles([
        newArticle({ ...version(4), outlet: s.outlet, url: `${s.site}/ferry` }),
      ]);
      const id = stored?.id as string;
      const ingestedAt = (await store.article(id))?.ingestedAt;
      for (const n of order)
        assert.deepEqual(await store.keepEarlierVersions([{ id, ...version(n), modifiedAt: null }]), [true]);
      const revisions = await store.articleRevisions(id);
      assert.deepEqual(
        revisions.map((r) => r.text),
        [1, 2, 3].map((n) => version(n).text),
        `met ${order.join(', ')}`,
      );
      // each replaced by the version after it, dated by when the store read that one: the newest
      // kept by the present version's read (the article's ingest), the others by when they were kept
      assert.equal(revisions[2]?.replacedAt, ingestedAt);
      for (const r of revisions) assert.ok((r.replacedAt ?? '') >= (ingestedAt ?? ''));
    }
  });

  test('keepEarlierVersions: three versions met backwards, each replaced by when the store read the next', async () => {
    const s = scope();
    const store = context.store();
    const version = (n: number) => ({
      title: `Dam ${s.word}`,
      text: `The Harlow dam of ${s.word} reopens in ${n} weeks.`,
      publishedAt: `${s.year}-04-0${n}`,
    });
    const [stored] = await store.upsertArticles([
      newArticle({ ...version(4), outlet: s.outlet, url: `${s.site}/dam` }),
    ]);
    const id = stored?.id as string;
    const reads: string[] = [(await store.article(id))?.ingestedAt as string];
    for (const n of [3, 2, 1]) {
      await new Promise((done) => setTimeout(done, 5));
      const before = new Date().toISOString();
      await store.keepEarlierVersions([{ id, ...version(n), modifiedAt: null }]);
      reads.push(before);
    }
    const revisions = await store.articleRevisions(id);
    // version 3 was replaced by the present one (read at ingest); version 2 by version 3, read when it
    // was kept (after the ingest); version 1 by version 2, read later still
    assert.equal(revisions[2]?.replacedAt, reads[0]);
    assert.ok((revisions[1]?.replacedAt as string) >= (reads[1] as string));
    assert.ok((revisions[0]?.replacedAt as string) >= (reads[2] as string));
    assert.ok((revisions[0]?.replacedAt as string) > (revisions[1]?.replacedAt as string));
  });

  test('storeOtherArticlesAtAddress: the newest edition read first, an earlier only while none read shares the text; an undated other text said', async () => {
    const s = scope();
    const store = context.store();
    const url = `${s.site}/today`;
    const TEXTS = [
      `Crews of ${s.word} cleared the Marrow canal lock after a barge ran aground there overnight.`,
      `Teachers in ${s.word} voted to accept a pay offer of four percent, ending a month of strikes.`,
      `A storm closed the Pennick coast road of ${s.word} for six hours and cut power to two villages.`,
      `The library of ${s.word} will open on Sundays from March, the town council decided.`,
    ];
    const day = (n: number, extra: { publishedAt?: string | null; atStoredAddress?: boolean } = {}) => ({
      ...newArticle({
        title: `Today in ${s.word}`,
        text: TEXTS[n - 1] as string,
        url,
        outlet: s.outlet,
        publishedAt: extra.publishedAt === undefined ? `${s.year}-05-0${n}T08:00:00Z` : extra.publishedAt,
      }),
      ...(extra.atStoredAddress ? { atStoredAddress: true } : {}),
    });
    const [first] = await store.upsertArticles([day(1)]);
    const later = await store.upsertArticles([2, 3, 4].map((n) => day(n, { atStoredAddress: true })));
    const ids = [first, ...later].map((o) => o?.id as string);
    // the articles each call reads, through a store that counts them
    const reads: string[] = [];
    const counting = new Proxy(store, {
      get: (target, key) =>
        key === 'article'
          ? (id: string) => {
              reads.push(id);
              return target.article(id);
            }
          : Reflect.get(target, key),
    });
    const metAgain = async (row: NewArticle) => {
      reads.length = 0;
      const outcomes: UpsertOutcome[] = [{ status: 'duplicate', id: ids[3] as string, by: 'url' }];
      const issues = await storeOtherArticlesAtAddress(counting, [row], outcomes);
      return { reads: [...reads], outcome: outcomes[0], issues };
    };
    // today's text met again: one read (before, one per stored edition)
    const today = await metAgain(day(4));
    assert.deepEqual(today.reads, [ids[3]]);
    assert.deepEqual([today.outcome?.id, today.issues], [ids[3], []]);
    // the second day's text: read back to its own edition, a version of it
    const second = await metAgain(day(2));
    assert.deepEqual(second.reads, [ids[3], ids[2], ids[1]]);
    assert.deepEqual([second.outcome?.id, second.issues], [ids[1], []]);
    // an undated other text: every edition read, taken for a version of the newest, and said so
    const undated = await metAgain({
      ...newArticle({
        title: `Today in ${s.word}`,
        text: `Bus drivers of ${s.word} walked out at dawn over a new rota that cuts their breaks.`,
        url,
        outlet: s.outlet,
        publishedAt: null,
      }),
    });
    assert.equal(undated.reads.length, 4);
    assert.equal(undated.outcome?.id, ids[3]);
    assert.deepEqual(
      undated.issues.map((i) => [i.code, i.articleId]),
      [['ingest/undated-at-address', ids[3]]],
    );
    assert.match(undated.issues[0]?.message ?? '', /: not stored: .*give it its date/);
  });
}
