// Words told negated in two forms: an un-/non- adjective of a past participle ("an undisclosed sum",
// "an unnamed official", "a non-binding vote") and the participle (or its verb) after a negation
// ("terms were not disclosed", "officials did not name him"). A general rule, no word list: the
// prefix and a participle's ending ("-ed", "-en", "-wn": "unspoken", "unknown"). The other form is
// looked for in the other sentence only, so a reversing "un-" ("unveiled", "unlocked") matches no
// "not veiled" that is not there.

import type { Token } from '../model/index.ts';
import { stem } from './normalise.ts';

/** A sentence's words told negated, by stem. */
export interface NegatedWords {
  /** The stem of each un-/non- participle → the stem of the participle it negates ("undisclos" → "disclos"). */
  readonly prefixed: ReadonlyMap<string, string>;
  /** Stems of the verbs and participles told right after a negation ("were not disclosed" → "disclos"). */
  readonly after: ReadonlySet<string>;
}

const PREFIXED = /^(?:un|non-?)(\p{L}{3,}(?:ed|en|wn))$/u;
/** The words that negate the verb or adjective right after them ("not disclosed", "never named"). */
export const NEGATION: ReadonlySet<string> = new Set(['not', "n't", 'never']);
/** Auxiliaries and adverbs between a negation and its verb ("not yet been identified", "not publicly named"). */
const BETWEEN = new Set(['AUX', 'ADV', 'PART']);
const BETWEEN_REACH = 3;

/**
 * The words of a sentence told negated: its un-/non- participles and the verbs after its negations;
 * `stems[i]` is token i's stem.
 * @example
 * negatedWords(tokensOf('Terms were not disclosed.'), stems).after // Set { 'disclos' }
 */
export function negatedWords(tokens: readonly Token[], stems: readonly string[]): NegatedWords {
  const prefixed = new Map<string, string>();
  const after = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const own = PREFIXED.exec(t.norm)?.[1];
    if (own) prefixed.set(stems[i] ?? stem(t.text), stem(own));
    // "non-binding" as a tokeniser splits it: "non" "-" "binding" is no participle; "non" "-" "aligned" is
    else if (
      t.norm === 'non' &&
      tokens[i + 1]?.text === '-' &&
      /(?:ed|en|wn)$/.test(tokens[i + 2]?.norm ?? '')
    )
      prefixed.set(stems[i + 2] ?? '', stems[i + 2] ?? '');
    if (!NEGATION.has(t.norm)) continue;
    for (let k = i + 1; k <= i + 1 + BETWEEN_REACH && k < tokens.length; k++) {
      const w = tokens[k] as Token;
      if (w.pos === 'VERB' || (w.pos === 'ADJ' && /(?:ed|en|wn)$/.test(w.norm))) {
        after.add(stems[k] ?? stem(w.text));
        break;
      }
      if (!BETWEEN.has(w.pos)) break;
    }
  }
  return { prefixed, after };
}

/**
 * The stems of `a`'s words that `b` tells negated in the other form: `a`'s "undisclosed" where `b`
 * says "not disclosed", `a`'s "disclosed" after a negation where `b` says "undisclosed".
 */
export function negatedAlike(a: NegatedWords, b: NegatedWords): string[] {
  const out: string[] = [];
  for (const [word, participle] of a.prefixed) if (b.after.has(participle)) out.push(word);
  if (a.after.size && b.prefixed.size) {
    const negates = new Set(b.prefixed.values());
    for (const verb of a.after) if (negates.has(verb)) out.push(verb);
  }
  return out;
}
