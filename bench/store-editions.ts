// npx node bench/store-editions.ts [N]: a page overwritten each day (one address, N editions, each
// ingested on its day) met again: its newest edition alone, all N in one ingest, and one ingest each.
// Prints the stored articles each read (`Store.article` calls) and its wall time (noisy on a shared
// machine: the reads are the figure). Invented texts of made-up words; a fresh SQLite file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext } from '../src/model/index.ts';
import { openStore } from '../src/store/index.ts';
import { ingestInto } from '../src/store/ingest/index.ts';
import type { Store } from '../src/store/types.ts';

const N = Number(process.argv[2] ?? 30);
if (!Number.isInteger(N) || N < 2) throw new Error('N: a whole number of editions, 2 or more');
let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const SYLLABLES = ['ka', 'lo', 'mir', 'ten', 'vos', 'qua', 'bel', 'dor', 'fen', 'gri', 'hul', 'jas', 'nep'];
const word = () =>
  Array.from({ length: 2 + Math.floor(random() * 2) }, () => SYLLABLES[Math.floor(random() * 13)]).join('');
const sentence = () => `${Array.from({ length: 12 }, word).join(' ')}.`;
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
const files = Array.from({ length: N }, (_, n) => ({
  path: `edition-${n}.json`,
  bytes: new TextEncoder().encode(
    JSON.stringify({
      title: `Morning briefing ${n}`,
      outlet: 'Orrin Post',
      url: 'https://orrin-post.example/briefing/today',
      publishedAt: `${day(n)}T06:00:00Z`,
      text: Array.from({ length: 6 }, sentence).join(' '),
    }),
  ),
}));
const dir = mkdtempSync(join(tmpdir(), 'parallax-editions-'));
try {
  const store = await openStore(join(dir, 'editions.db'));
  let reads = 0;
  const counting = new Proxy(store, {
    get: (target, key) =>
      key === 'article'
        ? (id: string) => {
            reads++;
            return target.article(id);
          }
        : Reflect.get(target, key),
  }) as Store;
  const ctx = () => createContext({ now: new Date('2026-06-01T00:00:00Z') });
  for (const file of files) await ingestInto(store, [file], {}, ctx());
  const measure = async (what: string, run: () => Promise<unknown>) => {
    reads = 0;
    const start = performance.now();
    await run();
    process.stdout.write(
      `${what}: ${reads} stored articles read, ${Math.round(performance.now() - start)} ms\n`,
    );
  };
  process.stdout.write(`${N} editions at one address: ${(await store.stats()).articles} articles stored\n`);
  await measure('the newest edition met again', () => ingestInto(counting, files.slice(-1), {}, ctx()));
  await measure(`all ${N} met again, one ingest`, () => ingestInto(counting, files, {}, ctx()));
  await measure(`all ${N} met again, one ingest each`, async () => {
    for (const file of files) await ingestInto(counting, [file], {}, ctx());
  });
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
