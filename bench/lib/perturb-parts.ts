/**
 * Metamorphic edits of an evidence sentence's parts. Breaking support: another number or date of
 * those the claim holds, the clause that carries one of the claim's details dropped. Keeping it
 * (paraphrase-safe): a date phrase moved to the front, an amount or share written another way ("$5
 * million" ↔ "5 million dollars", "5%" ↔ "5 percent"). Names: perturb-names.ts. Each returns the new
 * sentence or null.
 */
import type { Target, Tok } from './perturb-verbs.ts';

/** A named entity mentioned in the sentence, offsets local to it. */
export interface Named {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly name: string;
  /** Whether the claim names the same entity. */
  readonly inClaim: boolean;
}

/** What the part edits read beside the target: the claim's words and numbers, the sentence's names. */
export interface PartTarget extends Target {
  /** The claim's tokens' normal forms. */
  readonly claimNorms: ReadonlySet<string>;
  /** The values of the claim's figures told without a qualifier ("12", not "at least 12"). */
  readonly claimExact: readonly number[];
  readonly named: readonly Named[];
  /** Another participant of a kind, not this sentence's nor the claim's (of its story, else another). */
  readonly stranger: (kind: string, not: readonly string[]) => string | null;
}

export const splice = (text: string, start: number, end: number, insert: string) =>
  `${text.slice(0, start)}${insert}${text.slice(end)}`;
export const words = (s: string) => s.toLowerCase().match(/\p{L}+/gu) ?? [];

/** Small counts in words, "one" to "twelve". */
export const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = 'january february march april may june july august september october november december'.split(
  ' ',
);
const capital = (w: string, like: string) => (/^\p{Lu}/u.test(like) ? w[0]?.toUpperCase() + w.slice(1) : w);

/** A number the claim holds, told with another value ("12" → "18", "three" → "six"). */
export function otherNumber(t: PartTarget): string | null {
  for (const x of t.tokens) {
    if (x.entity === 'DATE' || x.entity === 'TIME') continue;
    // "one" is as often a pronoun; a number glued into a word ("four-by-four", "4x4") is a name
    const glued = /[-×/\p{L}]/u.test(t.text[x.start - 1] ?? ' ') || /[-×/\p{L}]/u.test(t.text[x.end] ?? ' ');
    if (x.norm === 'one' || glued) continue;
    const word = NUMBER_WORDS.indexOf(x.norm);
    const digits = /^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(x.text)
      ? Number(x.text.replace(/,/g, ''))
      : null;
    const value = word >= 0 ? word + 1 : digits;
    // a value the claim holds exactly (a bound, "at least 10", is held by another value too)
    if (value === null || !t.claimExact.includes(value)) continue;
    if (word >= 0)
      return splice(t.text, x.start, x.end, capital(NUMBER_WORDS[(word + 3) % 12] as string, x.text));
    const decimals = x.text.split('.')[1]?.length ?? 0;
    const next = decimals ? value + 1 : value <= 10 ? value + 3 : Math.round(value * 1.5);
    const shown = x.text.includes(',')
      ? next.toLocaleString('en-US', { minimumFractionDigits: decimals })
      : next.toFixed(decimals);
    return splice(t.text, x.start, x.end, shown);
  }
  return null;
}

/** A weekday, month or year the claim holds, told as another ("Monday" → "Wednesday"). */
export function otherDate(t: PartTarget): string | null {
  for (const x of t.tokens) {
    if (!t.claimNorms.has(x.norm)) continue;
    const day = DAYS.indexOf(x.norm);
    if (day >= 0) return splice(t.text, x.start, x.end, capital(DAYS[(day + 2) % 7] as string, x.text));
    const month = MONTHS.indexOf(x.norm);
    if (month >= 0 && x.norm !== 'may')
      return splice(t.text, x.start, x.end, capital(MONTHS[(month + 3) % 12] as string, x.text));
    if (/^(19|20)\d\d$/.test(x.text) && x.entity === 'DATE')
      return splice(t.text, x.start, x.end, String(Number(x.text) - 2));
  }
  return null;
}

const CUTS = new Set([
  'such',
  'and',
  'after',
  'before',
  'while',
  'when',
  'but',
  'including',
  'following',
  'as',
  'which',
  'who',
  'where',
]);
// a token that carries a detail of the claim: a name, number, date or verb the claim holds too
const detail = (x: Tok, t: PartTarget) =>
  t.claimNorms.has(x.norm) &&
  x.norm.length > 2 &&
  (x.pos === 'PROPN' || x.pos === 'NUM' || x.pos === 'VERB' || x.pos === 'NOUN' || x.entity === 'DATE');

/**
 * The last clause or phrase (from ", and", "after", "while", "who" … to the next comma or the end)
 * that holds a detail of the claim no other part of the sentence holds, dropped; the main verb stays.
 */
export function droppedDetail(t: PartTarget): string | null {
  const toks = t.tokens;
  const last = toks.length - (toks[toks.length - 1]?.pos === 'PUNCT' ? 1 : 0);
  for (let i = last - 1; i >= 4; i--) {
    const x = toks[i] as Tok;
    if (!(CUTS.has(x.norm) || (x.text === ',' && CUTS.has(toks[i + 1]?.norm ?? '')))) continue;
    if (x.text !== ',' && toks[i - 1]?.text === ',') continue; // the comma before it opens the piece
    // not inside a word ("boarding-and-search"), nor "as" of "such as" or of "as well as" past its first
    if (x.text !== ',' && x.start > 0 && !/\s/.test(t.text[x.start - 1] ?? ' ')) continue;
    if (x.norm === 'as' && toks[i - 1]?.norm === 'well' && toks[i - 2]?.norm === 'as') continue;
    if (x.norm === 'as' && toks[i - 1]?.norm === 'such') continue;
    if (x.norm === 'such' && toks[i + 1]?.norm !== 'as') continue; // "such as …" is cut from "such"
    let end = i + 1;
    while (end < last && (toks[end] as Tok).text !== ',') end++;
    if (t.verb !== null && t.verb >= i && t.verb < end) continue;
    const piece = toks.slice(i, end);
    const rest = [...toks.slice(0, i), ...toks.slice(end)];
    if (rest.filter((r) => /\p{L}/u.test(r.text)).length < 5) continue;
    const left = new Set(rest.map((r) => r.norm));
    if (!piece.some((p) => detail(p, t) && !left.has(p.norm))) continue;
    const from = (toks[i - 1] as Tok).end;
    const to = end < last ? (toks[end] as Tok).start : (toks[last - 1] as Tok).end;
    return splice(t.text, from, to, '').replace(/\s+,/g, ',');
  }
  return null;
}

/** A date phrase ("on Monday", "last week") moved to the front of the sentence. Keeps support. */
export function dateToFront(t: PartTarget): string | null {
  const toks = t.tokens;
  for (let i = 2; i < toks.length; i++) {
    if ((toks[i] as Tok).entity !== 'DATE' || (toks[i - 1] as Tok).entity === 'DATE') continue;
    let end = i;
    while ((toks[end + 1] as Tok | undefined)?.entity === 'DATE') end++;
    const after = toks[end + 1];
    if (after && after.text !== '.' && after.text !== ',') continue;
    // "on Monday", "in 2009", or a phrase that opens with its own word ("last week", "Monday")
    const prep = ['on', 'in'].includes((toks[i - 1] as Tok).norm);
    if (
      prep
        ? i - 1 < 2
        : !/^(last|this|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(
            (toks[i] as Tok).norm,
          )
    )
      continue;
    const from = prep ? i - 1 : i;
    const phrase = t.text.slice((toks[from] as Tok).start, (toks[end] as Tok).end);
    const first = toks[0] as Tok;
    const lower = first.pos === 'PROPN' || first.text === 'I' || /^\p{Lu}{2}/u.test(first.text);
    const head = lower ? t.text : first.text[0]?.toLowerCase() + t.text.slice(1);
    const cut = splice(head, (toks[from - 1] as Tok).end, (toks[end] as Tok).end, '');
    return `${phrase[0]?.toUpperCase()}${phrase.slice(1)}, ${cut}`;
  }
  return null;
}

/** An amount or share written another way: "$5 million" ↔ "5 million dollars", "5%" ↔ "5 percent". */
export function otherWriting(t: PartTarget): string | null {
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [
      /\$(\d[\d,.]*)\s?(million|billion|m|bn)\b/i,
      (m) => `${m[1]} ${/^b/i.test(m[2] as string) ? 'billion' : 'million'} dollars`,
    ],
    [/(\d[\d,.]*) (million|billion) dollars\b/i, (m) => `$${m[1]} ${m[2]}`],
    [/\$(\d[\d,]*)(?![\d.])(?!\s?(million|billion|m|bn)\b)/i, (m) => `${m[1]} dollars`],
    [/(\d[\d.]*)\s?%/, (m) => `${m[1]} percent`],
    [/(\d[\d.]*) (percent|per cent)\b/i, (m) => `${m[1]}%`],
  ];
  for (const [re, to] of rules) {
    const m = re.exec(t.text);
    if (m) return splice(t.text, m.index, m.index + m[0].length, to(m));
  }
  return null;
}
