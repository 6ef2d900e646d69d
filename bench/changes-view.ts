// What `parallax changes`, /api/changes and the What changed page read (`storyChanges`) on a store of
// invented articles (default 10,000: 9,000 in 900 stories of 10, then since the mark 1,000 more: 500
// joining 250 stored stories, 500 in 50 new stories; 200 corrected pages, kept as earlier versions;
// 20 merges and 10 splits): prints the median and p95 of 30 reads of a first page of 50 since the
// mark and since before the store began (every story changed), and of every page of 50 since the
// mark walked by its cursor. Four queries a page, whatever its size. Run: `npx node
// bench/changes-view.ts [articles] [--db postgres://…]` (an empty PostgreSQL database instead of a
// fresh SQLite file).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { type NewArticle, openStore, type StoryChange } from '../src/store/index.ts';
import { newArticle } from '../test/store/make-article.ts';

const args = process.argv.slice(2);
const dbAt = args.indexOf('--db');
const url = dbAt >= 0 ? args[dbAt + 1] : undefined;
const size = Number(args.find((a, i) => /^\d+$/.test(a) && (dbAt < 0 || i !== dbAt + 1)) ?? 10_000);
const READS = 30;
const PER_STORY = 10;
const PLACES = ['Varnholm', 'Quillsby', 'Pell Harbour', 'Drumcarrow', 'Lissendale'];

/** The n-th invented article (version `v`: a corrected page's text differs). */
function made(n: number, v = 0): NewArticle {
  const place = PLACES[n % PLACES.length] as string;
  return newArticle({
    title: `${place} council item ${n}`,
    text: `The ${place} council met on Monday about item ${n}.\n\nResidents asked ${n % 7} questions${v ? `; corrected: ${v + 2} questions` : ''}.`,
    outlet: `Outlet ${n % 6}`,
    url: `https://news${n % 4}.example/${n}`,
    publishedAt: new Date(Date.UTC(2026, 10, 1) + (n % 30) * 86_400_000).toISOString(),
    features: null,
  });
}

const dir = url ? null : mkdtempSync(join(tmpdir(), 'parallax-changes-view-'));
const store = await openStore(url ?? join(dir as string, 'store.db'));
try {
  const before = new Date(Date.now() - 1000).toISOString();
  const ids: string[] = [];
  const insert = async (from: number, to: number) => {
    for (let i = from; i < to; i += 1000) {
      const out = await store.upsertArticles(
        Array.from({ length: Math.min(1000, to - i) }, (_, k) => made(i + k)),
      );
      ids.push(...out.map((o) => o.id));
    }
  };
  const stored = Math.round(size * 0.9);
  await insert(0, stored);
  const members = new Map<string, string[]>();
  for (let s = 0; s < stored / PER_STORY; s++)
    members.set(`s${s}`, ids.slice(s * PER_STORY, (s + 1) * PER_STORY));
  const save = async (names: readonly string[]) => {
    const changes: StoryChange[] = names.map((id) => ({
      id,
      title: id,
      topicId: null,
      articleIds: members.get(id) ?? [],
    }));
    for (let i = 0; i < changes.length; i += 100) await store.saveStories(changes.slice(i, i + 100));
  };
  await save([...members.keys()]);
  await sleep(5);
  const mark = new Date().toISOString();
  await sleep(5);
  // since the mark: new articles (half into stored stories, two each; half in new stories of ten)
  await insert(stored, size);
  const fresh = ids.slice(stored);
  const half = Math.floor(fresh.length / 2);
  const grown: string[] = [];
  for (let k = 0; k < half; k += 2) {
    const id = `s${(k / 2) * 3}`;
    members.get(id)?.push(...fresh.slice(k, k + 2));
    grown.push(id);
  }
  const born: string[] = [];
  for (let k = half; k < fresh.length; k += PER_STORY) {
    const id = `n${k}`;
    members.set(id, fresh.slice(k, k + PER_STORY));
    born.push(id);
  }
  await save([...grown, ...born]);
  // corrections: one article of each of 200 other stories (at 10,000 articles; the counts below scale)
  const corrected = Array.from({ length: Math.floor(size / 50) }, (_, k) => (k * 3 + 1) * PER_STORY);
  await store.replaceArticles(
    corrected.map((n) => {
      const next = made(n, 1);
      return {
        id: ids[n] as string,
        article: next.article,
        contentHash: next.contentHash,
        features: null,
        keepEarlier: true,
      };
    }),
  );
  // 20 merges (a story's articles all into the next one) and 10 splits (half a story into a new one)
  const moved: string[] = [];
  for (let k = 0; k < size / 500; k++) {
    const [from, to] = [`s${k * 3 + 2}`, `s${k * 3 + 5}`];
    members.set(to, [...(members.get(to) ?? []), ...(members.get(from) ?? [])]);
    members.delete(from);
    moved.push(to);
  }
  for (let k = 0; k < size / 1000; k++) {
    const id = `s${Math.floor(stored / PER_STORY / 3) * 2 + k * 3}`;
    const whole = members.get(id) ?? [];
    members.set(id, whole.slice(0, 5));
    members.set(`p${k}`, whole.slice(5));
    moved.push(id, `p${k}`);
  }
  await save(moved);

  const time = async (read: () => Promise<unknown>) => {
    await read(); // warm: statements prepared, pages in the cache
    const ms: number[] = [];
    for (let i = 0; i < READS; i++) {
      const t = performance.now();
      await read();
      ms.push(performance.now() - t);
    }
    return ms;
  };
  const at = (xs: number[], q: number) =>
    (xs.toSorted((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] as number).toFixed(1);
  const line = (label: string, ms: number[]) =>
    `  ${label}: median ${at(ms, 0.5)} ms, p95 ${at(ms, 0.95)} ms\n`;
  const first = await store.storyChanges({ changedSince: mark, limit: 50 });
  let listed = 0;
  const pages: number[] = [];
  for (let after: (typeof first)[number]['story'] | undefined, n = 0; n < 1000; n++) {
    const t = performance.now();
    const page = await store.storyChanges({ changedSince: mark, limit: 50, ...(after ? { after } : {}) });
    pages.push(performance.now() - t);
    listed += page.length;
    if (page.length < 50) break;
    after = page.at(-1)?.story;
  }
  const stats = await store.stats();
  process.stdout.write(
    `${url ? 'postgres' : 'sqlite'}: ${stats.articles} articles, ${stats.stories} stories; ${listed} changed since the mark ` +
      `(first page: ${first.length} stories, ${first.reduce((n, x) => n + x.newArticles, 0)} new, ${first.reduce((n, x) => n + x.updatedArticles, 0)} updated, ${first.reduce((n, x) => n + x.events.length, 0)} events)\n` +
      line(
        'first page of 50 since the mark',
        await time(() => store.storyChanges({ changedSince: mark, limit: 50 })),
      ) +
      line(
        'first page of 50 since before the store (every story)',
        await time(() => store.storyChanges({ changedSince: before, limit: 50 })),
      ) +
      line(`each of the ${pages.length} pages of 50 since the mark, by cursor (one walk)`, pages) +
      `  (${READS} reads each; load ${loadavg()[0]?.toFixed(1)})\n`,
  );
} finally {
  await store.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
