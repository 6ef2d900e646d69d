/**
 * A child process for the PostgreSQL fault and concurrency tests: it opens the store at a URL and
 * upserts invented articles (numbered `from`..`to`, in batches), printing one JSON line per
 * committed batch: `{"outcomes":[{"n":…,"status":…,"id":…},…]}`.
 *
 *   node test/store/pg-worker.ts URL FROM TO BATCH [reverse] [variant]
 *
 * `variant` "b" is the second ingester's view of the same articles: every 10th under its URL with
 * tracking parameters added (the same URL key), every 7th under another URL (the same text).
 */
import { contentHash, urlKey } from '../../src/store/keys.ts';
import { openPostgresStore } from '../../src/store/postgres/index.ts';
import type { NewArticle } from '../../src/store/types.ts';

const TOWNS = ['Vellmark', 'Orsney', 'Kestrel Bay', 'Dunmere', 'Halloway'];
const TOPICS = ['ferry timetable', 'library roof', 'tram depot', 'harbour wall', 'school meals'];

/** Invented article number `n` (the same text for the same `n`), as one ingester sees it. */
export function inventedArticle(n: number, variant: 'a' | 'b' = 'a'): NewArticle {
  const town = TOWNS[n % TOWNS.length] as string;
  const topic = TOPICS[Math.floor(n / TOWNS.length) % TOPICS.length] as string;
  const title = `${town} council item ${n}: the ${topic}`;
  const text =
    `The ${town} council voted on item ${n} about the ${topic} on Tuesday.\n\n` +
    `Councillor Maren Oduya said the plan number ${n} would cost ${(n * 37) % 900} thousand crowns.`;
  let url = `https://vellmark-post.example/news/${n}`;
  if (variant === 'b' && n % 10 === 0) url += '?utm_source=newsletter';
  else if (variant === 'b' && n % 7 === 0) url = `https://orsney-daily.example/wire/${n}`;
  return {
    article: {
      id: `batch-${n}`,
      source: `invented/${n}.txt`,
      title,
      titleInferred: false,
      byline: null,
      outlet: n % 2 === 0 ? 'Vellmark Post' : 'Orsney Daily',
      url,
      publishedAt: new Date(Date.UTC(2025, 0, 1) + n * 3_600_000).toISOString(),
      modifiedAt: null,
      language: 'en',
      section: null,
      metadataSources: {},
      text,
      body: text.split('\n\n'),
      paragraphs: [],
      removed: [],
      media: [],
      wordCount: text.split(/\s+/).length,
      syndicatedFrom: null,
      syndicationNote: null,
    },
    urlKey: urlKey(url),
    contentHash: contentHash(text),
    features: { n },
  };
}

async function main(): Promise<void> {
  const [url, fromText, toText, batchText, order = 'forward', variant = 'a'] = process.argv.slice(2);
  if (url === undefined || fromText === undefined || toText === undefined || batchText === undefined) {
    throw new Error('usage: pg-worker.ts URL FROM TO BATCH [reverse] [variant]');
  }
  const numbers: number[] = [];
  for (let n = Number(fromText); n <= Number(toText); n++) numbers.push(n);
  if (order === 'reverse') numbers.reverse();
  const store = await openPostgresStore(url);
  const size = Number(batchText);
  for (let i = 0; i < numbers.length; i += size) {
    const slice = numbers.slice(i, i + size);
    const outcomes = await store.upsertArticles(slice.map((n) => inventedArticle(n, variant as 'a' | 'b')));
    const lines = outcomes.map((outcome, k) => ({ n: slice[k], ...outcome }));
    process.stdout.write(`${JSON.stringify({ outcomes: lines })}\n`);
  }
  await store.close();
}

if (import.meta.main) await main();
