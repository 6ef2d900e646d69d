/**
 * npm run eval:support:metamorphic — a metamorphic audit of the support judge on the dev half of
 * the labelled pairs only (held-out pairs are never read): every dev pair the judge calls supports
 * has its evidence sentence edited in its own document, by kinds of edit a careful reader knows
 * break support (negated, made ahead or hypothetical, another participant, another number or date
 * the claim holds, another predicate of the topic, the clause of a claim's detail dropped, put under
 * a condition, denied, claimed by critics, "may" with a weekday, two counts swapped, a word told as
 * its opposite) and kinds that
 * keep it (a date phrase moved, an amount written another way, a title before a name, "Officials
 * said that …", the sentence unchanged). Prints per kind: pairs edited, still judged supports (for a breaking kind,
 * false ✓ a user could meet), and with `--examples N` up to N of them from stories dev in every
 * split (splits.md); `--kind K` runs only some kinds (more than once).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Case, casesOf, type Edit, judgeEdits, type StoryCases } from './lib/metamorphic.ts';
import { antonym } from './lib/perturb-antonyms.ts';
import { otherCountWord } from './lib/perturb-counts.ts';
import { framed, mayOnDay, swappedCounts } from './lib/perturb-frames.ts';
import { otherParticipant, titled } from './lib/perturb-names.ts';
import {
  dateToFront,
  droppedDetail,
  otherDate,
  otherNumber,
  otherWriting,
  type PartTarget,
} from './lib/perturb-parts.ts';
import { negated, planned, swapped, withModal } from './lib/perturb-verbs.ts';
import { loadSupportGroups } from './lib/support-data.ts';
import { readPairs } from './lib/support-pairs.ts';

const { values } = parseArgs({
  options: { examples: { type: 'string' }, kind: { type: 'string', multiple: true } },
});
const line = (s = '') => process.stdout.write(`${s}\n`);

/** The kinds of edit: name, whether a careful reader still takes it for support, the edit. */
const KINDS: [string, boolean, (t: PartTarget) => string | null][] = [
  ['negated', false, negated],
  ['will', false, (t) => withModal(t, 'will')],
  ['could', false, (t) => withModal(t, 'could')],
  ['planned-to', false, planned],
  ['other-participant', false, otherParticipant],
  ['other-number', false, otherNumber],
  ['other-count-word', false, otherCountWord],
  ['other-date', false, otherDate],
  ['other-predicate', false, swapped],
  ['dropped-detail', false, droppedDetail],
  ['if', false, framed('If', ', that is news')],
  ['unless', false, framed('Unless', ', the plan stands')],
  ['whether', false, framed('It is unclear whether')],
  ['denied-that', false, framed('Officials denied that')],
  ['rejected-claims', false, framed('Officials rejected claims that')],
  ['critics-claim', false, framed('Critics claim that', '', true)],
  ['may-on-day', false, mayOnDay],
  ['swapped-counts', false, swappedCounts],
  ['antonym', false, antonym],
  ['unchanged', true, (t) => t.text],
  ['date-to-front', true, dateToFront],
  ['other-writing', true, otherWriting],
  ['titled', true, titled],
  ['officials-said', true, framed('Officials said that', '', true)],
];
const kinds = KINDS.filter(([name]) => !values.kind || values.kind.includes(name));

const pairs = readPairs(join(import.meta.dirname, 'data', 'support-pairs.jsonl')).filter(
  (p) => p.half === 'dev',
);
// NeuS and ECB+ only: the example and the PolNeAR stories (added later) are left out, so the audit's
// figures stay comparable from round to round
const groups = loadSupportGroups().filter((g) => g.dataset === 'neus' || g.dataset === 'ecbplus');
const byKey = new Map(groups.map((g) => [`${g.dataset}/${g.story}`, g]));

// another participant of a kind: the story's own, most mentioned first, else another story's
const stories: StoryCases[] = [];
const pool = (kind: string, not: readonly string[], story: string): string | null => {
  const avoid = new Set(not.map((w) => w.toLowerCase()));
  const fits = (name: string) => {
    const ws = name.toLowerCase().match(/\p{L}+/gu) ?? [];
    return /^\p{Lu}/u.test(name) && ws.some((w) => w.length >= 3) && !ws.some((w) => avoid.has(w));
  };
  const own = stories.find((s) => s.group.story === story);
  const ranked = (s: StoryCases) =>
    [...(s.names.get(kind) ?? [])].sort((x, y) => y[1] - x[1]).map(([n]) => n);
  const others = stories.filter((s) => s !== own && s.group.dataset === own?.group.dataset);
  return [...(own ? ranked(own) : []), ...others.flatMap(ranked)].find(fits) ?? null;
};
for (const [key, storyPairs] of Map.groupBy(pairs, (p) => `${p.dataset}/${p.story}`)) {
  const group = byKey.get(key);
  if (group) stories.push(casesOf(group, storyPairs, pool));
}
const cases = stories.flatMap((s) => s.cases);
line(
  `dev pairs judged supports (NeuS and ECB+; the example left out): ${cases.length} in ${stories.length} stories`,
);

// stories dev in every split: ECB+ even topics, NeuS even val-N (the grouping evals split by parity)
const readable = (c: Case) => Number(/(\d+)$/.exec(c.pair.story)?.[1] ?? 1) % 2 === 0;
const clip = (s: string, n = 300) => (s.length > n ? `${s.slice(0, n)}…` : s);
// the edit as a reader needs it: the words around it and what it took out and put in
const change = (was: string, now: string, room = 90) => {
  let p = 0;
  while (p < was.length && was[p] === now[p]) p++;
  let s = 0;
  while (s < was.length - p && s < now.length - p && was.at(-1 - s) === now.at(-1 - s)) s++;
  const head = was.slice(Math.max(0, p - room), p);
  const tail = was.slice(was.length - s, was.length - s + room);
  return `${p > room ? '…' : ''}${head}[-${was.slice(p, was.length - s)}-]{+${now.slice(p, now.length - s)}+}${tail}${s > room ? '…' : ''}`;
};
const shown = Number(values.examples ?? 0);
for (const [name, keeps, edit] of kinds) {
  let edited = 0;
  let supports = 0;
  const examples: string[] = [];
  for (const story of stories) {
    const edits: Edit[] = story.cases.flatMap((c) => {
      const text = edit(c.target);
      return text && (text !== c.target.text || name === 'unchanged') ? [{ c, text }] : [];
    });
    for (const [e, verdict] of judgeEdits(story, edits)) {
      edited++;
      if (verdict !== 'supports') {
        if (keeps && examples.length < shown && readable(e.c))
          examples.push(
            `  [${e.c.pair.id}] ${verdict}\n    A: ${clip(e.c.claimText)}\n    B: ${change(e.c.target.text, e.text)}`,
          );
        continue;
      }
      supports++;
      if (!keeps && examples.length < shown && readable(e.c))
        examples.push(
          `  [${e.c.pair.id}]\n    A: ${clip(e.c.claimText)}\n    B: ${change(e.c.target.text, e.text)}`,
        );
    }
  }
  const share = edited ? (supports / edited).toFixed(3) : '-';
  line(
    `${name.padEnd(18)} ${keeps ? 'keeps ' : 'breaks'}  edited ${String(edited).padStart(4)}  still supports ${String(supports).padStart(4)}  (${share})`,
  );
  for (const x of examples) line(x);
}
