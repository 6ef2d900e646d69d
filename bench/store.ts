// npm run bench:store: ingest a synthetic feed made from the ECB+ and NeuS articles (shifted dates,
// reworded leads; see lib/store-data.ts) into a store with the whole per-article pipeline and the
// online grouping, each size in its own process on an empty store; prints articles/s, peak RSS,
// the store's size, search p50/p95 over the 200 queries of data/store-queries.txt, `stories --since`
// latency, the time to compute the report of a story of about 50 articles and then `parallax story
// <id>` with that report stored, run as a new process from this one once the child has exited
// (median of 5: the cold read), the growth exponent
// of the ingest time from the smallest size to the largest; and the B-cubed of the stored stories
// against the feed's gold stories, beside batch grouping's (lib/store-quality.ts).
// Arguments: sizes (default 10000 30000; `--full` adds 100000); `--db postgres://…` runs against
// that (empty) PostgreSQL database instead of a fresh SQLite file per size (default size 10000);
// `--jobs N` sets the ingest's threads (N-1 workers prepare; default one per core; 1: one thread).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const dbAt = args.indexOf('--db');
const url = dbAt >= 0 ? args[dbAt + 1] : undefined;
if (dbAt >= 0 && !url?.startsWith('postgres'))
  throw new Error('--db takes a postgres:// URL (SQLite runs use a fresh temporary file)');
const jobsAt = args.indexOf('--jobs');
const jobs = jobsAt >= 0 ? args[jobsAt + 1] : undefined;
if (jobs !== undefined && !/^[1-9]\d*$/.test(jobs)) throw new Error('--jobs takes a whole number above 0');
const sizes = args
  .filter((a, i) => /^\d+$/.test(a) && (dbAt < 0 || i !== dbAt + 1) && (jobsAt < 0 || i !== jobsAt + 1))
  .map(Number);
if (!sizes.length)
  sizes.push(...(url ? [10_000] : [10_000, 30_000]), ...(args.includes('--full') ? [100_000] : []));
if (url && sizes.length > 1)
  throw new Error('against PostgreSQL, one size per run (the database must be empty)');

const child = new URL('./lib/store-child.ts', import.meta.url).pathname;
const cli = new URL('../bin/parallax.js', import.meta.url).pathname;
/**
 * `parallax story <id>` as a user runs it, a new process each time, now that its report is stored
 * (start, open the store, read the story and its report, render Markdown): five wall times in ms.
 * Run from this small process after the ingest's child has exited, so that neither the child's
 * memory nor its open store weighs on the spawn or the read.
 */
const coldStory = (id: string, location: string) =>
  Array.from({ length: 5 }, () => {
    const t0 = performance.now();
    execFileSync(process.execPath, [cli, 'story', id, '--db', location], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return performance.now() - t0;
  });
const median = (values: readonly number[]) =>
  values.length ? Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number) : 0;
const pad = (value: string | number, width: number) => String(value).padStart(width);
const runs: { n: number; ingestMs: number }[] = [];
process.stdout.write(
  `store: ${url ? 'PostgreSQL' : 'SQLite (a fresh file per size)'}; threads: ${jobs ?? 'one per core'}\n`,
);
process.stdout.write(
  'articles   ingest s   articles/s   ingest peak RSS MiB   db MiB   stories   search p50/p95 ms   since ms   story report ms\n',
);
for (const n of sizes) {
  const dir = url ? null : mkdtempSync(join(tmpdir(), 'parallax-bench-store-'));
  try {
    const location = url ?? join(dir as string, 'bench.db');
    const out = execFileSync(process.execPath, [child, String(n), location, ...(jobs ? [jobs] : [])], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const run = JSON.parse(out.trim().split('\n').pop() as string);
    runs.push(run);
    const cold = run.storyId ? coldStory(run.storyId, location) : [];
    process.stdout.write(
      `${pad(n, 8)}   ${pad((run.ingestMs / 1000).toFixed(1), 8)}   ${pad(Math.round(n / (run.ingestMs / 1000)), 10)}   ${pad(run.rssMiB, 19)}   ${pad((run.dbBytes / 2 ** 20).toFixed(0), 6)}   ${pad(run.stories, 7)}   ${pad(`${run.searchP50} / ${run.searchP95}`, 17)}   ${pad(run.sinceMs, 8)}   ${pad(`${run.storyMs} (${run.storyArticles} articles)`, 15)}\n`,
    );
    process.stdout.write(
      `           ingest CPU (all its threads) ${run.ingestCpuS} s; peak RSS with the read side and the grouping check ${run.rssAllMiB} MiB\n`,
    );
    process.stdout.write(
      `           parallax story ${run.storyArticles}-article story, report stored, new process: median ${median(cold)} ms of ${cold.length} (first ${Math.round(cold[0] ?? 0)} ms); load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}\n`,
    );
    process.stdout.write(
      `           per stage ms: ${Object.entries(run.stages as Record<string, number>)
        .map(([k, v]) => `${k} ${v}`)
        .join(
          ', ',
        )}; ${run.duplicates} duplicates; ${run.hitsPerQuery} hits per query; ${run.sinceStories} stories since the feed's last 30 days\n`,
    );
    const g = run.grouping as Record<string, number[]>;
    const prf = (key: string) => (g[key] as number[]).join('/');
    process.stdout.write(
      `           stories, B-cubed P/R/F1 against the feed's events and copies: stored ${prf('online')}, batch grouping of the same features ${prf('batch')}; against its events alone: ${prf('onlineByEvent')}, ${prf('batchByEvent')}\n`,
    );
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
const first = runs[0];
const last = runs[runs.length - 1];
if (first && last && last.n > first.n)
  process.stdout.write(
    `growth exponent of ingest time from ${first.n} to ${last.n}: ${(Math.log(last.ingestMs / first.ingestMs) / Math.log(last.n / first.n)).toFixed(2)}\n`,
  );
