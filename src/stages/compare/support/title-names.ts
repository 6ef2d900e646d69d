import type { Token } from '../../../model/index.ts';
import { fold } from '../../../text/normalise.ts';
import { TITLES } from '../../extract/data/titles.ts';
import { TITLE_WORDS } from '../data/word-forms.ts';
import type { Reading } from './reading.ts';

// The most words of a title read before a name ("Senate Majority Leader").
const TITLE_REACH = 4;

/** Where a name's words run in a clause's tokens, or -1. */
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

const isTitle = (w: string): boolean => TITLES[w] !== undefined || TITLE_WORDS.has(w);

/**
 * The name keys (`n:`) of `a` that are only the title of a person `b` names too: "Interior Minister"
 * in "Interior Minister Petra Kovaly said …" when `b` names Kovaly ("…, Kovaly said"). The capitalised
 * words right before the person's name count when the last of them is a title word; a person `b`
 * does not name keeps the title's words as names.
 */
export function titleNamesShared(a: Reading, b: Reading): ReadonlySet<string> {
  const out = new Set<string>();
  for (const [id, words] of a.claim.persons) {
    if (words.length === 0 || !b.claim.entityIds.has(id)) continue;
    const title = titleBefore(a.claim.tokens, startOf(a.claim.tokens, words));
    if (title.length === 0 || !isTitle(title[title.length - 1] as string)) continue;
    for (const w of title) out.add(`n:${w}`);
  }
  return out;
}
