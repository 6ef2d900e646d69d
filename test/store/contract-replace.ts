import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report } from '../../src/model/index.ts';
import type { ArticleReplacement } from '../../src/store/types.ts';
import { REPORT_VERSION } from '../../src/version.ts';
import { all, type ContractContext, scope } from './contract-scope.ts';
import { newArticle } from './make-article.ts';

/**
 * The contract's tests of replacing a stored article by a new extraction of its page (`reextract`,
 * a page fetched again): new text, metadata, features, search entry and shingles; the same id, URL
 * key, ingest time and story; the story stale again.
 */
export function replaceContract(context: ContractContext): void {
  test('replaceArticles: a new extraction replaces the text, metadata, search entry and shingles; id, URL key and story stay; the story is stale', async () => {
    const s = scope();
    const store = context.store();
    const h = (i: number) => s.year * 10_000 + i;
    const [a, b] = (
      await store.upsertArticles([
        {
          ...newArticle({
            title: `Old title ${s.word}`,
            text: `The first reading of ${s.word}: oldwording${s.word} in Varnholm.`,
            outlet: `${s.outlet} A`,
            url: `${s.site}/1`,
            publishedAt: `${s.year}-03-10`,
            features: { version: 1 },
          }),
          shingles: [h(1), h(2), h(3)],
        },
        newArticle({
          text: `Another article of ${s.word}.`,
          outlet: `${s.outlet} B`,
          publishedAt: `${s.year}-03-12`,
        }),
      ])
    ).map((o) => o.id) as [string, string];
    const story = `story-${s.word}`;
    await store.saveStories([{ id: story, title: 'Varnholm', topicId: null, articleIds: [a, b] }]);
    const before = await store.story(story);
    const made = { mark: 'old', generator: { name: 'parallax', version: REPORT_VERSION } };
    await store.saveReport(story, made as unknown as Report, before?.story.updatedAt as string);
    assert.equal((await store.story(story))?.story.reportStale, false);
    const stored = (await store.article(a))?.article;
    assert.ok(stored);

    const replacement: ArticleReplacement = {
      id: a,
      article: {
        ...newArticle({
          title: `New title ${s.word}`,
          text: `The second reading of ${s.word}: newwording${s.word} in Varnholm, and more.`,
          outlet: `${s.outlet} C`,
          url: `${s.site}/1`,
          publishedAt: `${s.year}-03-01`,
        }).article,
        id: 'ignored',
      },
      contentHash: `${s.word}-new-hash`,
      features: { version: 2 },
      shingles: [h(7), h(8), h(9)],
    };
    assert.deepEqual(await store.replaceArticles([replacement, { ...replacement, id: `none-${s.word}` }]), [
      { status: 'replaced', id: a },
      { status: 'unknown', id: `none-${s.word}` },
    ]);
    const got = await store.article(a);
    assert.equal(got?.article.id, a);
    assert.equal(got?.article.title, `New title ${s.word}`);
    assert.match(got?.article.text ?? '', /second reading/);
    assert.equal(got?.storyId, story);
    assert.equal(got?.ingestedAt, (await store.article(a))?.ingestedAt);
    // the features the grouping reads are the new ones
    const features = (await all(store.featuresSince(`${s.year}-01-01`))).find((f) => f.id === a);
    assert.deepEqual(features, { id: a, storyId: story, features: { version: 2 } });
    // the search index follows the new text
    assert.deepEqual(
      (await store.search(`newwording${s.word}`)).map((hit) => hit.articleId),
      [a],
    );
    assert.deepEqual(await store.search(`oldwording${s.word}`), []);
    // the story is stale, its aggregates follow the new outlet and date, its membership is kept
    const after = await store.story(story);
    assert.equal(after?.story.reportStale, true);
    assert.ok((after?.story.updatedAt ?? '') > (before?.story.updatedAt ?? ''));
    assert.deepEqual(after?.story.outlets, [`${s.outlet} B`, `${s.outlet} C`]);
    assert.equal(Date.parse(after?.story.firstAt ?? ''), Date.parse(`${s.year}-03-01`));
    assert.deepEqual(after?.articles.map((x) => x.article.id).sort(), [a, b].sort());
    assert.ok((await store.staleStories(10_000)).includes(story));
    // the URL key is kept: the same URL is still a duplicate of it; the new text is too
    const again = await store.upsertArticles([
      newArticle({ text: `Something else about ${s.word}.`, url: `${s.site}/1` }),
    ]);
    assert.deepEqual(again, [{ status: 'duplicate', id: a, by: 'url' }]);
    // the copy look-up reads the new shingle sample
    const range = { since: `${s.year}-02-01T00:00:00.000Z`, until: `${s.year}-04-01T00:00:00.000Z` };
    const [fresh, old] = await store.copyCandidates([
      { shingles: [h(7), h(8), h(9)], ...range },
      { shingles: [h(1), h(2), h(3)], ...range },
    ]);
    assert.deepEqual(fresh, [{ id: a, shared: 3 }]);
    assert.deepEqual(old, []);
  });

  test('replaceArticles: a new text that another stored article has leaves the article as it was', async () => {
    const s = scope();
    const store = context.store();
    const first = newArticle({ text: `One text of ${s.word}.`, url: `${s.site}/1` });
    const second = newArticle({ text: `Two text of ${s.word}.`, url: `${s.site}/2` });
    const [a, b] = (await store.upsertArticles([first, second])).map((o) => o.id) as [string, string];
    const outcome = await store.replaceArticles([
      { id: a, article: second.article, contentHash: second.contentHash, features: null },
    ]);
    assert.deepEqual(outcome, [{ status: 'duplicate', id: a, by: b }]);
    assert.equal((await store.article(a))?.article.text, `One text of ${s.word}.`);
    assert.deepEqual(await store.replaceArticles([]), []);
  });

  test('replaceArticles keeping the earlier version: a changed title or text is kept, oldest first; the same text, or no keeping, keeps none', async () => {
    const s = scope();
    const store = context.store();
    const made = (text: string, title: string) =>
      newArticle({ title, text, url: `${s.site}/corrected`, publishedAt: `${s.year}-12-03` });
    const first = made(`About 2,500 households in ${s.word} were without water.`, `Main bursts ${s.word}`);
    const [a] = (await store.upsertArticles([first])).map((o) => o.id) as [string];
    const replace = (text: string, title: string, keepEarlier: boolean) => {
      const next = made(text, title);
      return store.replaceArticles([
        { id: a, article: next.article, contentHash: next.contentHash, features: null, keepEarlier },
      ]);
    };
    assert.deepEqual(await store.articleRevisions(a), []);
    const corrected = `About 3,000 households in ${s.word} were without water.\n\nCorrection: the figure was 2,500.`;
    await replace(corrected, `Main bursts ${s.word}`, true);
    // the same text again (a page fetched again, its metadata changed only): no version kept
    await replace(corrected, `Main bursts ${s.word}`, true);
    // a re-extraction (no keeping) changes the text without keeping it
    await replace(`${corrected} More.`, `Main bursts ${s.word}`, false);
    await replace(`${corrected} More.`, `Main burst leaves homes dry ${s.word}`, true);
    const kept = await store.articleRevisions(a);
    assert.deepEqual(
      kept.map((r) => [r.title, r.text]),
      [
        [`Main bursts ${s.word}`, first.article.text],
        [`Main bursts ${s.word}`, `${corrected} More.`],
      ],
    );
    assert.ok(kept.every((r) => !Number.isNaN(Date.parse(r.replacedAt)) && r.modifiedAt === null));
    assert.ok((kept[0]?.replacedAt ?? '') <= (kept[1]?.replacedAt ?? ''));
    assert.deepEqual(await store.articleRevisions(`no-such-${s.word}`), []);
  });
}
