import type { Token } from '../../../model/index.ts';
import { fold } from '../../../text/normalise.ts';
import type { Claim } from '../claims.ts';
import { perReading, type Reading } from './reading.ts';

// The most words of a title read before a name ("Senate Majority Leader").
const TITLE_REACH = 4;

/** Where a name's words (folded) run in a clause's tokens, or -1. */
export function startOf(tokens: readonly Token[], words: readonly string[]): number {
  return tokens.findIndex((_, i) => words.every((w, k) => fold(tokens[i + k]?.text ?? '') === w));
}

/**
 * The capitalised words right before token `at`, folded ("senate majority leader"); none past the
 * clause's opening word unless it is capitalised for a title too.
 */
export function titleBefore(tokens: readonly Token[], at: number): string[] {
  const out: string[] = [];
  for (let k = at - 1; k >= 0 && at - k <= TITLE_REACH; k--) {
    const t = tokens[k] as Token;
    if (!/^\p{Lu}\p{L}+$/u.test(t.text)) break;
    out.unshift(fold(t.text));
  }
  return out;
}

/** Each person a claim names (entity id) with the title written right before the name, folded ("interior minister"). */
export const personTitles = perReading((r: Reading): ReadonlyMap<string, readonly string[]> => {
  const out = new Map<string, string[]>();
  for (const [id, words] of r.claim.persons) {
    if (words.length === 0) continue;
    const title = titleBefore(r.claim.tokens, startOf(r.claim.tokens, words));
    if (title.length) out.set(id, title);
  }
  return out;
});

/**
 * The words of the titles `a` writes before the persons claim `b` names too (by entity, or by a word
 * of the name among `inB`, `b`'s folded words): "Interior Minister" of "Interior Minister Petra
 * Kovaly said …" where `b` says '"…," Kovaly said'. They tell who the person is, no other name the
 * claim gives; null when there are none.
 */
export function titlesOfNamed(a: Reading, b: Claim, inB?: ReadonlySet<string>): ReadonlySet<string> | null {
  const titles = personTitles(a);
  if (titles.size === 0) return null;
  let out: Set<string> | null = null;
  for (const [id, title] of titles) {
    const named =
      b.entityIds.has(id) || (inB !== undefined && (a.claim.persons.get(id) ?? []).some((w) => inB.has(w)));
    if (!named) continue;
    out ??= new Set();
    for (const w of title) out.add(w);
  }
  return out;
}

/** The name terms (`n:` keys) of `a` that are such title words (`titlesOfNamed`) and `b` lacks. */
export function titleTermsUntold(a: Reading, b: Claim, inB?: ReadonlySet<string>): string[] {
  const titles = titlesOfNamed(a, b, inB);
  if (!titles) return [];
  return [...titles].map((w) => `n:${w}`).filter((t) => a.claim.terms.has(t) && !b.terms.has(t));
}
