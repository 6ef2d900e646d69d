import type { Evidence, FactMark, Quote, Token } from '../../model/index.ts';
import { fold, isContentWord, stem } from '../../text/normalise.ts';
import { wordingsDiffer } from '../../text/quotes/differing.ts';
import { wordsOf } from '../../text/quotes/wording.ts';
import { CUE_VERBS } from '../extract/data/speech.ts';
import type { Claim } from './claims.ts';
import { DISPUTE_VERBS, VERDICTS } from './data/dispute-cues.ts';
import { NEGATION_MARKERS } from './data/modality-cues.ts';
import { NAMING_VERBS, QUOTE_FUNCTION_WORDS } from './data/word-forms.ts';
import { isDateWord } from './patterns.ts';
import type { CheckedFact } from './support/facts.ts';

// A quotation is a fact of who said which words: the extract stage finds the same words of one speaker
// in several articles (one quote, or one's words inside another's), and a fact that tells nothing but
// those words and who said them is told by every article that quotes them, however each introduces
// them ("… called the bill “cruel and unworkable”" / "… said the law was “cruel and unworkable”").

// (the thing the words are said of, "the bill" / "the law": one content word besides who says them)
const MOST_OTHER_WORDS = 1;

const inside = (o: Evidence, c: Claim): boolean =>
  o.articleId === c.articleId && o.span.start >= c.span.start && o.span.end <= c.span.end;

// A quote whose words stand alone as a fact: no number or time in them (whose wording the report's
// checks read word by word, "this year’s" / "this year's"), no opening pronoun (who "he" is, the words
// do not say).
const standsAlone = (q: Quote): boolean =>
  !/\d/.test(q.text) &&
  !(q.text.match(/\p{L}+/gu) ?? []).some(
    (w) => isDateWord(w.toLowerCase()) || TIME_WORDS.has(w.toLowerCase()),
  ) &&
  !/^\W*(he|she|they|it|this|that|these|those|his|her|their|its)\b/iu.test(q.text);
const TIME_WORDS = new Set(['year', 'today', 'yesterday', 'tomorrow', 'tonight', 'week', 'month']);

const spoken = (q: Quote): boolean =>
  q.kind !== 'indirect' && q.speaker !== null && q.speaker !== undefined && standsAlone(q);

// The words that name a quote's speaker or say what the speaker is, folded ("opposition", "leader", "jonas", "brehm").
function speakerWords(q: Quote): Set<string> {
  const words = `${q.speaker?.name ?? ''} ${q.speaker?.role?.words ?? ''}`;
  return new Set((words.match(/[\p{L}\p{N}]+/gu) ?? []).map(fold));
}

/**
 * Whether claim `c` tells nothing but quote `q` and who said it: outside the quotation, only the
 * speaker's name and title (the capitalised words before the name too), an "of the …" name after them (the body spoken for), a verb that gives
 * words to a speaker ("said", "called", the quote's own cue), whom the words concern ("“a betrayal” of
 * staff": `whomConcerned`) and at most one other content word (what the words are said of: "called the
 * bill …"); no number or day outside the quotation.
 */
export function onlyTheQuote(c: Claim, q: Quote): boolean {
  const spans = q.occurrences.filter((o) => inside(o, c)).map((o) => o.span);
  if (!spans.length) return false;
  const named = speakerWords(q);
  const cue = fold(q.cue ?? '');
  // the capitalised words right before the speaker's name: a title ("Interior Minister Petra Kovaly")
  const title = new Set<number>();
  for (let k = 0; k < c.tokens.length; k++) {
    if (!named.has(fold((c.tokens[k] as Token).text))) continue;
    // (a possessive's apostrophe inside a body's name: "the Motor Workers' Alliance")
    for (let j = k - 1; j >= 0 && /^(?:\p{Lu}|['’]$)/u.test((c.tokens[j] as Token).text); j--) title.add(j);
  }
  const concerned = whomConcerned(c, spans);
  let other = 0;
  let ofName = false;
  for (let k = 0; k < c.tokens.length; k++) {
    const t = c.tokens[k] as Token;
    if (spans.some((s) => t.start < s.end && t.end > s.start) || k === concerned) continue;
    const word = fold(t.text);
    // "of the Social Alliance" right after the speaker's name: the body spoken for
    if (t.norm === 'of' && named.has(fold(c.tokens[k - 1]?.text ?? ''))) ofName = true;
    else if (t.pos !== 'PROPN' && t.pos !== 'DET') ofName = false;
    // a number or a day outside the quotation is a fact of its own that another sentence must tell
    if (t.pos === 'NUM' || /\d/.test(t.text) || isDateWord(t.norm)) return false;
    if (!isContentWord(t) || named.has(word) || title.has(k) || (ofName && t.pos === 'PROPN')) continue;
    if (t.pos === 'VERB' && (CUE_VERBS.has(word) || NAMING_VERBS.has(word) || word === cue)) continue;
    if (++other > MOST_OTHER_WORDS) return false;
  }
  return true;
}

// Prepositions that tie whom quoted words concern to them: "“a betrayal” of staff", "“a blow” to families".
const CONCERNING = new Set(['of', 'to', 'for']);

/**
 * "… called the closure “a betrayal” of staff.": the noun after a preposition right after the quotation, where
 * the clause ends with it (an article between allowed), tells whom the quoted words concern, no fact of its
 * own; its index in the claim's tokens, or -1.
 */
function whomConcerned(c: Claim, spans: readonly { start: number; end: number }[]): number {
  for (const s of spans) {
    let k = c.tokens.findIndex((t) => t.start >= s.end);
    if (k < 0) continue;
    // past the closing mark
    while (k < c.tokens.length && /^[”"’']$/.test((c.tokens[k] as Token).text)) k++;
    if (!CONCERNING.has(c.tokens[k]?.norm ?? '')) continue;
    k++;
    if (c.tokens[k]?.pos === 'DET') k++;
    const noun = c.tokens[k];
    const end = c.tokens[k + 1];
    if (noun?.pos === 'NOUN' && (end === undefined || /^[.;,!?]$/.test(end.text))) return k;
  }
  return -1;
}

// The content stems of a quote's words (its "the", "our", "to" left out).
const FUNCTION_STEMS = new Set([...QUOTE_FUNCTION_WORDS].map(stem));
const contentStems = (text: string): string[] => wordsOf(text).filter((w) => !FUNCTION_STEMS.has(w));

/**
 * Whether quote `other` gives the words of quote `q` to the same speaker: the same quote, or one of
 * that speaker in quotation marks holding each content word of `q` ("restores order to our asylum
 * system and …" for "restore order to the asylum system") with no word that changes what is said.
 */
export function carriesWords(q: Quote, other: Quote): boolean {
  if (q === other) return true;
  if (!spoken(other) || fold(other.speaker?.name ?? '') !== fold(q.speaker?.name ?? '')) return false;
  const theirs = new Set(wordsOf(other.text));
  const own = contentStems(q.text);
  if (own.length < 2 || !own.every((w) => theirs.has(w))) return false;
  return wordingsDiffer(q.text, other.text) === null;
}

// Words that, outside the quotation, deny, dispute or judge it rather than tell it: "not", "never",
// "denied", "rejected", "wrong" ("X denied that she had ever called the bill “…”", "Critics said X was
// wrong to call the bill “…”").
const JUDGING = new Set([...NEGATION_MARKERS, ...DISPUTE_VERBS, ...VERDICTS]);

/** Whether claim `c` denies, disputes or judges quote `q`'s words outside the quotation. */
function judgesWords(c: Claim, q: Quote): boolean {
  const spans = q.occurrences.filter((o) => inside(o, c)).map((o) => o.span);
  return c.tokens.some((t) => !spans.some((s) => t.start < s.end && t.end > s.start) && JUDGING.has(t.norm));
}

const evidenceOf = (c: Claim): Evidence => ({ articleId: c.articleId, span: { ...c.span } });

/**
 * Facts that tell nothing but a speaker's quoted words (`onlyTheQuote`) marked ✓ in every article
 * that quotes those words of that speaker (`carriesWords`), citing its sentence that holds them
 * unless it denies, disputes or judges them (`judgesWords`); a
 * second such fact of the same words (each carries the other's) is folded into the first when every
 * article that tells it then has its ✓ there. Articles marked otherwise than absent keep their mark.
 */
export function markQuotedFacts(
  facts: readonly CheckedFact[],
  claims: readonly Claim[],
  quotes: readonly Quote[],
): CheckedFact[] {
  const said = quotes.filter(spoken);
  if (!said.length) return [...facts];
  const claimAt = (o: Evidence): Claim | undefined =>
    claims.find(
      (c) => c.articleId === o.articleId && o.span.start >= c.span.start && o.span.end <= c.span.end,
    );
  const out: CheckedFact[] = [];
  // the fact each quote was first told in, and the articles that carry its words
  const told: { q: Quote; at: number }[] = [];
  for (const fact of facts) {
    const q = said.find((x) => onlyTheQuote(fact.claim, x));
    if (!q) {
      out.push(fact);
      continue;
    }
    const first = told.find((x) => x.q === q || (carriesWords(x.q, q) && carriesWords(q, x.q)));
    if (first !== undefined) {
      const earlier = out[first.at] as CheckedFact;
      // folded in when each of its articles tells the earlier one's words too
      if (fact.supporters.every((c) => earlier.marks.get(c.articleId)?.mark === 'supports')) continue;
      out.push(fact);
      continue;
    }
    const marks = new Map(fact.marks);
    const supporters = [...fact.supporters];
    for (const other of said) {
      if (!carriesWords(q, other)) continue;
      for (const o of other.occurrences) {
        if (marks.get(o.articleId)?.mark !== 'absent') continue;
        // not a sentence that denies or judges the words ("X denied that she had ever called …")
        const c = claimAt(o);
        if (!c || judgesWords(c, other)) continue;
        const mark: FactMark = { mark: 'supports', evidence: evidenceOf(c), reason: null };
        marks.set(o.articleId, mark);
        supporters.push(c);
      }
    }
    told.push({ q, at: out.length });
    out.push(
      supporters.length === fact.supporters.length
        ? fact
        : { ...fact, marks, supporters, sources: [...new Set(supporters.map((c) => c.sourceId))] },
    );
  }
  return out;
}
