import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nearDuplicateNote } from '../../src/model/syndication-note.ts';
import type { NewArticle, StoredArticle } from '../../src/store/types.ts';
import { all, type ContractContext, scope } from './contract-scope.ts';
import { newArticle } from './make-article.ts';

// A copy as the syndicate stage leaves it: its note names its original by the batch's id.
const noted = (row: NewArticle): NewArticle => ({
  ...row,
  article: { ...row.article, syndicationNote: nearDuplicateNote(row.article.syndicatedFrom ?? '', 90) },
});

/** The stored articles of one outlet, in ingest order. */
async function ofOutlet(context: ContractContext, outlet: string): Promise<StoredArticle[]> {
  return all(context.store().articles({ outlet, limit: 1000 }));
}

/** The contract's article tests: inserting once, duplicates, listing, features. */
export function articlesContract(context: ContractContext): void {
  test('inserted articles come back whole, with the store id, in ingest order', async () => {
    const { word, outlet, year, site } = scope();
    const start = new Date().toISOString();
    const before = await context.store().stats();
    const batch = [
      newArticle({
        title: `First ${word}`,
        text: `Ferries to Varnholm resume ${word}.`,
        outlet,
        url: `${site}/1`,
        publishedAt: `${year}-02-01`,
      }),
      newArticle({
        title: null,
        text: `A second piece about ${word} without a title.`,
        outlet,
        url: null,
        publishedAt: null,
      }),
    ];
    const outcomes = await context.store().upsertArticles(batch);
    assert.deepEqual(
      outcomes.map((o) => o.status),
      ['inserted', 'inserted'],
    );
    assert.notEqual(outcomes[0]?.id, outcomes[1]?.id);
    const stored = await ofOutlet(context, outlet);
    assert.deepEqual(
      stored.map((s) => s.article.id),
      outcomes.map((o) => o.id),
    );
    stored.forEach((s, i) => {
      const sent = batch[i]?.article;
      assert.deepEqual({ ...s.article, id: 'x' }, { ...sent, id: 'x' });
      assert.equal(s.storyId, null);
      assert.ok(Date.parse(s.ingestedAt) >= Date.parse(start) - 1000, `ingested at ${s.ingestedAt}`);
    });
    const stats = await context.store().stats();
    assert.equal(stats.articles, before.articles + 2);
    assert.equal(stats.outlets, before.outlets + 1, 'one new outlet');
    assert.equal(stats.stories, before.stories);
    assert.ok(stats.lastIngestAt !== null && Date.parse(stats.lastIngestAt) >= Date.parse(start) - 1000);
    assert.ok(stats.bytes > 0);
  });

  test('an article is stored once: duplicates by URL key and by content hash are reported', async () => {
    const { word, outlet, site } = scope();
    const store = context.store();
    const before = (await store.stats()).articles;
    const [first] = await store.upsertArticles([
      newArticle({ text: `The Quillsby dam ${word} holds.`, outlet, url: `${site}/dam?id=4` }),
    ]);
    assert.equal(first?.status, 'inserted');
    const again = await store.upsertArticles([
      // The same page through a tracking link, with an updated text: the same article.
      newArticle({
        text: `The Quillsby dam ${word} holds, engineers say.`,
        outlet,
        url: `${site}/dam/?utm_source=x&id=4#top`,
      }),
      // The same text, re-wrapped, under another address: the same article.
      newArticle({ text: `The  Quillsby dam\n${word} holds.`, outlet, url: `${site}/copy` }),
      // Two new ones without URLs, and the second of them again in the same batch.
      newArticle({ text: `Unrelated ${word} note one.`, outlet, url: null }),
      newArticle({ text: `Unrelated ${word} note two.`, outlet, url: null }),
      newArticle({ text: `Unrelated ${word}   note two.`, outlet, url: null }),
    ]);
    assert.deepEqual(again[0], { status: 'duplicate', id: first?.id, by: 'url' });
    assert.deepEqual(again[1], { status: 'duplicate', id: first?.id, by: 'content' });
    assert.equal(again[2]?.status, 'inserted');
    assert.equal(again[3]?.status, 'inserted');
    assert.deepEqual(again[4], { status: 'duplicate', id: again[3]?.id, by: 'content' });
    assert.equal((await store.stats()).articles, before + 3);
    assert.equal((await ofOutlet(context, outlet)).length, 3);
    // Re-ingesting the same batch changes nothing.
    const third = await store.upsertArticles([
      newArticle({ text: `Unrelated ${word} note one.`, outlet, url: null }),
      newArticle({ text: `The Quillsby dam ${word} holds.`, outlet, url: `${site}/dam?id=4` }),
    ]);
    assert.deepEqual(
      third.map((o) => o.status),
      ['duplicate', 'duplicate'],
    );
    assert.equal((await store.stats()).articles, before + 3);
    assert.deepEqual(await store.upsertArticles([]), []);
  });

  test("a batch's syndicatedFrom naming another article of the batch gets that article's store id", async () => {
    const { word, outlet } = scope();
    const outcomes = await context.store().upsertArticles([
      newArticle({ id: 'wire', text: `Wire copy ${word} from Pell Harbour.`, outlet }),
      noted(
        newArticle({
          id: 'repost',
          text: `Repost of the wire copy ${word}.`,
          outlet,
          syndicatedFrom: 'wire',
        }),
      ),
      newArticle({
        id: 'other',
        text: `Copy ${word} of something stored elsewhere.`,
        outlet,
        syndicatedFrom: 'elsewhere',
      }),
    ]);
    const stored = await ofOutlet(context, outlet);
    assert.equal(stored[1]?.article.syndicatedFrom, outcomes[0]?.id);
    // its note names the original as syndicatedFrom does, not by the batch's id
    assert.equal(stored[1]?.article.syndicationNote, nearDuplicateNote(outcomes[0]?.id as string, 90));
    assert.equal(stored[2]?.article.syndicatedFrom, 'elsewhere');
  });

  test('articles filter by outlet (any case), publication date (else ingest date) and limit', async () => {
    const { word, outlet, year } = scope();
    const store = context.store();
    const made = await store.upsertArticles([
      newArticle({ text: `Early ${word}.`, outlet, publishedAt: `${year}-01-05T10:00:00Z` }),
      newArticle({ text: `Late ${word}.`, outlet, publishedAt: `${year}-06-05T10:00:00+02:00` }),
      newArticle({ text: `Other outlet ${word}.`, outlet: `${outlet} Weekly`, publishedAt: `${year}-07-01` }),
    ]);
    const ids = (items: StoredArticle[]) => items.map((s) => s.article.id);
    const mine = await all(store.articles({ outlet: outlet.toUpperCase() }));
    assert.deepEqual(ids(mine), [made[0]?.id, made[1]?.id]);
    assert.deepEqual(ids(await all(store.articles({ outlet, since: `${year}-03-01` }))), [made[1]?.id]);
    assert.deepEqual(ids(await all(store.articles({ outlet, limit: 1 }))), [made[0]?.id]);
    const since = await all(store.articles({ since: `${year}-01-01` }));
    assert.ok(ids(since).includes(made[2]?.id as string));
    assert.ok(!ids(since).some((id) => id === undefined));
    await assert.rejects(async () => all(store.articles({ since: 'last tuesday-ish' })), /not a date/);
  });

  test('featuresSince gives features oldest first from a date, with their story', async () => {
    const { word, outlet, year } = scope();
    const store = context.store();
    const made = await store.upsertArticles([
      newArticle({
        text: `Third ${word}.`,
        outlet,
        publishedAt: `${year}-01-03`,
        features: { day: 3, terms: ['c'] },
      }),
      newArticle({
        text: `First ${word}.`,
        outlet,
        publishedAt: `${year}-01-01`,
        features: { day: 1, terms: ['a'] },
      }),
      newArticle({
        text: `Second ${word}.`,
        outlet,
        publishedAt: `${year}-01-02T12:00:00Z`,
        features: { day: 2 },
      }),
    ]);
    const id = (i: number) => made[i]?.id as string;
    await store.saveStories([
      { id: `story-${word}`, title: 'Days', topicId: null, articleIds: [id(0), id(2)] },
    ]);
    const from = await all(store.featuresSince(`${year}-01-02`));
    assert.deepEqual(from, [
      { id: id(2), storyId: `story-${word}`, features: { day: 2 } },
      { id: id(0), storyId: `story-${word}`, features: { day: 3, terms: ['c'] } },
    ]);
    const everything = (await all(store.featuresSince(null))).map((f) => f.id);
    const mine = everything.filter((x) => made.some((m) => m.id === x));
    assert.deepEqual(mine, [id(1), id(2), id(0)]);
  });
}
