// Whether a piece of the claim, split off by a comma or "and" / "or" / "but", goes wholly untold.
import type { Token } from '../../../model/index.ts';
import { fold, stem } from '../../../text/normalise.ts';
import { oneSpellingApart } from '../../../text/spelling.ts';
import { isContent } from '../claims.ts';
import { REPORTING_STEMS } from '../data/word-forms.ts';
import { namesWord } from './details.ts';
import { perReading, type Reading } from './reading.ts';
import { foldedWords, isDateWord, sourceWords } from './relations.ts';

// Marks and words that end a piece of a clause.
const MARKS = /^([,;:()[\]–—]|--)$/;
const JOINS = new Set(['and', 'or', 'but']);
// Words of a time of day or a span: the claim's dates are checked as dates.
const TIME = /^(early|late|morning|afternoon|evening|night|day|week|month|year|today|tonight|yesterday)s?$/;

const reports = (r: Reading, i: number): boolean =>
  r.claim.tokens[i]?.pos === 'VERB' && REPORTING_STEMS.has(r.claim.tokenStems[i] as string);

const OPEN = /^([([])$/;
const CLOSE = /^([)\]])$/;
const QUOTE_END = /^(”|''|"|’|')$/;
const OWN_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);

/**
 * The pieces of a claim past its first that carry words of their own: for each, the positions of
 * its content words (nouns, names, verbs, adjectives) whose stem no other piece holds. Left out: the
 * first piece (its subject and verb are checked by the other tests), words in brackets ("(its
 * direction)", "[Russian]"), an aside told of a name or a number before it by a comma alone ("Ivo
 * Brandt, another partner"), and who reports the claim: from a reporting verb that ends the clause's
 * assertion (no "that" or verb after it), or from a quotation's end, to the clause's end.
 */
const piecesOf = perReading((r: Reading): readonly (readonly number[])[] => {
  const tokens = r.claim.tokens;
  const sources = sourceWords(r);
  const inFigure = (t: Token) => r.claim.figures.some((f) => t.start < f.span.end && t.end > f.span.start);
  // runs of positions, each with whether a comma alone opened it
  const runs: { at: number[]; comma: boolean }[] = [{ at: [], comma: false }];
  let depth = 0;
  let quoteEnd = tokens.length;
  if (/^(“|"|`|‘|')/.test(tokens[0]?.text ?? ''))
    for (let i = tokens.length - 1; i > 0; i--)
      if (QUOTE_END.test((tokens[i] as Token).text)) {
        quoteEnd = i;
        break;
      }
  for (let i = 0; i < quoteEnd; i++) {
    const t = tokens[i] as Token;
    if (OPEN.test(t.text)) depth++;
    else if (CLOSE.test(t.text)) depth = Math.max(0, depth - 1);
    const last = runs.at(-1) as { at: number[]; comma: boolean };
    if (MARKS.test(t.text) || JOINS.has(t.norm)) {
      if (last.at.length) runs.push({ at: [], comma: t.text === ',' });
      else if (JOINS.has(t.norm)) last.comma = false;
      continue;
    }
    if (depth === 0) last.at.push(i);
  }
  let end = runs.length;
  for (let k = runs.length - 1; k >= 1; k--) {
    const run = (runs[k] as { at: number[] }).at;
    const verb = run.findIndex((i) => reports(r, i));
    if (verb < 0) continue;
    const asserts = (i: number) =>
      tokens[i]?.norm === 'that' || ['VERB', 'AUX'].includes(tokens[i]?.pos ?? '');
    if (run.slice(verb + 1).some(asserts)) continue;
    end = k;
  }
  const kept = runs.slice(0, end);
  const own = (i: number): boolean => {
    const t = tokens[i] as Token;
    return (
      OWN_POS.has(t.pos) &&
      isContent(t) &&
      /\p{L}{3}/u.test(t.text) &&
      !isDateWord(t.norm) &&
      !TIME.test(t.norm) &&
      !inFigure(t) &&
      !sources.has(fold(t.text))
    );
  };
  const stems = kept.map((run) => new Set(run.at.filter(own).map((i) => r.claim.tokenStems[i] as string)));
  const after = new Set(tokens.slice(runs[end]?.at[0] ?? tokens.length).map((t) => t.norm));
  // an aside of a name or number: a comma alone before it, no verb in it
  const aside = (k: number): boolean => {
    const run = kept[k] as { at: number[]; comma: boolean };
    const before = tokens[(kept[k - 1]?.at.at(-1) ?? -1) as number];
    return (
      run.comma &&
      !run.at.some((i) => tokens[i]?.pos === 'VERB') &&
      (before?.pos === 'PROPN' || before?.pos === 'NUM' || /\d/.test(before?.text ?? ''))
    );
  };
  return kept.map((run, k) =>
    k === 0 || aside(k)
      ? []
      : run.at.filter(
          (i) =>
            own(i) &&
            !stems.some((s, j) => j !== k && s.has(r.claim.tokenStems[i] as string)) &&
            !after.has(tokens[i]?.norm as string),
        ),
  );
});

// Whether `b` tells the claim's word at position i: its stem, a verb's predicate class (not a
// noun's: "death" is no "killing"), the same word written as one or two, or the entity it names.
function told(a: Reading, i: number, b: Reading): boolean {
  const t = a.claim.tokens[i] as Token;
  const w = fold(t.text);
  if (foldedWords(b).has(w) || b.allStems.has(stem(t.text)) || namesWord(a, i, b, t.pos === 'VERB'))
    return true;
  for (const [id, words] of a.claim.named) if (words.includes(w) && b.claim.terms.has(`e:${id}`)) return true;
  // a name written short on one side ("Tenn." / "Tennessee", "United Kingdom" / "U. K.") or spelt
  // one letter apart ("Brandtberg" / "Brandtburg")
  const letters = b.claim.tokens.map((x) => fold(x.text).replace(/[^\p{L}]/gu, ''));
  if (w.length >= 4 && letters.some((x) => x.length > w.length && x.startsWith(w))) return true;
  if (t.pos !== 'PROPN') return false;
  if (letters.some((x) => oneSpellingApart(w, x))) return true;
  const tokens = a.claim.tokens;
  let [from, to] = [i, i];
  while (tokens[from - 1]?.pos === 'PROPN') from--;
  while (tokens[to + 1]?.pos === 'PROPN') to++;
  const initials = tokens
    .slice(from, to + 1)
    .map((x) => fold(x.text)[0])
    .join('');
  return (
    initials.length >= 2 &&
    letters.some((_, k) => [1, 2, 3].some((n) => letters.slice(k, k + n).join('') === initials))
  );
}

/**
 * Whether a piece of the claim (split off by a comma, a dash or "and" / "or" / "but") that has words
 * of its own goes wholly untold: "the phone links to Pictr, Frendly and Chatsy" is not stated
 * without Chatsy, nor "charged with theft and arson" without the arson, nor "the clerk was charged,
 * but the suspect is near death" without the suspect's health. One own word of the piece told is enough (the piece may be worded otherwise).
 */
export function pieceUntold(a: Reading, b: Reading): boolean {
  const pieces = piecesOf(a);
  if (pieces.length < 2) return false;
  return pieces.some((own) => own.length > 0 && !own.some((i) => told(a, i, b)));
}
