/**
 * npx node bench/report-audit.ts — does each report keep issue 10's promises? Analyses the dev stories
 * only (the NeuS validation stories and ECB+ topics of the support pairs' dev half, `halfOf`, each as
 * its own run, in-process; border-talks and the example through the CLI, as the pre-event audit does)
 * and checks every report (bench/lib/report-audit.ts): (a) a number or date of an agreeing fact or
 * a summary sentence missing from a cited supporter's evidence, (b) a shown fact that is a fragment
 * or has a bare pronoun subject, (c) a ✓ on an editor's note, a repeated headline or a denial, (d) a
 * ◷ on an article published after the fact's event. Prints counts per check and per story, and the
 * first cases of each (`--show N` more, `--only CHECK` one check's, `--story KEY` one story).
 * Never reads a held-out story.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, createContext, type Report } from '../src/index.ts';
import { sharedPath } from '../test/shared.ts';
import { auditStories, reportOf } from './lib/pre-event-items.ts';
import { auditReport, type Case, CHECKS, type Check } from './lib/report-audit.ts';
import { halfOf } from './lib/support-data.ts';

const { values } = parseArgs({
  options: { show: { type: 'string' }, only: { type: 'string' }, story: { type: 'string' } },
});
const line = (s = '') => process.stdout.write(`${s}\n`);
const SHOW = Number(values.show ?? 3);

// A run of one bundle of JSON records (title, text, url), as `parallax analyze bundle.jsonl` reads it.
function reportOfRecords(key: string, records: readonly object[]): Report {
  const bytes = new TextEncoder().encode(records.map((r) => JSON.stringify(r)).join('\n'));
  return analyze([{ path: `${key}.jsonl`, bytes }], {}, createContext());
}

// The dev stories: [key, report thunk], NeuS first.
function* devReports(tmp: string): Generator<readonly [string, () => Report]> {
  const neus = readFileSync(sharedPath('datasets', 'neus_allsides', 'val.jsonl'), 'utf8');
  for (const l of neus.split('\n').filter(Boolean)) {
    const s = JSON.parse(l) as { id: string; sources: { title?: string; text: string }[] };
    if (halfOf(s.id) !== 'dev') continue;
    yield [
      `neus/${s.id}`,
      () =>
        reportOfRecords(
          s.id,
          s.sources.map((src) => ({ title: src.title, text: src.text })),
        ),
    ];
  }
  for (const story of auditStories(tmp)) yield [story.key, () => reportOf(story, tmp)];
}

const tmp = mkdtempSync(join(tmpdir(), 'report-audit-'));
const all: Case[] = [];
const looked: Record<Check, number> = { 'a numbers': 0, 'b shape': 0, 'c evidence': 0, 'd pre-event': 0 };
const perStory = new Map<string, Map<Check, number>>();
let unknown = 0;
let stories = 0;
try {
  for (const [key, run] of devReports(tmp)) {
    if (values.story && key !== values.story) continue;
    const audited = auditReport(run(), key);
    stories++;
    all.push(...audited.cases);
    unknown += audited.unknown;
    for (const c of CHECKS) looked[c] += audited.looked[c];
    const counts = new Map<Check, number>();
    for (const c of audited.cases) counts.set(c.check, (counts.get(c.check) ?? 0) + 1);
    if (counts.size) perStory.set(key, counts);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const WHAT: Record<Check, string> = {
  'a numbers': '(agreeing fact or summary sentence, cited supporter) pairs',
  'b shape': 'shown facts',
  'c evidence': '✓ of other articles',
  'd pre-event': '◷ marks',
};
line(`report audit: ${stories} dev stories`);
for (const c of CHECKS) {
  const mine = all.filter((k) => k.check === c);
  const kinds = Map.groupBy(mine, (k) => k.kind);
  const split = [...kinds].map(([k, v]) => `${v.length} ${k}`).join(', ');
  line(
    `  ${c.padEnd(12)} ${String(mine.length).padStart(4)} of ${looked[c]} ${WHAT[c]}${split ? ` (${split})` : ''}`,
  );
}
line(`  (a) dates neither held nor missing (no article date to tell the day): ${unknown}`);
line('\nper story (a b c d), stories with a case:');
for (const [key, counts] of [...perStory].sort())
  line(`  ${key.padEnd(22)} ${CHECKS.map((c) => counts.get(c) ?? 0).join(' ')}`);
for (const c of CHECKS) {
  if (values.only && !c.startsWith(values.only)) continue;
  const mine = all.filter((k) => k.check === c);
  if (!mine.length) continue;
  line(`\n${c}: the first ${Math.min(SHOW, mine.length)} of ${mine.length}`);
  for (const k of mine.slice(0, SHOW)) {
    line(`[${k.story}] ${k.kind}`);
    for (const l of k.lines) line(`  ${l}`);
  }
}
