/**
 * Metamorphic edits of an evidence sentence's main verb (the verb that tells the claim's predicate)
 * that a careful reader knows break support: negated ("did not meet"), made ahead or hypothetical
 * ("will meet", "could meet", "planned to meet"), or swapped for another event of the same topic
 * ("arrested" → "charged", from bench/data/metamorphic-verbs.json). Each returns the new sentence, or
 * null where the sentence has no verb it can edit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Token } from '../../src/model/index.ts';
import { getModelWords } from '../../src/text/wink.ts';

/** A token of the evidence sentence (the pipeline's token without its stop flag), offsets local to the sentence's text. */
export type Tok = Pick<Token, 'start' | 'end' | 'text' | 'norm' | 'pos' | 'entity'>;

/** What an edit reads: the sentence, its tokens, and the index of its main verb (or null). */
export interface Target {
  readonly text: string;
  readonly tokens: readonly Tok[];
  readonly verb: number | null;
}

const DATA = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'data', 'metamorphic-verbs.json'), 'utf8'),
) as {
  base: Record<string, string>;
  swaps: [string[], string[]][];
};
// each form of a swap pair → the same form of the other verb (base, past, participle, -s)
const SWAP = new Map<string, string>();
for (const [a, b] of DATA.swaps)
  for (let i = 0; i < 4; i++) {
    if (!SWAP.has(a[i] as string)) SWAP.set(a[i] as string, b[i] as string);
    if (!SWAP.has(b[i] as string)) SWAP.set(b[i] as string, a[i] as string);
  }

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
const HAVE = new Set(['has', 'have', 'had']);
const DO = new Set(['do', 'does', 'did']);
const MODAL = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'shall', "'ll"]);
const NOT = new Set(['not', "n't", 'never', 'no']);

/**
 * The base form of a verb form ("arrested" → "arrest", "died" → "die", "met" → "meet", "wins" →
 * "win"), or null when no rule gives a known word.
 * @example
 * baseOf('carried') // 'carry'
 */
export function baseOf(form: string): string | null {
  const w = form.toLowerCase();
  const known = DATA.base[w];
  if (known) return known;
  const words = getModelWords();
  const first = (...xs: string[]) => xs.find((x) => x.length >= 2 && words.has(x)) ?? null;
  if (w.endsWith('ied')) return first(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) {
    const stem = w.slice(0, -2);
    const undoubled = /([bdgmnprt])\1$/.test(stem) ? stem.slice(0, -1) : null;
    return first(...(stem.endsWith('e') ? [stem] : []), `${stem}e`, ...(undoubled ? [undoubled] : []), stem);
  }
  if (w.endsWith('ies')) return first(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) return first(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('s') && !w.endsWith('ss')) return first(w.slice(0, -1));
  return first(w);
}

// The auxiliaries before the verb (adverbs between allowed), first one's index, or null.
function auxiliaries(t: Target): { first: number; norms: string[] } | null {
  const v = t.verb as number;
  let first: number | null = null;
  const norms: string[] = [];
  for (let k = v - 1; k >= 0 && k >= v - 4; k--) {
    const x = t.tokens[k] as Tok;
    if (BE.has(x.norm) || HAVE.has(x.norm) || DO.has(x.norm) || MODAL.has(x.norm) || NOT.has(x.norm)) {
      first = k;
      norms.unshift(x.norm);
    } else if (x.pos !== 'ADV') break;
  }
  return first === null ? null : { first, norms };
}

const splice = (text: string, start: number, end: number, insert: string) =>
  `${text.slice(0, start)}${insert}${text.slice(end)}`;

// "did not meet": the verb's own word replaced by a phrase (kept capitalised at the sentence start)
function replaceVerb(t: Target, phrase: string): string {
  const v = t.tokens[t.verb as number] as Tok;
  const cap = /^\p{Lu}/u.test(v.text) && v.start === 0;
  return splice(t.text, v.start, v.end, cap ? phrase[0]?.toUpperCase() + phrase.slice(1) : phrase);
}

// a finite verb: not an -ing form, not an infinitive ("was to ask")
const editable = (t: Target): boolean =>
  t.verb !== null &&
  t.tokens[t.verb]?.pos === 'VERB' &&
  !/ing$/.test(t.tokens[t.verb]?.norm ?? '') &&
  t.tokens[t.verb - 1]?.norm !== 'to';

/** The main verb negated: "was not arrested", "did not meet", "does not win". */
export function negated(t: Target): string | null {
  if (!editable(t)) return null;
  const aux = auxiliaries(t);
  if (aux?.norms.some((n) => NOT.has(n))) return null;
  if (aux) {
    const first = t.tokens[aux.first] as Tok;
    return splice(t.text, first.end, first.end, ' not');
  }
  const v = t.tokens[t.verb as number] as Tok;
  const base = baseOf(v.norm);
  if (!base) return null;
  const present = /[^s]s$/.test(v.norm) && !v.norm.endsWith('ed');
  return replaceVerb(t, `${present ? 'does' : 'did'} not ${base}`);
}

/** The main verb made ahead or hypothetical with a modal: "will be arrested", "could meet", "may close". */
export function withModal(t: Target, modal: 'will' | 'could' | 'may'): string | null {
  if (!editable(t)) return null;
  const aux = auxiliaries(t);
  const v = t.tokens[t.verb as number] as Tok;
  if (aux) {
    if (aux.norms.some((n) => MODAL.has(n) || NOT.has(n))) return null;
    const start = (t.tokens[aux.first] as Tok).start;
    // "was arrested", "has been arrested" → "will be arrested"; "has died" → "will die"; "did meet" → "will meet"
    const passive = aux.norms.some((n) => BE.has(n));
    const base = passive ? v.text : baseOf(v.norm);
    if (!base) return null;
    return splice(t.text, start, v.end, `${modal} ${passive ? 'be ' : ''}${base}`);
  }
  const base = baseOf(v.norm);
  return base ? replaceVerb(t, `${modal} ${base}`) : null;
}

/** The main verb made a plan: "planned to meet", "was to be arrested". */
export function planned(t: Target): string | null {
  if (!editable(t)) return null;
  const aux = auxiliaries(t);
  const v = t.tokens[t.verb as number] as Tok;
  if (aux) {
    if (aux.norms.some((n) => MODAL.has(n) || NOT.has(n) || DO.has(n))) return null;
    const first = t.tokens[aux.first] as Tok;
    if (aux.norms.some((n) => BE.has(n)))
      // "was arrested" → "was to be arrested"; "has been arrested" → "was to be arrested"
      return splice(
        t.text,
        first.start,
        v.end,
        `${HAVE.has(first.norm) ? 'was' : first.text} to be ${v.text}`,
      );
    const base = baseOf(v.norm);
    return base ? splice(t.text, first.start, v.end, `planned to ${base}`) : null;
  }
  const base = baseOf(v.norm);
  return base ? replaceVerb(t, `planned to ${base}`) : null;
}

/** The main verb swapped for another event of its topic ("arrested" → "charged"), from the list. */
export function swapped(t: Target): string | null {
  if (t.verb === null) return null;
  const v = t.tokens[t.verb] as Tok;
  const other = SWAP.get(v.norm);
  return other ? replaceVerb(t, other) : null;
}
