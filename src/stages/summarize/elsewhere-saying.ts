import type { Token } from '../../model/index.ts';
import { fold, stem } from '../../text/normalise.ts';
import { REPORTING_STEMS } from '../compare/data/word-forms.ts';
import type { Reading } from '../compare/support/index.ts';
import { holdsFigure, inDimensions } from '../compare/support/quantities.ts';
import { perReading } from '../compare/support/reading.ts';
import { foldedWords, isDateWord } from '../compare/support/relations.ts';
import { differentDay } from '../compare/support/same-date.ts';

// A reporting verb ("said", "told"), what `sayingOf` looks for.
const reporting = (t: Token): boolean => t.pos === 'VERB' && REPORTING_STEMS.has(stem(t.text));

/**
 * Whether tokens hold a reporting verb: a reading of none has nobody say anything (`sayingOf` is
 * null), so a sentence without one can be passed over before it is read.
 */
export const mayReport = (tokens: readonly Token[]): boolean => tokens.some(reporting);

/**
 * Who a clause has say something: its first reporting verb whose subject names a person ("Valdoria's
 * president said …", "Dana Reyl told reporters …"), as that person's entity id, and the index of the
 * token after the verb; null when its first reporting verb has no person for subject.
 */
export const sayingOf = perReading(
  (r: Reading): { readonly speaker: string; readonly after: number } | null => {
    const { tokens, tokenStems } = r.claim;
    for (let i = 0; i < tokens.length; i++) {
      // (its stems read, not stemmed again: `reporting` of a token)
      if (tokens[i]?.pos !== 'VERB' || !REPORTING_STEMS.has(tokenStems[i] as string)) continue;
      // the words of the phrase before the verb, back to a verb or a comma
      const before = new Set<string>();
      for (let k = i - 1; k >= 0 && tokens[k]?.pos !== 'VERB' && !/^[,;:]$/.test(tokens[k]?.text ?? ''); k--)
        before.add(fold((tokens[k] as { text: string }).text));
      for (const [id, words] of r.claim.persons)
        if (words.length && words.some((w) => before.has(w))) return { speaker: id, after: i + 1 };
      return null;
    }
    return null;
  },
);

// The subject of verb `verb` (a stem) in what a clause has said (its tokens from `from`): the last
// noun or pronoun before the verb's first use there, a pronoun by its word, a noun by its stem.
function subjectOf(r: Reading, from: number, verb: string): string | null {
  const { tokens, tokenStems } = r.claim;
  const at = tokens.findIndex((t, k) => k >= from && t.pos === 'VERB' && tokenStems[k] === verb);
  for (let k = at - 1; k >= from; k--) {
    const t = tokens[k];
    if (t?.pos === 'PRON') return `p:${fold(t.text)}`;
    if (t?.pos === 'NOUN' || t?.pos === 'PROPN') return tokenStems[k] ?? null;
  }
  return null;
}

/**
 * Whether `a` and `b` report one person saying one thing, as far as Parallax can tell: the subject
 * of each one's reporting verb is the same person, what `a` has them say shares a verb with what
 * `b` has them say (the same verb: one of its class tells too little of so short a statement), of
 * one subject (a pronoun, or a noun by its stem: "fares would rise" / "cruise ships would rise" are
 * two remarks), and names no one and no number `b` leaves out, on no other day, and neither is
 * denied where the other is not ("[the mayor] said last week she is willing to help close the
 * funding gap" / "[she] said she would be open to helping the harbour board meet its costs if …":
 * the mood of what is said, a wish or a condition, is the speaker's). For the single-source list
 * only, where listing one outlet's telling of a statement others report in other words misleads
 * the reader.
 */
export function sameSaying(a: Reading, b: Reading): boolean {
  const x = sayingOf(a);
  const y = sayingOf(b);
  if (!x || !y || x.speaker !== y.speaker || a.negated !== b.negated) return false;
  if (a.dates.some((d) => b.dates.some((e) => differentDay(d, e)))) return false;
  // a number said is what is said ("said 50 were injured" / "said some of the injured were flown out")
  if (!a.claim.figures.every((f) => inDimensions(f, a) || holdsFigure(f, b, a))) return false;
  const said = a.claim.tokens.slice(x.after);
  const verbs = (r: Reading, from: number) =>
    new Set(
      r.claim.tokenStems.filter(
        (s, k) => k >= from && r.claim.tokens[k]?.pos === 'VERB' && r.predicates.includes(s),
      ),
    );
  // the same verb said on both sides: one of its class tells too little of so short a statement
  // ("fares would rise" / "the gap had grown")
  const theirs = verbs(b, y.after);
  // and of one subject: "[she] is willing to help" / "[she] would be open to helping", not "[ferry
  // fares] would rise" / "[the number of cruise ships calling each summer] would rise"
  const alike = (v: string) => {
    const s = subjectOf(a, x.after, v);
    return s !== null && s === subjectOf(b, y.after, v);
  };
  if (![...verbs(a, x.after)].some((v) => theirs.has(v) && alike(v))) return false;
  // who else takes part in what is said is named there too
  const inB = foldedWords(b);
  return said.every((t) => t.pos !== 'PROPN' || isDateWord(fold(t.text)) || inB.has(fold(t.text)));
}
