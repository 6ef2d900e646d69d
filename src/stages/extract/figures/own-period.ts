// Time phrases near a figure that are not its period: a length or a limit, a date owning a noun, another
// verb phrase's time, a time past an aside (read by periods.ts nearestPeriod).
import { type Doc, sentenceOf, type Tok } from '../../../text/annotated.ts';
import { CLAUSE_COORDINATORS, LENGTH_PREPOSITIONS } from '../data/function-words.ts';

// A length or a limit ("for more than two years", "within 48 hours"): LENGTH_PREPOSITIONS before a
// duration with no date in it, and not a stretch named ("for the year", "for the past two years").
export function lengthOfTime(doc: Doc, p: [number, number]): boolean {
  if (!LENGTH_PREPOSITIONS.has((doc.tokens[p[0]] as Tok).norm)) return false;
  const inner = doc.tokens.slice(p[0] + 1, p[1]);
  if (inner[0]?.norm === 'the') return false;
  return inner.some((t) => t.entity === 'DURATION') && !inner.some((t) => t.entity === 'DATE');
}

// A date that owns a noun ("beating last year's total by almost 2,000"): no period of the sentence.
export function possessive(doc: Doc, p: [number, number]): boolean {
  const [mark, next] = [doc.tokens[p[1]]?.text ?? '', doc.tokens[p[1] + 1]?.norm ?? ''];
  return /^['’]s$/.test(mark) || (/^['’]$/.test(mark) && next === 's');
}

// Whether the token at k opens its sentence or a clause (after a comma, a colon or a conjunction).
export function opensClause(doc: Doc, k: number): boolean {
  const before = doc.tokens[k - 1];
  return (
    !before ||
    sentenceOf(doc, k - 1) !== sentenceOf(doc, k) ||
    /^[,;:]$/.test(before.text) ||
    CLAUSE_COORDINATORS.has(before.norm)
  );
}

// Whether a conjunction right before a verb (another verb phrase of one subject: "… and clear the
// backlog") stands between the tokens from and to.
export function verbPhraseBreak(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (CLAUSE_COORDINATORS.has((doc.tokens[k] as Tok).norm) && doc.tokens[k + 1]?.pos === 'VERB')
      return true;
  return false;
}

// Whether the figure first..last is an aside set off by commas ("The backlog, now put at 9,500, will
// …") whose closing comma stands before `to`: what follows is the sentence's, not the aside's.
export function asideBefore(doc: Doc, first: number, last: number, to: number): boolean {
  const sentence = sentenceOf(doc, first);
  let opened = false;
  for (let k = first - 1; k >= 0 && sentenceOf(doc, k) === sentence && !opened; k--) {
    const t = (doc.tokens[k] as Tok).text;
    if (/^[;:()]$/.test(t)) return false;
    opened = t === ',';
  }
  if (!opened) return false;
  for (let k = last; k < to; k++) if ((doc.tokens[k] as Tok).text === ',') return true;
  return false;
}
