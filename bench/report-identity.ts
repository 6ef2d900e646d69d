// Output identity of a change that should change no report (a speed-up, a refactoring): writes the JSON
// reports of the 982 ECB+ documents (one JSONL file, one pile) and of the NeuS development piles (each
// validation story that is dev in both splits, even-numbered for grouping and dev by support-data's
// halfOf, one pile of its outlets' excerpts, and all of them together as one pile) into a folder,
// one thread, a fixed clock and fixed input names, so two checkouts' folders compare byte for byte.
// Run it in each worktree, then compare:
//   PARALLAX_SHARED=/work/shared npx node bench/report-identity.ts --out /tmp/a     (in the base worktree)
//   PARALLAX_SHARED=/work/shared npx node bench/report-identity.ts --out /tmp/b --against /tmp/a
// It prints one sha256 per report; with --against, the reports that differ (exit 1 when any does).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomicFrom } from '../src/io/write-file.ts';
import { createContext } from '../src/model/stage.ts';
import { analyzeParallel } from '../src/parallel/index.ts';
import { writeJson } from '../src/report/json.ts';
import { sharedPath } from '../test/shared.ts';
import { loadEcbPlus } from './lib/ecbplus.ts';
import { halfOf } from './lib/support-data.ts';

const { values } = parseArgs({
  options: { out: { type: 'string' }, against: { type: 'string' }, only: { type: 'string' } },
});
if (!values.out) {
  process.stderr.write('usage: report-identity.ts --out DIR [--against DIR] [--only ecb|neus]\n');
  process.exit(2);
}
const out = values.out;
mkdirSync(out, { recursive: true });

/** The piles: a name and the JSONL lines of its articles. */
function piles(): [string, string[]][] {
  const all: [string, string[]][] = [];
  if (values.only !== 'neus')
    all.push(['ecbplus', loadEcbPlus().map((d) => JSON.stringify({ text: d.text }))]);
  const neus = sharedPath('datasets', 'neus_allsides', 'val.jsonl');
  if (values.only !== 'ecb' && existsSync(neus)) {
    const dev = readFileSync(neus, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: string; sources: { title: string; text: string }[] })
      .filter((s) => Number(s.id.split('-').pop()) % 2 === 0 && halfOf(s.id) === 'dev');
    const lines = (s: (typeof dev)[number]) =>
      s.sources.map(({ title, text }) => JSON.stringify({ title, text }));
    for (const s of dev) all.push([`neus-${s.id}`, lines(s)]);
    all.push(['neus-dev-all', dev.flatMap(lines)]);
  }
  return all;
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
for (const [name, lines] of piles()) {
  // the input as bytes under a fixed name (as `npm run bench` hands it): no temporary path in the report
  const bytes = new TextEncoder().encode(lines.join('\n'));
  const ctx = createContext({ now: new Date('2026-01-01T00:00:00Z') });
  const report = await analyzeParallel([{ path: `${name}.jsonl`, bytes }], {}, ctx, { jobs: 1 });
  const file = join(out, `${name}.json`);
  await writeFileAtomicFrom(file, (write) => writeJson(report, write));
  process.stdout.write(`${name} ${sha(file)}\n`);
}

if (values.against) {
  const base = values.against;
  const names = [...new Set([...readdirSync(base), ...readdirSync(out)])].sort();
  const differ = names.filter(
    (n) =>
      !existsSync(join(base, n)) || !existsSync(join(out, n)) || sha(join(base, n)) !== sha(join(out, n)),
  );
  process.stdout.write(
    differ.length
      ? `${differ.length} of ${names.length} reports differ: ${differ.join(', ')}\n`
      : `all ${names.length} reports identical\n`,
  );
  process.exitCode = differ.length ? 1 : 0;
}
