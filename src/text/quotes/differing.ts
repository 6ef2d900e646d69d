import { twentyFourHour } from '../clock.ts';
import { NUMBER_WORDS } from '../data/numbers.ts';
import { NEGATION } from '../negated-words.ts';
import { fold, stem } from '../normalise.ts';
import { spellingFold } from '../spelling.ts';
import { QUOTE_GRAMMAR_WORDS } from './data/grammar-words.ts';

// Two quotations of one remark that share most of their words may still say different things: a word
// put in another's place ("protects" / "cuts"), a changed number, or a negation added or dropped. What
// decides is the words that differ, not how many are shared: "We will help every single owner rebuild"
// is the remark of "We will help every owner rebuild" in another wording, "This budget cuts frontline
// services" is not the remark of "This budget protects frontline services".

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

// a word as the two wordings are aligned by: its stem, in one spelling ("harbour" / "harbor"), a number
// in figures ("five" / "5": one number, as wire copy and a paper's style write it)
const keyOf = (w: string): string => {
  const value = NUMBER_WORDS[w];
  return value !== undefined ? String(value) : stem(spellingFold(w));
};

const isNegation = (w: string): boolean =>
  NEGATION.has(w) || w === 'no' || w === 'cannot' || /n['’]t$/u.test(w);
const isNumber = (w: string): boolean => /\d/u.test(w) || NUMBER_WORDS[w] !== undefined;
// a word whose change changes what is said: not a grammar word, or a negation or number
const weighs = (w: string): boolean => isNegation(w) || isNumber(w) || !QUOTE_GRAMMAR_WORDS.has(w);

// Whether the run keys[end - len, end) repeats the run just before or just after it.
const saidTwice = (keys: readonly string[], end: number, len: number): boolean => {
  const same = (from: number) =>
    from >= 0 &&
    from + len <= keys.length &&
    keys.slice(from, from + len).every((k, x) => k === keys[end - len + x]);
  return len > 0 && (same(end - 2 * len) || same(end));
};

/** What two wordings of a quote say differently: the words of each in the other's place, as written (folded). */
export interface WordingsDiffer {
  readonly one: string;
  readonly other: string;
}

/**
 * The words by which two quotations that share most of their words say different things, or null
 * when they say the same in other words: where the two part (their common words in order set aside),
 * a word of weight in each one's place (a content word put for another, a number for another), or a
 * negation one has and the other not. A word moved elsewhere, a word added (a modifier: "every single
 * owner"), another form of the same word ("protects" / "protected"), another spelling ("harbour" /
 * "harbor", "per cent" / "percent"), one number in words or figures ("five" / "5"), one time of day in
 * either clock ("6:41pm" / "18:41") or another grammar
 * word ("this" / "the") is another wording, not another remark.
 * @example
 * wordingsDiffer('This budget protects services.', 'This budget cuts services.') // { one: 'protects', other: 'cuts' }
 * wordingsDiffer('We will close the border', 'We will not close the border') // { one: '', other: 'not' }
 * wordingsDiffer('We will help every owner rebuild', 'We will help every single owner rebuild') // null
 */
export function wordingsDiffer(one: string, other: string): WordingsDiffer | null {
  // (a time of day in either clock: "6:41pm" / "18:41")
  const a = (twentyFourHour(one).match(WORD) ?? []).map(fold);
  const b = (twentyFourHour(other).match(WORD) ?? []).map(fold);
  const [sa, sb] = [a.map(keyOf), b.map(keyOf)];
  // the longest run of common words in order (by `keyOf`), then the places where the two part
  const n = sa.length;
  const m = sb.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      (lcs[i] as Uint16Array)[j] =
        sa[i] === sb[j]
          ? ((lcs[i + 1] as Uint16Array)[j + 1] as number) + 1
          : Math.max((lcs[i + 1] as Uint16Array)[j] as number, (lcs[i] as Uint16Array)[j + 1] as number);
  const gaps: [string[], string[]][] = [];
  let gap: [string[], string[]] = [[], []];
  let [i, j] = [0, 0];
  const close = () => {
    const [la, lb] = [gap[0].length, gap[1].length];
    // (a run one side says twice over, "we will not, we will not stand by", is said once: no addition)
    const twice = (la === 0 && saidTwice(sb, j, lb)) || (lb === 0 && saidTwice(sa, i, la));
    if ((la || lb) && !twice) gaps.push(gap);
    gap = [[], []];
  };
  while (i < n || j < m) {
    if (i < n && j < m && sa[i] === sb[j]) {
      close();
      i++;
      j++;
    } else if (
      j >= m ||
      (i < n && ((lcs[i + 1] as Uint16Array)[j] as number) >= ((lcs[i] as Uint16Array)[j + 1] as number))
    ) {
      gap[0].push(a[i++] as string);
    } else gap[1].push(b[j++] as string);
  }
  close();
  // a word one has in one place and the other in another is moved, not changed
  const leftA = new Set(gaps.flatMap(([x]) => x.map(keyOf)));
  const leftB = new Set(gaps.flatMap(([, y]) => y.map(keyOf)));
  for (const [x, y] of gaps) {
    // words run together or apart ("per cent" / "percent", "cease-fire" / "ceasefire") are one
    if (x.join('') === y.join('')) continue;
    const ownA = x.filter((w) => !leftB.has(keyOf(w)));
    const ownB = y.filter((w) => !leftA.has(keyOf(w)));
    // (a negation counts by whether each side has one: "won't" / "will not", "can't" / "cannot")
    const heavyA = ownA.filter((w) => weighs(w) && !isNegation(w));
    const heavyB = ownB.filter((w) => weighs(w) && !isNegation(w));
    const put = heavyA.length > 0 && heavyB.length > 0;
    const negated = ownA.some(isNegation) !== ownB.some(isNegation);
    if (put) return { one: heavyA.join(' '), other: heavyB.join(' ') };
    if (negated) return { one: ownA.join(' '), other: ownB.join(' ') };
  }
  return null;
}
