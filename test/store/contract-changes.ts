import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { changesPage } from '../../src/store/changes.ts';
import { CHANGED_ARTICLES } from '../../src/store/patterns.ts';
import type { StoryChanges } from '../../src/store/types.ts';
import { type ContractContext, scope } from './contract-scope.ts';
import { newArticle } from './make-article.ts';

/**
 * The contract's tests of `storyChanges`: the stories that gained an article, had an article's page
 * read again changed (a correction), or merged or split since a time, each with those changes, in
 * the story list's order and pages.
 */
export function changesContract(context: ContractContext): void {
  test('storyChanges: new articles, corrections and merges since a time, in the list order, in pages', async () => {
    const s = scope();
    const store = context.store();
    const made = (n: number, text = `Report ${n} of ${s.word} in Varnholm.`) =>
      newArticle({
        title: `Title ${n} ${s.word}`,
        text,
        outlet: s.outlet,
        url: `${s.site}/${n}`,
        publishedAt: `${s.year}-04-0${n % 9 || 1}`,
      });
    const ids = async (ns: number[]) => (await store.upsertArticles(ns.map((n) => made(n)))).map((o) => o.id);
    const [a, b, c, d, e] = (await ids([1, 2, 3, 4, 5])) as [string, string, string, string, string];
    const story = (name: string, articleIds: string[]) => ({
      id: `${name}-${s.word}`,
      title: name,
      topicId: null,
      articleIds,
    });
    await store.saveStories([
      story('kept', [a]),
      story('fixed', [b]),
      story('grown', [c]),
      story('big', [d]),
      story('small', [e]),
    ]);
    // the mark: after every change so far (a story's change time may run a millisecond ahead of the clock)
    const newest = (await store.stories({ limit: 1 }))[0]?.updatedAt ?? '';
    const mark = new Date(Math.max(Date.now(), Date.parse(newest) + 1)).toISOString();
    while (Date.now() <= Date.parse(mark) + 1) await sleep(2);

    const grown = await ids([11, 12, 13, 14, 15, 16]);
    const [g, h] = (await ids([21, 22])) as [string, string];
    await store.saveStories([story('grown', [c, ...grown]), story('big', [d, e]), story('fresh', [g, h])]);
    const correct = (id: string, n: number) => {
      const next = made(n, `Report ${n} of ${s.word} in Varnholm, corrected.`);
      return { id, article: next.article, contentHash: next.contentHash, features: null, keepEarlier: true };
    };
    await store.replaceArticles([correct(b, 2), correct(h, 22)]);

    const changes = await store.storyChanges({ changedSince: mark, limit: 1000 });
    const mine = changes.filter((x) => x.story.id.endsWith(s.word));
    const byId = new Map(mine.map((x) => [x.story.id.split('-')[0], x]));
    assert.deepEqual(
      [...byId.keys()].sort(),
      ['big', 'fixed', 'fresh', 'grown'],
      'the unchanged story is not listed',
    );
    const shown = (x: StoryChanges | undefined) => ({
      newArticles: x?.newArticles,
      updatedArticles: x?.updatedArticles,
      articles: x?.articles.map((y) => [y.kind, y.id]),
      events: x?.events.map((y) => [y.kind, y.storyId, y.otherId, y.articles]),
    });
    // six new: the newest CHANGED_ARTICLES named, all counted
    assert.equal(byId.get('grown')?.newArticles, 6);
    assert.equal(byId.get('grown')?.articles.length, CHANGED_ARTICLES);
    assert.ok(
      byId
        .get('grown')
        ?.articles.every((y) => y.kind === 'new' && grown.includes(y.id) && y.title?.endsWith(s.word)),
    );
    assert.deepEqual(shown(byId.get('fixed')), {
      newArticles: 0,
      updatedArticles: 1,
      articles: [['updated', b]],
      events: [],
    });
    assert.deepEqual(shown(byId.get('big')), {
      newArticles: 0,
      updatedArticles: 0,
      articles: [],
      events: [['merged', `small-${s.word}`, `big-${s.word}`, 1]],
    });
    // an article stored since the time and corrected since is new, not corrected
    assert.deepEqual(shown(byId.get('fresh'))?.newArticles, 2);
    assert.deepEqual(shown(byId.get('fresh'))?.updatedArticles, 0);
    const at = byId.get('fixed')?.articles[0]?.at ?? '';
    assert.ok(at >= mark, 'a correction is dated when the store read it');

    // the story list's order, and the same stories as its filter
    const listed = (await store.stories({ changedSince: mark, limit: 1000 })).map((x) => x.id);
    assert.deepEqual(
      changes.map((x) => x.story.id),
      listed,
    );
    // keyset pages: two at a time, the whole list once
    const paged: string[] = [];
    let after: StoryChanges['story'] | undefined;
    for (let page = 0; page < 100; page++) {
      const next = await store.storyChanges({ changedSince: mark, limit: 2, ...(after ? { after } : {}) });
      paged.push(...next.map((x) => x.story.id));
      if (next.length < 2) break;
      after = next[next.length - 1]?.story;
    }
    assert.deepEqual(paged, listed);
    // nothing since a later time; a bad time is misuse
    assert.deepEqual(await store.storyChanges({ changedSince: `${s.year + 5000}-01-01` }), []);
    await assert.rejects(store.storyChanges({ changedSince: 'yesterday-ish' }), /not a date/);
  });

  test('changesPage: the time to look again from is no later than an article stored but not yet placed', async () => {
    // a fetch stores a page and places it at its end; another writer stores and places one meanwhile
    const s = scope();
    const store = context.store();
    const made = (n: number) =>
      newArticle({
        title: `Pier ${n} ${s.word}`,
        text: `Pier ${n} of ${s.word} fell into the Varnholm sea.`,
        outlet: s.outlet,
        url: `${s.site}/pier-${n}`,
        publishedAt: `${s.year}-03-03`,
      });
    const start = new Date(Date.now() - 1).toISOString();
    await sleep(5);
    const [fetched] = (await store.upsertArticles([made(1)])).map((o) => o.id) as [string];
    await sleep(20);
    const [placed] = (await store.upsertArticles([made(2)])).map((o) => o.id) as [string];
    const story = (articleIds: string[]) => ({
      id: `pier-${s.word}`,
      title: 'Pier',
      topicId: null,
      articleIds,
    });
    await store.saveStories([story([placed])]);
    const first = await changesPage(store, start, undefined, 1000);
    const fetchedAt = (await store.article(fetched))?.ingestedAt ?? '';
    assert.ok(first.newest !== null && first.newest <= fetchedAt, `${first.newest} is after ${fetchedAt}`);
    await sleep(20);
    await store.saveStories([story([placed, fetched])]);
    const again = await changesPage(store, first.newest ?? '', undefined, 1000);
    const mine = again.changes.find((x) => x.story.id === `pier-${s.word}`);
    assert.ok(
      mine?.articles.some((a) => a.kind === 'new' && a.id === fetched),
      'the article placed after the first look is new in the next',
    );
  });
}
