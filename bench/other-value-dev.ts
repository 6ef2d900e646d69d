/**
 * npx node bench/other-value-dev.ts — the report's ≠ ("a sentence of it gives its figure another
 * value", `compare/other-value.ts`) read as a contradiction prediction on the labelled dev pairs
 * (issue 10): each dev pair is marked ≠ when `otherValueOf` finds, in either direction, a figure of
 * one sentence given another value by the other, the other sentence's article giving the first's
 * value nowhere (as the coverage asks of an article). Prints P / R against the gold contradictions,
 * and the marked pairs by kind of figure (money, a unit, a count of a measure, a count told by a
 * shared predicate), per round; `--round NAME` (repeatable) one round's pairs only, `--show` each
 * marked pair's sentences and each missed gold contradiction's. Never reads the held-out half.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { otherValueOf } from '../src/stages/compare/other-value.ts';
import type { Reading } from '../src/stages/compare/support/index.ts';
import { measureOf } from '../src/stages/compare/support/measures.ts';
import type { ClaimFigure } from '../src/text/quantities.ts';
import { kindTable } from './lib/clash-kinds.ts';
import { loadSupportGroups } from './lib/support-data.ts';
import { judgeAll } from './lib/support-judge.ts';
import { readPairs } from './lib/support-pairs.ts';

const { values } = parseArgs({
  options: { round: { type: 'string', multiple: true }, show: { type: 'boolean' } },
});
const line = (s = '') => process.stdout.write(`${s}\n`);
const pairs = readPairs(join(import.meta.dirname, 'data', 'support-pairs.jsonl')).filter(
  (p) => p.half === 'dev' && (values.round === undefined || values.round.includes(p.round ?? '')),
);
const groups = loadSupportGroups();
const present = new Set(groups.map((g) => g.dataset));
const { details } = judgeAll(
  pairs.filter((p) => present.has(p.dataset)),
  groups,
  { detail: true },
);

// The kind of a ≠: what the figure is a value of.
function kindOf(f: ClaimFigure, r: Reading): string {
  if (f.unit !== null) return /^[A-Z]{3}$/.test(f.unit) ? 'money' : `unit ${f.unit}`;
  const m = measureOf(f, r);
  return m !== null ? `count: ${m}` : 'count: predicate';
}

// The pairs' groups: the dev half's first rounds, the blind contradiction audits, the other dev rounds.
const groupOf = (round: string | undefined): string =>
  round === undefined ? 'dev' : round.startsWith('dev-contra-') ? 'contra rounds' : 'other rounds';

interface Marked {
  readonly id: string;
  readonly group: string;
  readonly gold: string;
  readonly kind: string | undefined;
  readonly claim: string;
  readonly evidence: string;
}
const rows: Marked[] = [];
for (const p of pairs) {
  const d = details.get(p.id);
  const [a, b] = d?.readings ?? [null, null];
  if (!d || !a || !b) continue;
  const [heldA, heldB] = d.articleFigures;
  const fb = otherValueOf(a, b, heldB);
  const fa = fb ? undefined : otherValueOf(b, a, heldA);
  const kind = fb ? kindOf(fb, b) : fa ? kindOf(fa, a) : undefined;
  rows.push({ id: p.id, group: groupOf(p.round), gold: p.label, kind, claim: d.claim, evidence: d.evidence });
}
const marked = rows.filter((r) => r.kind !== undefined);
const right = marked.filter((r) => r.gold === 'contradicts').length;
const gold = rows.filter((r) => r.gold === 'contradicts').length;
line(
  `dev ≠ as contradicts: P ${(right / Math.max(1, marked.length)).toFixed(3)}  R ${(right / Math.max(1, gold)).toFixed(3)}  (${right} of ${marked.length} marked, ${gold} gold, ${rows.length} pairs read)`,
);
const byGold = new Map<string, number>();
for (const r of marked) byGold.set(r.gold, (byGold.get(r.gold) ?? 0) + 1);
line(`  the marked pairs' gold labels: ${[...byGold].map(([k, n]) => `${k} ${n}`).join(', ')}`);
const names = ['dev', 'contra rounds', 'other rounds'];
const cell = ([t, n]: [number, number]) => `${t} of ${n}`.padEnd(9);
line(`\nkind of ≠: gold contradicts of the pairs marked; ${names.join(' | ')} | all`);
for (const k of kindTable(rows, names))
  line(`  ${k.kind.padEnd(22)} ${k.byGroup.map(cell).join(' ')} ${cell(k.all)}`);
if (values.show)
  for (const r of rows.filter((x) => x.kind !== undefined || x.gold === 'contradicts')) {
    line(`\n[${r.id} ${r.group}] gold ${r.gold}, ${r.kind ? `≠ ${r.kind}` : 'no ≠'}`);
    line(`  A: ${r.claim}`);
    line(`  B: ${r.evidence}`);
  }
