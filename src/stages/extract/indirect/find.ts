import type { Doc, Tok } from '../../../text/annotated.ts';
import { isSkipped } from '../../../text/annotated.ts';
import { findQuoteSpans } from '../../../text/quotes/spans.ts';
import { RELATIVE_PRONOUNS } from '../data/function-words.ts';
import { NOMINAL_CUES } from '../data/speech.ts';
import type { ResolvedEntities } from '../entities/graph.ts';
import type { ArticleQuotes, FoundQuote } from '../quotes/find.ts';
import { clauseStart } from '../quotes/tokens.ts';
import { isIndirectCue } from '../speakers/cues.ts';
import type { Attribution, SpeakerContext } from '../speakers/resolve.ts';
import { attributionAt } from './attribution.ts';
import { quotedChars } from './clause.ts';
import { headlineAttribution } from './headline.ts';

// words outside quote marks that open a partial quote's content before it counts as reported speech too
const REPORTED_BEFORE_QUOTE = 3;

/**
 * Indirect speech: "X said (that) …", "X, the mayor, told reporters …", "…, adding that …", "…, X said.",
 * "…, said X.", "according to X, …", "the poll found that …". Content mostly inside quote marks is left to
 * the direct quotes; a cue already used by a direct or partial quote (`earlier`, the article's speakers found
 * so far) is not reused. Returns the indirect quotes and the speakers found so far, these included.
 */
export function findIndirect(
  doc: Doc,
  entities: ResolvedEntities,
  earlier: readonly Attribution[],
): ArticleQuotes {
  const ctx: SpeakerContext = { doc, entities, previous: [...earlier] };
  const usedCues = new Set(earlier.filter((p) => !p.borrowed).map((p) => p.cueToken));
  const out: FoundQuote[] = [];
  const quotes = findQuoteSpans(doc);
  // the spans kept, looked up by key (a long article keeps thousands: a scan of them per cue grew with
  // the square of its length); made again when dropHeld takes some out
  let kept = new Set<string>();
  /** Keep an attribution unless its content is mostly quoted or already kept; true when kept. */
  const add = (found: { content: [number, number]; speaker: Attribution }): boolean => {
    const start = (doc.tokens[found.content[0]] as Tok).start;
    const end = (doc.tokens[found.content[1] - 1] as Tok).end;
    // mostly quoted content belongs to the direct quotes
    if (quotedChars(quotes, start, end) * 2 >= end - start) return false;
    if (kept.has(`${start}:${end}`)) return false;
    kept.add(`${start}:${end}`);
    const { speaker } = found;
    out.push({ articleId: doc.id, kind: 'indirect', start, end, text: doc.text.slice(start, end), speaker });
    if (speaker !== ctx.previous[ctx.previous.length - 1]) ctx.previous.push(speaker);
    return true;
  };
  for (const [index, s] of doc.sentences.entries()) {
    const first = doc.tokens[s.first] as Tok;
    const last = doc.tokens[s.end - 1] as Tok;
    if (isSkipped(doc, first.start, last.end)) continue;
    // the headline, in title case or not, may be "Speaker: what they said"
    const headline = (s.titleCase || index === 0) && headlineAttribution(ctx, s);
    if (headline) add(headline);
    if (s.titleCase || headline) continue;
    // a cue inside reported content is the reporter's account of someone else's words, told by the outer speaker
    let inside = -1;
    const sentence = { first: s.first, end: s.end, floor: clauseStart(doc, index) };
    const before = out.length;
    for (let c = s.first; c < s.end; c++) {
      // past the content of an earlier cue only a speech verb is read, for a report that holds that cue
      if (c < inside && !isIndirectCue(doc.tokens[c])) continue;
      if (relativeBeforeSaying(doc, c, s.end)) continue;
      const found = attributionAt(ctx, c, sentence, quotes);
      const t = doc.tokens[c] as Tok;
      // a cue inside quote marks is the quoted speaker's word
      if (!found || quotedChars(quotes, t.start, t.end) > 0) continue;
      if (usedCues.has(c) && !reportsBeforeQuote(doc, found.content, c, quotes)) continue;
      const told = found.content[1] <= c && dropHeld(doc, out, before, found, ctx.previous);
      if (told) kept = new Set(out.map((q) => `${q.start}:${q.end}`));
      if (c < inside && !told) continue;
      if (add(found) && found.content[0] > c) inside = found.content[1];
    }
  }
  return { quotes: out, speakers: ctx.previous };
}

/**
 * "Brackwater said it was cooperating with investigators and that it would “share what we learn”": a cue
 * a partial quote used also reports, in the outlet's words, what comes before the quote marks, when
 * its content follows it and opens with at least REPORTED_BEFORE_QUOTE words outside quote marks.
 */
function reportsBeforeQuote(
  doc: Doc,
  content: [number, number],
  c: number,
  quotes: ReturnType<typeof findQuoteSpans>,
): boolean {
  if (content[0] <= c) return false;
  let words = 0;
  for (let k = content[0]; k < content[1] && words < REPORTED_BEFORE_QUOTE; k++) {
    const t = doc.tokens[k] as Tok;
    if (quotedChars(quotes, t.start, t.end) > 0) return false;
    if (/[\p{L}\d]/u.test(t.text)) words++;
  }
  return words >= REPORTED_BEFORE_QUOTE;
}

/**
 * "The mayor could embrace the plan, Senator Berg told the Gazette.": a cue that is no verb of saying
 * (an object-only, stance or call cue) inside the content that a later speaker tells is part of that
 * speaker's account, no report of its own; a verb of saying there stays a report ("Wu agreed to …, the
 * statement said"). Drops the sentence's reports (those of `out` from `from` on) whose cue is such a
 * word inside `found`'s content, and their speakers from `previous`; true when it dropped one.
 */
function dropHeld(
  doc: Doc,
  out: FoundQuote[],
  from: number,
  found: { content: [number, number] },
  previous: Attribution[],
): boolean {
  const [a, b] = found.content;
  let dropped = false;
  for (let k = out.length - 1; k >= from; k--) {
    const speaker = (out[k] as FoundQuote).speaker;
    if (!speaker || speaker.cueToken < a || speaker.cueToken >= b) continue;
    if (isIndirectCue(doc.tokens[speaker.cueToken])) continue;
    out.splice(k, 1);
    const at = previous.lastIndexOf(speaker);
    if (at >= 0) previous.splice(at, 1);
    dropped = true;
  }
  return dropped;
}

/**
 * "Critics who opposed the toll in Marlow said the money was wasted": a speech act with a noun object
 * (NOMINAL_CUES, no verb of saying) right after a relative pronoun tells who the speaker is, not what
 * was said, when a verb of saying follows in the sentence (its report is the sentence's). One with a
 * clause ("who understood that …") still reports.
 */
function relativeBeforeSaying(doc: Doc, c: number, end: number): boolean {
  const t = doc.tokens[c] as Tok;
  if (!NOMINAL_CUES.has(t.norm) || isIndirectCue(t) || doc.tokens[c + 1]?.pos === 'SCONJ') return false;
  if (!RELATIVE_PRONOUNS.has(doc.tokens[c - 1]?.norm ?? '') || doc.tokens[c + 1]?.norm === 'that')
    return false;
  for (let k = c + 1; k < end; k++) if (isIndirectCue(doc.tokens[k])) return true;
  return false;
}
