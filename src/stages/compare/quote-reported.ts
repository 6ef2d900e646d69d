import type { Quote } from '../../model/index.ts';
import { stem } from '../../text/normalise.ts';
import { wordRun, wordsOf } from '../../text/quotes/wording.ts';
import { REPORTED_SHIFT } from './data/reported-shift.ts';
import { REPORTED_RUN_MIN_CONTENT, REPORTED_RUN_MIN_COVER, REPORTED_RUN_MIN_WORDS } from './patterns.ts';
import { sameSpeaker } from './quote-speakers.ts';

/** A text's words as `keepsRun` compares them (`runWords`), and which of them are names. */
export interface RunWords {
  /** Each word's class when a report puts it in another person or tense (REPORTED_SHIFT: "I have" and "he had" alike), else its stem. */
  readonly keys: readonly string[];
  /** Whether each word is a name: a capital not opening a sentence ("the World Health Organization"). */
  readonly names: readonly boolean[];
  /** Whether each word opens a clause: the text's first, one after a stop, or after ", and" / ", but". */
  readonly opens: readonly boolean[];
}

/**
 * Read a text's words for `keepsRun`.
 * @example
 * runWords('I have lost the Harbour Trust, and I will go').keys // ['~person', '~have', 'lose', 'the', 'harbour', 'trust', 'and', '~person', '~will', 'go']
 */
export function runWords(text: string): RunWords {
  const raw = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  // the text between each word and the one before (null for the first)
  const gaps = raw.map((m, k) => {
    const last = raw[k - 1];
    return last ? text.slice((last.index as number) + last[0].length, m.index) : null;
  });
  const afterStop = gaps.map((gap) => gap === null || /[.;:!?]/.test(gap));
  return {
    keys: wordRun(text).map((w) => {
      const shift = REPORTED_SHIFT[w];
      return shift === undefined ? stem(w) : `~${shift}`;
    }),
    names: raw.map((m, k) => !afterStop[k] && /^\p{Lu}/u.test(m[0])),
    opens: raw.map(
      (_, k) =>
        afterStop[k] ||
        (k > 1 && /^(?:and|but)$/i.test(raw[k - 1]?.[0] ?? '') && (gaps[k - 1] ?? '').includes(',')),
    ),
  };
}

/**
 * Whether a report holds a run of a quote's words one after another that opens a clause of each
 * (`opens`: reported speech tells the quote's clause from its start, "I have lost …" as "he had lost
 * …"), at least REPORTED_RUN_MIN_WORDS long with REPORTED_RUN_MIN_CONTENT content words
 * (`isContent`) that are no names (a run of a name's words tells only whom both speak of).
 * @example
 * keepsRun(runWords('I have lost the confidence of the people'), runWords('he had lost the confidence of the public'), isContent) // true
 * keepsRun(runWords('We met the World Health Organization'), runWords('he told the World Health Organization'), isContent) // false
 * keepsRun(runWords('The suspect, a tall young man, ran'), runWords('a tall young man was charged'), isContent) // false
 */
export function keepsRun(quote: RunWords, report: RunWords, isContent: (key: string) => boolean): boolean {
  const to = report.keys;
  // the run (its length, its content words) ending at each word of the report, for the quote word
  // before, counted from where it opens a clause of both (null: it opens none)
  type Run = readonly [number, number] | null;
  let before = new Array<Run>(to.length + 1).fill(null);
  for (const [i, q] of quote.keys.entries()) {
    const here = new Array<Run>(to.length + 1).fill(null);
    const content = isContent(q) && !quote.names[i] ? 1 : 0;
    for (let j = 0; j < to.length; j++) {
      if (to[j] !== q) continue;
      const last = before[j];
      const run: Run = last
        ? [last[0] + 1, last[1] + content]
        : quote.opens[i] && report.opens[j]
          ? [1, content]
          : null;
      if (run && run[0] >= REPORTED_RUN_MIN_WORDS && run[1] >= REPORTED_RUN_MIN_CONTENT) return true;
      here[j + 1] = run;
    }
    before = here;
  }
  return false;
}

/**
 * Whether quote `n` reports quote `k` in other words: one of the two is reported speech (an indirect
 * quote), both are given to one speaker, `n` keeps a run of `k`'s words (`keepsRun`, through the change
 * of person and tense a report makes) and holds REPORTED_RUN_MIN_COVER of its content words (not
 * weighted: in a story of few articles the words two of them share weigh least). "He had lost the
 * confidence of the public" reports "I have lost the confidence of the people I serve"; a report of
 * another speaker in like words does not.
 * @example
 * reportedBy(quotes, idf)(0, 3) // true when quotes[3] reports quotes[0]
 */
export function reportedBy(
  quotes: readonly Quote[],
  idf: ReadonlyMap<string, number>,
): (k: number, n: number) => boolean {
  const read: RunWords[] = [];
  const wordsAt = (k: number) => (read[k] ??= runWords((quotes[k] as Quote).text));
  const isContent = (key: string) => idf.has(key);
  return (k, n) => {
    const quote = quotes[k] as Quote;
    const other = quotes[n] as Quote;
    if (k === n || (quote.kind !== 'indirect' && other.kind !== 'indirect')) return false;
    if (!sameSpeaker(quote.speaker, other.speaker)) return false;
    const words = [...new Set(wordsOf(quote.text))].filter(isContent);
    const held = new Set(wordsOf(other.text));
    const hit = words.filter((w) => held.has(w)).length;
    return (
      hit >= REPORTED_RUN_MIN_CONTENT &&
      hit / words.length >= REPORTED_RUN_MIN_COVER &&
      keepsRun(wordsAt(k), wordsAt(n), isContent)
    );
  };
}
