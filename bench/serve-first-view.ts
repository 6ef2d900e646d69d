// A big story's first view in the web app: how long a reader waits for the story page of a story whose
// report was never computed (`parallax ingest` computes none), answered by the app in this process
// (`app.request`). The store is made here of invented articles: one event told by N outlets in varied
// words (default 58), and eight short unrelated ones. Prints, for the app as `createApp` makes it
// (reports computed when asked for, in the request's thread) and as `parallax serve` makes it (stale
// reports of the list's first page computed ahead in a worker thread): the list page's time, the story
// page asked for at once, and asked for once the computing ahead is over; wall clock and this thread's
// CPU time, with the load average. Then the report thread's start alone (a new thread's first report).
// Node's compile cache is on, as the CLI turns it on (bin/parallax.js), so the report thread is timed
// as `parallax serve` starts it.
// Usage: npx node bench/serve-first-view.ts [N]
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import module from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createContext } from '../src/model/index.ts';
import { createApp } from '../src/server/index.ts';
import { reportThread } from '../src/server/report-thread.ts';
import { openStore } from '../src/store/index.ts';
import { ingestInto } from '../src/store/ingest/index.ts';

module.enableCompileCache();
const N = Number(process.argv[2] ?? 58);
const WARMED = 50;

const VERBS = ['said', 'told reporters', 'announced', 'confirmed', 'said in a statement'];
const HOW = ['rough', 'heavy', 'sudden', 'violent', 'strong', 'squally', 'fierce'];
const PASSENGERS = [212, 214, 220, 230, 208, 216];
function telling(i: number): string {
  const verb = VERBS[i % VERBS.length];
  const how = HOW[i % HOW.length];
  const lines = [
    `Ferry runs aground off Calder Sound in ${how} seas`,
    '',
    `The ferry Brannock Star ran aground off Calder Sound on Friday, June 13, 2025, in ${how} seas, the island ferry company ${verb}.`,
    `About ${PASSENGERS[i % PASSENGERS.length]} passengers were taken off by lifeboats from Pellow and Garth Bay, according to the coastguard, and no one was badly hurt.`,
    `"Our crews reached the ship within forty minutes and everyone is safe," said Marta Koenig, the coastguard's duty controller.`,
    i % 3 === 0
      ? `The company's chief executive, Owen Tallis, said the ferry would stay out of service for at least two weeks.`
      : `The island council ${verb} it would open the school hall at Garth Bay for passengers who could not travel on.`,
    i % 4 === 0
      ? `Islanders have complained for years that the harbour channel is not dredged often enough.`
      : `Forecasters expect the wind to ease on Sunday.`,
    i % 5 === 0 ? `The repair is expected to cost 3 million pounds, the company said.` : '',
  ];
  return lines.filter((l) => l !== '').join('\n\n');
}
const OTHERS = [
  'Ashcombe council approves a new library on Mill Street, costing 4 million pounds.',
  'Ferry fares between Pellham and Grey Point rise by 8 percent in June.',
  'The Brackwater Chess Club wins the regional title after beating Oldcastle.',
  'Crumb and Co opens its tenth bakery in Harlow Green, founder Nadia Pereira said.',
  'The Wexcombe museum recovers a painting stolen in 2019, police said on Thursday.',
  'St Ebba hospital opens a maternity wing with 40 beds, the health board said.',
  'Bus drivers in Coldharbour vote to strike for three days over pay.',
  'Twin red pandas are born at the Ravensholt zoo, keepers said on Tuesday.',
];
const records = [
  ...Array.from({ length: N }, (_, i) => ({
    text: telling(i),
    outlet: `Island Outlet ${String(i + 1).padStart(2, '0')}`,
    url: `https://outlet${i + 1}.example/news/brannock-star`,
    publishedAt: `2025-06-${13 + (i % 3)}T${String(6 + (i % 12)).padStart(2, '0')}:00:00Z`,
  })),
  ...OTHERS.map((text, i) => ({
    text: `${text}\n\n${text.split(' ').slice(0, 6).join(' ')} was welcomed, officials said.`,
    outlet: `Town Paper ${i}`,
    url: `https://town${i}.example/${i}`,
    publishedAt: `2025-05-0${i + 1}T10:00:00Z`,
  })),
];
const dir = mkdtempSync(join(tmpdir(), 'parallax-first-view-'));
// removed however the run ends (a failed request or ingest throws)
process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
const made = join(dir, 'made.db');
const store = await openStore(made);
await ingestInto(
  store,
  [
    {
      path: 'bench.jsonl',
      bytes: new TextEncoder().encode(records.map((r) => JSON.stringify(r)).join('\n')),
    },
  ],
  {},
  createContext({ now: new Date() }),
);
const stories = await store.stories();
const big = stories.reduce((a, b) => (b.articleCount > a.articleCount ? b : a));
await store.close();
console.log(
  `store: ${records.length} invented articles, ${stories.length} stories; the big one ${big.id}: ${big.articleCount} articles`,
);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
async function timed(app: { request: (path: string) => Response | Promise<Response> }, path: string) {
  const t0 = performance.now();
  const c0 = cpu();
  const res = await app.request(path);
  await res.text();
  return { ms: performance.now() - t0, cpu: cpu() - c0, status: res.status };
}
const show = (t: { ms: number; cpu: number; status: number }) =>
  `${t.ms.toFixed(0)} ms (CPU of this process ${t.cpu.toFixed(0)} ms${t.status === 200 ? '' : `, status ${t.status}`})`;

// each case on a fresh copy of the store as ingest left it: no report computed
for (const [name, warmReports] of [
  ['as createApp makes it (computed when asked, in the request thread)', 0],
  [`as parallax serve makes it (warmReports ${WARMED}, a worker thread)`, WARMED],
] as const) {
  for (const wait of [false, true]) {
    const copy = join(dir, `copy-${warmReports}-${wait}.db`);
    copyFileSync(made, copy);
    const served = await openStore(copy);
    const made2 = createApp({ store: served, warmReports });
    const { app } = made2;
    // (a createApp of before the computing ahead has no `reports`: the bench runs on both)
    const reports = (made2 as { reports?: { warmed(): Promise<number>; close(): Promise<void> } }).reports;
    const started = performance.now();
    const list = await timed(app, '/');
    let warmed = '';
    if (wait && reports) {
      const n = await reports.warmed();
      warmed = ` · ${n} reports computed ahead in ${(performance.now() - started).toFixed(0)} ms`;
    }
    const first = await timed(app, `/stories/${big.id}`);
    const again = await timed(app, `/stories/${big.id}`);
    console.log(
      `${name}, story asked for ${wait ? 'after the computing ahead' : 'at once'}: list ${show(list)}${warmed} · story page first view ${show(first)} · again ${show(again)}`,
    );
    await reports?.close();
    await served.close();
  }
}

// the report thread's start alone: a new thread's first report, of a story of no article (its modules
// and wink-nlp loaded), three times
const starts: string[] = [];
for (let i = 0; i < 3; i++) {
  const thread = reportThread({});
  const t0 = performance.now();
  const c0 = cpu();
  await thread?.compute(
    { story: { id: 'empty', title: 'Empty', topicId: null }, articles: [], outlets: [] },
    {},
    createContext({ now: new Date() }),
  );
  starts.push(`${(performance.now() - t0).toFixed(0)} ms (CPU ${(cpu() - c0).toFixed(0)} ms)`);
  await thread?.close();
}
console.log(`report thread's start, to its first report: ${starts.join(', ')}`);
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
