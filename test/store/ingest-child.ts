/**
 * A child process for the store's fault tests: ingests invented articles into a SQLite store in
 * batches, straight through the Store interface, and reports each committed batch on stdout.
 *
 *   node test/store/ingest-child.ts DB FIRST COUNT BATCH
 *
 * For each batch: upsert the articles (one transaction), then group them under the grouping lock
 * (one story per place and event), then print `committed <batch> inserted <n> total <t>`, where t
 * is the number of articles this run inserted so far. A line is printed only after its batch
 * committed, so a kill between the two leaves at most one batch more in the store than reported.
 * Ends with `done inserted <t> duplicates <d>`.
 */
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import type { NewArticle } from '../../src/store/types.ts';
import { streamArticle } from './make-article.ts';

const [db, firstArg, countArg, batchArg] = process.argv.slice(2);
if (db === undefined) throw new Error('usage: ingest-child.ts DB FIRST COUNT BATCH');
const first = Number(firstArg ?? 0);
const count = Number(countArg ?? 1000);
const size = Number(batchArg ?? 100);

const store = await openSqliteStore(db);
let total = 0;
let duplicates = 0;
for (let start = first, batch = 0; start < first + count; start += size, batch++) {
  const articles: NewArticle[] = [];
  for (let n = start; n < Math.min(first + count, start + size); n++) articles.push(streamArticle(n));
  const outcomes = await store.upsertArticles(articles);
  const inserted = outcomes.filter((o) => o.status === 'inserted').length;
  duplicates += outcomes.length - inserted;
  // Group the batch: each article joins the story of its title's place and event.
  await store.withGroupingLock(async () => {
    const stories = new Map<string, string[]>();
    outcomes.forEach((outcome, i) => {
      const key = (articles[i]?.article.title ?? '').split(':')[0] as string;
      stories.set(key, [...(stories.get(key) ?? []), outcome.id]);
    });
    const changes = [];
    for (const [key, ids] of stories) {
      const id = `story-${key.toLowerCase().replace(/\W+/g, '-')}`;
      const stored = await store.story(id);
      const all = new Set([...(stored?.articles.map((a) => a.article.id) ?? []), ...ids]);
      changes.push({ id, title: key, topicId: null, articleIds: [...all] });
    }
    await store.saveStories(changes);
  });
  total += inserted;
  process.stdout.write(`committed ${batch} inserted ${inserted} total ${total}\n`);
}
process.stdout.write(`done inserted ${total} duplicates ${duplicates}\n`);
await store.close();
