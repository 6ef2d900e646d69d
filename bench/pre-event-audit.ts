/**
 * npm run -s eval:pre-event — the blind audit of "published before the event" (◷) in reports (issue
 * 10), re-scored on the current code. The labelled items (bench/data/pre-event-audit.jsonl: ids and
 * offsets only) were drawn from reports of the dated dev stories (border-talks, the example, the ECB+
 * topics of the dev half) by `--collect`, shuffled and labelled with their marks hidden: the right
 * mark of each (◷ when the article was published before the fact's event and does not tell it as
 * done, or tells it as planned; ✓ when it tells it; — otherwise) and why. Each item's fact is found
 * again by its first evidence; its article's mark now is compared with the label: ◷ precision, the
 * pre-event articles left ✓ or — , and the items whose fact is gone. `--collect` prints how many
 * marks a new draw would hold (ids only; it never prints a mark with its item).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type AuditItem,
  auditMarks,
  auditStories,
  type FoundMark,
  itemKey,
  reportOf,
} from './lib/pre-event-items.ts';

/** A labelled item: the mark a fact-checker found right for it, and why. */
interface Labelled extends AuditItem {
  readonly right: 'published-before' | 'supports' | 'absent';
  readonly why: string;
  readonly round: string;
}

const { values } = parseArgs({ options: { collect: { type: 'boolean' }, show: { type: 'boolean' } } });
// --show: each item whose mark now is not the right one (ids only)
const line = (s = '') => process.stdout.write(`${s}\n`);
const labelled: Labelled[] = readFileSync(join(import.meta.dirname, 'data', 'pre-event-audit.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Labelled);
const wanted = new Set(labelled.map((l) => l.story));
const tmp = mkdtempSync(join(tmpdir(), 'pre-event-'));
const found = new Map<string, FoundMark>();
let drawn = 0;
try {
  for (const story of auditStories(tmp)) {
    if (!values.collect && !wanted.has(story.key)) continue;
    const report = reportOf(story, tmp);
    if (values.collect) drawn += auditMarks(story, report).length;
    else for (const m of auditMarks(story, report, true)) found.set(itemKey(m), m);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (values.collect) {
  line(
    `a new draw would hold ${drawn} marks (every ◷, and every ✓ / — of an article dated before its fact's event)`,
  );
  process.exit(0);
}
const SIGN: Record<string, string> = {
  supports: '✓',
  absent: '—',
  'published-before': '◷',
  contradicts: '✗',
  gone: 'gone',
};
let shown = 0;
let shownRight = 0;
let preEvent = 0;
let preEventMissed = 0;
let gone = 0;
const table = new Map<string, number>();
for (const l of labelled) {
  const now = found.get(itemKey(l))?.mark ?? 'gone';
  if (now === 'gone') gone++;
  if (now === 'published-before') {
    shown++;
    if (l.right === 'published-before') shownRight++;
  }
  if (l.right === 'published-before') {
    preEvent++;
    if (now === 'supports' || now === 'absent') preEventMissed++;
  }
  const key = `${SIGN[now]} (right ${SIGN[l.right]}: ${l.why})`;
  table.set(key, (table.get(key) ?? 0) + 1);
  if (values.show && now !== l.right)
    line(`  ${itemKey(l)}: ${SIGN[now]}, right ${SIGN[l.right]} (${l.why})`);
}
const p = shown ? (shownRight / shown).toFixed(3) : '—';
line(
  `pre-event audit (${labelled.length} items labelled blind): ◷ precision ${p} (${shownRight} of ${shown} ◷ right)`,
);
line(
  `  pre-event articles (right ◷): ${preEvent}, of them shown ✓ or —: ${preEventMissed}; items whose fact is gone: ${gone}`,
);
for (const [k, n] of [...table].sort((a, b) => b[1] - a[1])) line(`  ${String(n).padStart(3)}  now ${k}`);
