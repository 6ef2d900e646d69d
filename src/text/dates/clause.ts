// Where a clause and a sentence start left of a point of a text, for the date readers' cue windows.
import { CLAUSE_BREAK } from './patterns.ts';

/**
 * Where the clause left of `at` in `text` starts: after the nearest break (`breaks`, default
 * CLAUSE_BREAK), but a comma or point between digits ("5,000 people", "2.5 million") is a number's,
 * not a break.
 * @example
 * clauseStartAt('Crews, as 5,000 did in May', 23) // 6
 */
export function clauseStartAt(text: string, at: number, breaks: RegExp = CLAUSE_BREAK): number {
  let from = at;
  while (from > 0) {
    const c = text[from - 1] as string;
    if (breaks.test(c) && !inNumber(text, from - 1)) break;
    from--;
  }
  return from;
}

/**
 * Where the last sentence between `from` and `at` in `text` starts: past a point, "!" or "?" and the
 * space before a capital (not "Dec. 27"), for a text given without its sentences ("Mr. Osk" splits).
 */
export function sentenceStartAt(text: string, from: number, at: number): number {
  let start = from;
  for (const m of text.slice(from, at).matchAll(/[.!?]\s+(?=\p{Lu})/gu)) start = from + m.index + m[0].length;
  return start;
}

// Whether the comma or point at `at` joins a number's digits ("5,000", "2.5").
function inNumber(text: string, at: number): boolean {
  const c = text[at];
  if ((c !== ',' && c !== '.') || !/\d/.test(text[at - 1] ?? '')) return false;
  return c === ',' ? /^\d{3}/.test(text.slice(at + 1, at + 4)) : /\d/.test(text[at + 1] ?? '');
}
