import { holdsRun, joinedRun, wordRun } from '../compare/word-runs.ts';
import type { Candidate } from './candidates.ts';
import { quoteRanges } from './text.ts';

/**
 * The passages a sentence holds inside quotation marks, each cut at an ellipsis or a bracketed
 * insertion (the quoter's marks, not the speaker's words).
 * @example
 * quotedPassages('She spoke of “a plan […] for the pier.”') // ['a plan ', ' for the pier.']
 */
export function quotedPassages(text: string): string[] {
  return quoteRanges(text)
    .flatMap(([start, end]) => text.slice(start, end).split(/\.\.\.|…|\[[^\]]*\]/u))
    .filter((passage) => wordRun(passage).length > 0);
}

/**
 * Whether a text holds every passage word for word (in any case, accent or quotation-mark form):
 * an article cited for a sentence that quotes someone must hold the words inside its quotation
 * marks, not only what they tell ("manage the ferry queues" is not held by "manage the long ferry queues").
 */
export function holdsPassages(text: string, passages: readonly string[]): boolean {
  if (!passages.length) return true;
  const joined = joinedRun(wordRun(text));
  return passages.every((passage) => holdsRun(joined, passage));
}

// The words of a text inside its quotation marks, lower-cased.
const quotedWordSet = (text: string): Set<string> =>
  new Set(
    quoteRanges(text).flatMap(([s, e]) =>
      text
        .slice(s, e)
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u),
    ),
  );

// The words of a text inside its quotation marks, as one run to look passages up in.
const quotedRun = (text: string): string =>
  joinedRun(
    wordRun(
      quoteRanges(text)
        .map(([s, e]) => text.slice(s, e))
        .join(' … '),
    ),
  );

// The runs of two words or more of a sentence with no quotation that are neither stop words nor names
// nor punctuation: what reported speech may give of the speaker's words ("was long overdue").
function plainRuns(tokens: Pick<Candidate, 'tokens'>['tokens']): string[] {
  const out: string[] = [];
  let run: string[] = [];
  for (const t of [...tokens, null]) {
    if (t && !t.stop && t.pos !== 'PROPN' && t.pos !== 'PUNCT' && /\p{L}/u.test(t.text)) {
      run.push(t.text);
      continue;
    }
    if (run.length >= 2) out.push(run.join(' '));
    run = [];
  }
  return out;
}

/**
 * Whether two sentences give one person's words twice, one quoting a few of them (two words or more)
 * or telling them as reported speech, and the other quoting the words around them: a quoted passage of
 * `a` held word for word inside `b`'s quotation marks (or the other way round), or, of a sentence
 * quoting nothing, a run of two content words or more; and a proper name outside their quotations in
 * both (the speaker). “long overdue” in “This resignation is long overdue, and …”: a summary tells it once.
 * @example
 * quotedWithin(said('Teague called it “long overdue”.'), said('Teague said: “It is long overdue, and …”')) // true
 */
export function quotedWithin(
  a: Pick<Candidate, 'text' | 'tokens' | 'attributed'>,
  b: Pick<Candidate, 'text' | 'tokens' | 'attributed'>,
): boolean {
  const holds = (x: typeof a, y: typeof a) => {
    const quoted = quotedRun(y.text);
    if (!quoted) return false;
    const passages = quotedPassages(x.text).filter((p) => wordRun(p).length >= 2);
    if (passages.length) return passages.every((p) => holdsRun(quoted, p));
    return (
      x.attributed && !quoteRanges(x.text).length && plainRuns(x.tokens).some((p) => holdsRun(quoted, p))
    );
  };
  if (!holds(a, b) && !holds(b, a)) return false;
  const names = (x: typeof a) => {
    const inQuotes = quotedWordSet(x.text);
    return new Set(x.tokens.filter((t) => t.pos === 'PROPN' && !inQuotes.has(t.norm)).map((t) => t.norm));
  };
  const [p, q] = [names(a), names(b)];
  return [...p].some((n) => q.has(n));
}
