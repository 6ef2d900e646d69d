/**
 * npx node bench/summary-losses.ts FILE — where the summary loses ROUGE-1 against the editors'
 * summaries, counted over an `eval:summary -- --dev --dump FILE` (dev stories only: the dump holds no
 * other). Tokens as ROUGE reads them (bench/lib/rouge.ts), function words by wink's stop-word flag.
 * 1. the reference's tokens the summary misses (clipped counts), by the earliest place in an outlet's
 *    excerpt where the token occurs (its first sentence, second, …, or no sentence: the editors' own);
 * 2. the summary's tokens the reference does not hold, by the part of its sentence (inside quotation
 *    marks, a short clause holding a speech verb, the rest) and kind (figure, function, content word),
 *    and how many repeat a word the summary already wrote;
 * 3. the outlets' sentences the reference copies (half or more of their word pairs, six at least), by
 *    place, and whether the summary tells them;
 * 4. per story, the sentence not told holding the most missed content words (three at least): its
 *    place, and whether its outlet is cited;
 * 5. the first sentences of outlets the summary does not cite, by the room they would need.
 * A summary sentence is placed at the excerpt sentence sharing most of its word pairs (it may be
 * shortened or repaired). Prints counts only: no text of the data.
 */
import { readFileSync } from 'node:fs';
import { getNlp } from '../src/text/wink.ts';
import { rougeTokens } from './lib/rouge.ts';

interface Dumped {
  readonly id: string;
  readonly summary: readonly { readonly text: string }[];
  readonly target: string;
  readonly sources: readonly (readonly string[])[];
}

const file = process.argv[2];
if (!file)
  throw new Error('usage: npx node bench/summary-losses.ts DUMP.jsonl (from eval:summary --dev --dump)');
const stories = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Dumped);

const nlp = getNlp();
const stopFlags = new Map<string, boolean>();
const isFunction = (w: string): boolean => {
  let flag = stopFlags.get(w);
  if (flag === undefined) {
    const doc = nlp.readDoc(w);
    flag = (doc.tokens().out(nlp.its.stopWordFlag) as unknown as boolean[]).every(Boolean);
    stopFlags.set(w, flag);
  }
  return flag;
};
const counts = (tokens: readonly string[]) => {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
};
const pairsOf = (tokens: readonly string[]) => {
  const s = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) s.add(`${tokens[i]} ${tokens[i + 1]}`);
  return s;
};
const place = (k: number) => (k === 0 ? 'first' : k === 1 ? 'second' : k === 2 ? 'third' : 'fourth or later');
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
const SPEECH = /\b(?:said|says|told|according to|announced|stated|reported|added|wrote|confirmed)\b/i;
const QUOTE_MARK = /([“”"])/;

const tally = new Map<string, number>();
const add = (key: string, n = 1) => tally.set(key, (tally.get(key) ?? 0) + n);

for (const story of stories) {
  const gold = rougeTokens(story.target);
  const goldPairs = pairsOf(gold);
  const sentences = story.sources.flatMap((s, o) =>
    s.map((text, k) => ({ o, k, text, tokens: rougeTokens(text) })),
  );
  const told = story.summary.map(({ text }) => {
    const mine = pairsOf(rougeTokens(text));
    let best = { at: -1, shared: -1 };
    sentences.forEach((s, at) => {
      let n = 0;
      for (const p of pairsOf(s.tokens)) if (mine.has(p)) n++;
      if (n > best.shared) best = { at, shared: n };
    });
    return sentences[best.at];
  });
  const cited = new Set(told.map((s) => s?.o));
  // 1. the reference's tokens missed
  const left = counts(gold);
  for (const t of rougeTokens(story.summary.map((s) => s.text).join(' ')))
    if (left.get(t)) left.set(t, (left.get(t) as number) - 1);
  const earliest = new Map<string, number>();
  for (const s of sentences) for (const t of s.tokens) earliest.set(t, Math.min(earliest.get(t) ?? s.k, s.k));
  for (const [t, n] of left) {
    if (!n) continue;
    const at = earliest.get(t);
    add(
      `1 missed ${isFunction(t) ? 'function' : 'content'} word, earliest in ${at === undefined ? 'no sentence' : `the ${place(at)} sentence`}`,
      n,
    );
  }
  // 2. the summary's tokens not in the reference
  const open = counts(gold);
  const written = new Set<string>();
  for (const { text } of story.summary) {
    let quoted = false;
    for (const piece of text.split(QUOTE_MARK)) {
      if (piece === '“' || piece === '”' || piece === '"') {
        quoted = piece === '"' ? !quoted : piece === '“';
        continue;
      }
      for (const clause of piece.split(/,|—|--/)) {
        const ts = rougeTokens(clause);
        const part = quoted ? 'quoted' : SPEECH.test(clause) && ts.length <= 10 ? 'speech clause' : 'rest';
        for (const t of ts) {
          if (open.get(t)) {
            open.set(t, (open.get(t) as number) - 1);
            add(`2 in the reference: ${part}`);
          } else {
            add(
              `2 not in it: ${part}, ${/^\d/.test(t) ? 'figure' : isFunction(t) ? 'function' : 'content'} word`,
            );
            if (written.has(t) && !isFunction(t))
              add('2 not in it: a content word the summary already wrote');
          }
          written.add(t);
        }
      }
    }
  }
  // 3. sentences the reference copies
  for (const s of sentences) {
    const ps = pairsOf(s.tokens);
    if (ps.size < 6) continue;
    let n = 0;
    for (const p of ps) if (goldPairs.has(p)) n++;
    if (n / ps.size < 0.5) continue;
    const inSummary = told.includes(s);
    add(
      `3 copied: the ${place(s.k)} sentence, ${inSummary ? 'told' : cited.has(s.o) ? 'not told, its outlet cited' : 'not told, its outlet not cited'}`,
    );
  }
  // 4. the richest sentence not told
  const missed = new Set([...left].filter(([t, n]) => n > 0 && !isFunction(t)).map(([t]) => t));
  let richest: { s: (typeof sentences)[number]; n: number } | null = null;
  for (const s of sentences) {
    if (told.includes(s)) continue;
    const n = new Set(s.tokens.filter((t) => missed.has(t))).size;
    if (!richest || n > richest.n) richest = { s, n };
  }
  if (!richest || richest.n < 3) add('4 no sentence not told holds 3 missed content words');
  else
    add(
      `4 richest not told: the ${place(richest.s.k)} sentence, its outlet ${cited.has(richest.s.o) ? 'cited' : 'not cited'}`,
    );
  // 5. uncited outlets' first sentences, by room
  const used = words(story.summary.map((s) => s.text).join(' '));
  const opener = words(story.summary[0]?.text ?? '');
  story.sources.forEach((s, o) => {
    const first = s[0];
    if (cited.has(o) || !first) return;
    const w = words(first);
    add(
      `5 uncited first sentence: ${w <= 60 - used ? 'fits the room left' : w <= 60 - opener ? 'fits beside the opener alone' : w <= 60 ? 'fits alone' : 'over 60 words'}`,
    );
  });
}

console.log(`summary losses over ${stories.length} dev stories of ${file}`);
for (const [key, n] of [...tally].sort(([a], [b]) => a.localeCompare(b)))
  console.log(`${String(n).padStart(6)}  ${key}`);
