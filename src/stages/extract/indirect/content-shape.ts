import { type Doc, sentenceOf, type Tok } from '../../../text/annotated.ts';
import { isPastWord } from '../../../text/dates/coming.ts';
import { CURLY_CLOSER, CURLY_OPENER, STRAIGHT_DOUBLE } from '../../../text/quotes/marks.ts';
import { PAST_AUXILIARIES } from '../data/function-words.ts';
import { MIN_INDIRECT_WORDS } from '../patterns.ts';
import { phraseAfter } from '../speakers/phrases.ts';

/** The shape of a content span: its edges trimmed, and whether it opens with a subject and its verb. */

const END_PUNCT = new Set(['.', '!', '?', ';', ':', ',', '—', '–']);
/** Parts of speech that make a token a verb. */
export const VERB_POS = new Set(['VERB', 'AUX']);

/** What a content span may be: an infinitive ("vowed to act"), a noun phrase without a verb ("called for a ban"). */
export interface ContentRules {
  readonly infinitive?: boolean;
  readonly nominal?: boolean;
}

/** The content [a, b) without punctuation and "that" at its edges, or null when too short or not a clause. */
export function trimContent(
  doc: Doc,
  a: number,
  b: number,
  rules: ContentRules = {},
): [number, number] | null {
  // "that" opens reported content ("said that the port …"), but a "That" that opens the sentence is its
  // first word ("That would take a long time, she said"; "That company will …, according to sources")
  while (a < b) {
    const t = doc.tokens[a] as Tok;
    const opening = t.norm === 'that' && sentenceOf(doc, a - 1) === sentenceOf(doc, a);
    if (!END_PUNCT.has(t.text) && !opening) break;
    a++;
  }
  const written = b;
  while (
    b > a &&
    (END_PUNCT.has((doc.tokens[b - 1] as Tok).text) || (doc.tokens[b - 1] as Tok).pos === 'PUNCT')
  )
    b--;
  b = closedQuote(doc, a, b, written);
  if (b - a < MIN_INDIRECT_WORDS) return null;
  // "agreed to meet" is reported only for speech acts ("vowed to …"); elsewhere an infinitive is an intention
  if ((doc.tokens[a] as Tok).pos === 'PART' && !rules.infinitive) return null;
  if (rules.nominal) return [a, b];
  for (let k = a; k < b; k++) if (VERB_POS.has((doc.tokens[k] as Tok).pos)) return [a, b];
  return null;
}

/**
 * True when a clause that opens at `a` with its own subject tells the past: its verb, past adverbs, is a
 * past form ("the council voted", "crews worked", "the vote had collapsed") that `verbFits` accepts.
 */
export function pastClause(
  doc: Doc,
  a: number,
  end: number,
  verbFits: (verb: Tok) => boolean = () => true,
): boolean {
  if (a >= end || !opensClause(doc, a, end)) return false;
  const np = (doc.tokens[a] as Tok).pos === 'PRON' ? [a, a + 1] : phraseAfter(doc, a, end);
  let j = np?.[1] ?? end;
  while (j < end && (doc.tokens[j] as Tok).pos === 'ADV') j++;
  const verb = doc.tokens[j] as Tok;
  return (PAST_AUXILIARIES.has(verb.norm) || isPastWord(verb.norm)) && verbFits(verb);
}

/** True when [a, b) opens with a subject and its verb ("the panel was wrong", "it knows"), not a bare object. */
export function opensClause(doc: Doc, a: number, b: number): boolean {
  const np = (doc.tokens[a] as Tok).pos === 'PRON' ? [a, a + 1] : phraseAfter(doc, a, b);
  if (!np) return false;
  let j = np[1] as number;
  while (j < b && (doc.tokens[j] as Tok).pos === 'ADV') j++;
  return j < b && VERB_POS.has((doc.tokens[j] as Tok).pos);
}

/**
 * The end of content [a, b) with the closing mark of a quotation it opens kept ('called the budget
 * "brutal".' reports 'the budget "brutal"', not 'the budget "brutal'): the first closing mark among the
 * punctuation trimmed off before `written`, when the content opens one it does not close; else `b`.
 */
function closedQuote(doc: Doc, a: number, b: number, written: number): number {
  let open = false;
  for (let k = a; k < b; k++) {
    const text = (doc.tokens[k] as Tok).text;
    if (text === STRAIGHT_DOUBLE) open = !open;
    else if (text === CURLY_OPENER) open = true;
    else if (text === CURLY_CLOSER) open = false;
  }
  if (!open) return b;
  for (let k = b; k < written; k++) {
    const text = (doc.tokens[k] as Tok).text;
    if (text === STRAIGHT_DOUBLE || text === CURLY_CLOSER) return k + 1;
  }
  return b;
}
