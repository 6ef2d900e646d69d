// node bench/pg-unplaced.ts POSTGRES_URL [--articles 10000,100000] [--runs 30]
// The PostgreSQL store's `earliestUnplaced` (called by every grouping step and every first changes
// page) on stores of N articles, all placed but the last few: p50/p95 of `runs` calls, and the plan
// PostgreSQL chose. Each store is a database made for the run on that server (synthetic rows written
// by SQL, no pipeline) and dropped after. The URL names any database of a server the user may create
// databases on (the throwaway cluster: url=$(bash scripts/pg-test-cluster.sh start)).
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openStore } from '../src/store/index.ts';
import { adminQuery, withDatabase } from '../test/store/pg-database.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { articles: { type: 'string', default: '10000,100000' }, runs: { type: 'string', default: '30' } },
});
const server = positionals[0];
if (!server) throw new Error('usage: node bench/pg-unplaced.ts POSTGRES_URL [--articles N,M] [--runs R]');
const runs = Number(values.runs);
const UNPLACED = 3;

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

const admin = (sql: string) => adminQuery(server, sql);

for (const n of values.articles.split(',').map(Number)) {
  const name = `parallax_unplaced_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = withDatabase(server, name);
  try {
    // the schema, as the store makes it
    await (await openStore(url)).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    // n articles a minute apart, a story of five each; the last UNPLACED in none
    await client.query(
      `INSERT INTO articles (id, url_key, content_hash, outlet, title, published_at, ingested_at, text, article, search)
       SELECT 'a' || i, 'u' || i, 'h' || i, 'Outlet ' || (i % 40), 'Title ' || i,
              timestamptz '2026-01-01' + i * interval '1 minute', now(), 'text ' || i, '{}'::jsonb, to_tsvector('simple', 'text')
         FROM generate_series(1, $1::int) AS i`,
      [n],
    );
    await client.query(
      `INSERT INTO stories (id, title, updated_at) SELECT 's' || i, 'Story ' || i, now() FROM generate_series(0, $1::int / 5) AS i`,
      [n],
    );
    await client.query(
      `INSERT INTO memberships (article_seq, story_id, sort_at, outlet)
       SELECT seq, 's' || (seq / 5), sort_at, outlet FROM articles WHERE seq <= $1::int`,
      [n - UNPLACED],
    );
    await client.query('VACUUM ANALYZE');
    // the plan the store's query gets (a merge of the primary keys), and the one PostgreSQL picks alone
    const explain = async (hashes: boolean) => {
      await client.query('BEGIN');
      if (!hashes) await client.query('SET LOCAL enable_hashjoin = off');
      const plan = await client.query(
        `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT min(a.sort_at) AS at FROM articles a
           WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.article_seq = a.seq)`,
      );
      await client.query('COMMIT');
      return plan.rows.map((r) => `  ${r['QUERY PLAN']}`).join('\n');
    };
    const plans = { store: await explain(false), alone: await explain(true) };
    // the planner's own choice, timed as the store's query is
    const alone: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await client.query(
        `SELECT min(a.sort_at) AS at FROM articles a WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.article_seq = a.seq)`,
      );
      alone.push(performance.now() - start);
    }
    alone.sort((a, b) => a - b);
    await client.end();
    const store = await openStore(url);
    const times: number[] = [];
    let at: string | null = null;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      at = await store.earliestUnplaced();
      times.push(performance.now() - start);
    }
    await store.close();
    times.sort((a, b) => a - b);
    console.log(
      `${n.toLocaleString('en-US')} articles (${UNPLACED} unplaced, earliest ${at}): earliestUnplaced p50 ${quantile(times, 0.5)?.toFixed(1)} ms, p95 ${quantile(times, 0.95)?.toFixed(1)} ms over ${runs} calls (load ${loadavg()[0]?.toFixed(1)})`,
    );
    console.log(
      `  the planner's own plan: p50 ${quantile(alone, 0.5)?.toFixed(1)} ms, p95 ${quantile(alone, 0.95)?.toFixed(1)} ms`,
    );
    console.log(`the store's plan:\n${plans.store}\nthe planner's own:\n${plans.alone}`);
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
