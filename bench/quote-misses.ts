/**
 * The gold indirect attributions the extractor misses on PolNeAR's development half (even articles), each
 * with its cue, source and content, counted by kind (where the cue stands and which word it is).
 * Run: npx node bench/quote-misses.ts [--list]   (development half only; never the held-out half)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CUE_VERBS, INDIRECT_CUES, INDIRECT_PARTICIPLES } from '../src/stages/extract/data/speech.ts';
import { sharedPath } from '../test/shared.ts';
import { predict } from './eval-quotes.ts';
import { loadPolnear, type Span } from './lib/polnear.ts';

const root = sharedPath('datasets', 'polnear', 'dev');

/** Each gold event's cue spans, keyed by its first content span's start. */
function cues(name: string): Map<number, Span[]> {
  const ann = readdirSync(join(root, 'attributions')).find((a) => a.startsWith(`${name}_`)) as string;
  const spans = new Map<string, Span[]>();
  const out = new Map<number, Span[]>();
  const lines = readFileSync(join(root, 'attributions', ann), 'utf8').split('\n');
  for (const line of lines) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('T') || !body) continue;
    const rest = body.split(' ').slice(1).join(' ');
    spans.set(
      id,
      rest.split(';').map((p) => {
        const [s, e] = p.trim().split(' ').map(Number);
        return { start: s as number, end: e as number };
      }),
    );
  }
  for (const line of lines) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('E') || !body) continue;
    let content: number | undefined;
    let cue: Span[] = [];
    for (const part of body.split(' ')) {
      const [role, ref] = part.split(':');
      const t = ref ? spans.get(ref) : undefined;
      if (!t) continue;
      if (role?.startsWith('Content')) content ??= t[0]?.start;
      if (role?.startsWith('Cue')) cue = t;
    }
    if (content !== undefined) out.set(content, cue);
  }
  return out;
}

const text = (t: string, list: readonly Span[]) => list.map((s) => t.slice(s.start, s.end)).join(' … ');

/** True when a cue holds a verb of saying, as the extractor's lists name them (else a stance, a plan, a poll's finding …). */
function speechCue(t: string, cue: readonly Span[]): boolean {
  const words = text(t, cue)
    .toLowerCase()
    .split(/[^a-z’']+/);
  return words.some(
    (w) => CUE_VERBS.has(w) || INDIRECT_CUES.has(w) || INDIRECT_PARTICIPLES.has(w) || w === 'according',
  );
}

/** The kind of a missed attribution: where its cue stands against its content and source, and its word. */
function kind(t: string, cue: readonly Span[], source: readonly Span[], content: readonly Span[]): string {
  const c = cue[0];
  const k = content[0];
  if (!c || !k) return 'no cue';
  const word = t.slice(c.start, c.end).toLowerCase();
  if (/^according/.test(word)) return 'according to';
  const s = source[0];
  if (!s) return c.start < k.start ? 'no source, cue before' : 'no source, cue after';
  if (/^(he|she|they|it|we|i)$/i.test(t.slice(s.start, s.end)))
    return c.start > k.start ? 'pronoun, cue after' : 'pronoun, cue before';
  if (c.start > k.start) return 'cue after content';
  if (s.start > c.start) return 'source after cue';
  if (/'s|’s/.test(t.slice(s.start, s.end)) || c.start - s.end > 40) return 'source far / possessive';
  return 'X cue … content';
}

const list = process.argv.includes('--list');
const byKind = new Map<string, number>();
const byWord = new Map<string, number>();
let speech = 0;
let gold = 0;
let missed = 0;
loadPolnear().forEach((d, i) => {
  if (i % 2 !== 0) return; // the development half alone
  const { predicted } = predict(d.text);
  const cueOf = cues(d.name);
  for (const g of d.gold) {
    if (g.direct) continue;
    gold++;
    const hit = predicted.some((p) =>
      g.content.some((c) => Math.min(c.end, p.span.end) > Math.max(c.start, p.span.start)),
    );
    if (hit) continue;
    missed++;
    const cue = cueOf.get(g.content[0]?.start ?? -1) ?? [];
    const said = speechCue(d.text, cue);
    if (said) speech++;
    const k = `${said ? 'speech' : 'other'}: ${kind(d.text, cue, g.source, g.content)}`;
    byKind.set(k, (byKind.get(k) ?? 0) + 1);
    const w = text(d.text, cue).toLowerCase();
    byWord.set(w, (byWord.get(w) ?? 0) + 1);
    if (list)
      console.log(
        `[${k}] cue=${JSON.stringify(text(d.text, cue))} source=${JSON.stringify(text(d.text, g.source))}\n   content=${JSON.stringify(text(d.text, g.content).slice(0, 160))}\n   ${d.name}@${g.content[0]?.start}`,
      );
  }
});
console.log(
  `development half: ${missed} of ${gold} gold indirect attributions missed, ${speech} with a cue of saying`,
);
for (const [k, n] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${k}`);
console.log('cue words missed most:');
for (const [k, n] of [...byWord].sort((a, b) => b[1] - a[1]).slice(0, 40))
  console.log(`  ${String(n).padStart(4)}  ${k}`);
