/**
 * npx node bench/summary-cv.ts [--folds K] [--margin M] BASE.jsonl RUN.jsonl … — which of several
 * summary runs to keep, cross-validated on the development half. Each file is an
 * `eval:summary -- --dev --dump FILE` of one variant of the summarize stage (BASE the code as it is).
 * Prints, per run, its R1 change over BASE in each of K folds of the dev stories (default 5, by a
 * hash of the story id: bench/lib/summary-folds.ts); then the choice cross-validated: for each fold,
 * the run with the best mean R1 on the other folds (BASE unless one beats it there by more than M,
 * default 0) and its change on the left-out fold. The mean of those changes is what choosing among
 * these runs on dev gives on stories it did not see; a run is worth keeping only when it is chosen in
 * most folds and its left-out changes hold above zero. Prints figures only: no text of the data.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { signed } from './lib/summary-compare.ts';
import { crossValidate, foldChanges, foldLine, pairScores } from './lib/summary-folds.ts';

interface Dumped {
  readonly id: string;
  readonly r1: number;
  readonly lead: number;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [value] = args.splice(at, 2).slice(1);
  return Number(value);
};
const k = option('--folds', 5);
const margin = option('--margin', 0);
const [baseFile, ...runFiles] = args;
if (!baseFile || !runFiles.length || !(k >= 2))
  throw new Error('usage: npx node bench/summary-cv.ts [--folds K] [--margin M] BASE.jsonl RUN.jsonl …');
const read = (file: string): Dumped[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Dumped);

const base = read(baseFile);
const name = (file: string) => basename(file).replace(/\.jsonl$/, '');
console.log(
  `summary-cv: ${base.length} dev stories of ${baseFile}, ${runFiles.length} runs, ${k} folds by story id hash`,
);
console.log(
  foldLine(
    `${name(baseFile)} − lead R1`,
    foldChanges(
      pairScores(
        base,
        base.map((s) => ({ id: s.id, r1: s.lead })),
      ),
      k,
    ),
  ),
);
const runs = new Map<string, ReadonlyMap<string, number>>();
for (const file of runFiles) {
  const run = read(file);
  runs.set(name(file), new Map(run.map((s) => [s.id, s.r1])));
  console.log(foldLine(`${name(file)} − ${name(baseFile)}`, foldChanges(pairScores(run, base), k)));
}
const cv = crossValidate(new Map(base.map((s) => [s.id, s.r1])), runs, k, margin);
for (const c of cv.choices)
  console.log(
    `fold ${c.fold} (${c.n} stories): chosen on the others ${c.chosen} (${signed(c.fitted)} there), left out ${signed(c.change)}`,
  );
console.log(
  foldLine(`cross-validated choice − ${name(baseFile)}${margin ? ` (margin ${margin})` : ''}`, cv.spread),
);
