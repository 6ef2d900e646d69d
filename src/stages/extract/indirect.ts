import { CONTRAST_WORDS, FINDING_CUES, FINDING_NOUNS, INDIRECT_PARTICIPLES } from './data/speech.ts';
import type { Doc, Tok } from './doc.ts';
import { isSkipped } from './doc.ts';
import { isDateToken, subjectBefore, verbGroup } from './indirect-speaker.ts';
import { MIN_INDIRECT_WORDS } from './patterns.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-marks.ts';
import type { FoundQuote } from './quotes.ts';
import {
  type Attribution,
  isIndirectCue,
  phraseAfter,
  resolveSpeaker,
  type SpeakerContext,
  subjectOf,
} from './speaker.ts';

const END_PUNCT = new Set(['.', '!', '?', ';', ':', ',', '—', '–']);
const OBJECT_AFTER = new Set([
  'told',
  'tell',
  'tells',
  'telling',
  'warned',
  'assured',
  'informed',
  'reminded',
  'asked',
  'urged',
]);
/** Tokens a cue may be separated from its "that" by ("said in a statement on Monday that"). */
const MAX_BEFORE_THAT = 10;
/** Longest tail after the cue when the content stands before it ("…, officials said on Monday."). */
const MAX_TAIL = 8;

function trimContent(doc: Doc, a: number, b: number): [number, number] | null {
  while (a < b && (END_PUNCT.has((doc.tokens[a] as Tok).text) || (doc.tokens[a] as Tok).norm === 'that')) a++;
  while (
    b > a &&
    (END_PUNCT.has((doc.tokens[b - 1] as Tok).text) || (doc.tokens[b - 1] as Tok).pos === 'PUNCT')
  )
    b--;
  // "agreed to meet": an infinitive is an intention, not reported speech
  if (b - a < MIN_INDIRECT_WORDS || (doc.tokens[a] as Tok).pos === 'PART') return null;
  for (let k = a; k < b; k++) if (['VERB', 'AUX'].includes((doc.tokens[k] as Tok).pos)) return [a, b];
  return null;
}

/** A comma before one of these ends the reported clause: "…, adding that …", "…, but …", "…, according to …". */
function endsClause(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return !!t && (INDIRECT_PARTICIPLES.has(t.norm) || CONTRAST_WORDS.has(t.norm) || t.norm === 'according');
}

/** Words that open an adverbial clause of time, not a reported one ("said Friday as he entered the talks"). */
const TIME_OPENERS = new Set([
  'as',
  'when',
  'while',
  'after',
  'before',
  'until',
  'during',
  'and',
  'but',
  'or',
]);

/** The "that" after a cue, past a prepositional phrase or an object ("told police on Monday that"), or -1. */
function thatAfter(doc: Doc, k: number, end: number): number {
  for (let j = k; j < end && j - k < MAX_BEFORE_THAT; j++) {
    const t = doc.tokens[j] as Tok;
    if (t.norm === 'that' && t.pos !== 'DET') return j;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return -1;
  }
  return -1;
}

/** The reported clause after cue `c`: past an object ("told reporters") and "that", up to the clause's end. */
function contentAfter(doc: Doc, c: number, end: number, relative: boolean): [number, number] | null {
  let k = c + 1;
  const that = thatAfter(doc, k, end);
  if (that >= 0) k = that + 1;
  else {
    if (OBJECT_AFTER.has((doc.tokens[c] as Tok).norm)) {
      const obj = phraseAfter(doc, k, end);
      if (obj) k = obj[1];
    }
    // "said Friday he would run", "said on Tuesday he wants …"
    while (
      k < end &&
      (isDateToken(doc.tokens[k]) || ((doc.tokens[k] as Tok).pos === 'ADP' && isDateToken(doc.tokens[k + 1])))
    )
      k++;
  }
  let b = k;
  while (b < end) {
    const t = doc.tokens[b] as Tok;
    if (t.text === ';' || (t.text === ',' && (relative || endsClause(doc, b + 1)))) break;
    b++;
  }
  const content = trimContent(doc, k, b);
  return content && !TIME_OPENERS.has((doc.tokens[content[0]] as Tok).norm) ? content : null;
}

/** Characters of [start, end) inside quote marks. */
function quotedChars(quotes: readonly QuoteSpan[], start: number, end: number): number {
  let n = 0;
  for (const q of quotes) {
    if (q.open >= end) break;
    n += Math.max(0, Math.min(end, q.close + 1) - Math.max(start, q.open));
  }
  return n;
}

/** The content and speaker phrase of the attribution whose cue is token `c`, if it is one. */
function attributionAt(
  ctx: SpeakerContext,
  c: number,
  first: number,
  end: number,
): { content: [number, number]; speaker: Attribution } | null {
  const { doc } = ctx;
  const found = (content: [number, number] | null, np: [number, number] | null) =>
    content && np ? { content, speaker: resolveSpeaker(ctx, np[0], np[1], c) } : null;
  const t = doc.tokens[c] as Tok;
  // "according to X, …" and "…, according to X."
  if (t.norm === 'according' && doc.tokens[c + 1]?.norm === 'to') {
    const np = phraseAfter(doc, c + 2, end);
    if (!np) return null;
    return found(c === first ? trimContent(doc, np[1], end) : trimContent(doc, first, c), np);
  }
  // "Lee praised the crews, adding that …": a participle takes the sentence's speaker or subject
  if (t.pos === 'VERB' && INDIRECT_PARTICIPLES.has(t.norm) && doc.tokens[c - 1]?.text === ',') {
    const content = contentAfter(doc, c, end, false);
    const earlier = [...ctx.previous].reverse().find((p) => p.cueToken >= first && p.cueToken < c);
    if (content && earlier) return { content, speaker: earlier };
    const subject = subjectOf(doc, first, c);
    return found(content, subject && [subject[0], subject[1]]);
  }
  const finding = t.pos === 'VERB' && FINDING_CUES.has(t.norm);
  if (!isIndirectCue(t) && !finding) return null;
  const group = verbGroup(doc, c, first);
  if (!group || group.passive) return null;
  const subject = subjectBefore(doc, group.start, first);
  if (subject) {
    const head = doc.tokens[subject.np[1] - 1] as Tok;
    // "the survey found that …": finding verbs attribute only to documents and polls
    if (!isIndirectCue(t) && !FINDING_NOUNS.has(head.norm)) return null;
    const content = contentAfter(doc, c, end, subject.relative);
    if (content) return found(content, subject.np);
    // "…, officials said." — the content is before; the tail after the cue must be short
    const start = subject.np[0];
    if (!subject.relative && start > first && doc.tokens[start - 1]?.text === ',' && end - c <= MAX_TAIL) {
      return found(trimContent(doc, first, start - 1), subject.np);
    }
    return null;
  }
  // "…, said X."
  if (doc.tokens[c - 1]?.text === ',' && isIndirectCue(t)) {
    const np = phraseAfter(doc, c + 1, end);
    return np && end - np[1] <= 2 ? found(trimContent(doc, first, c - 1), np) : null;
  }
  return null;
}

/**
 * Indirect speech: "X said (that) …", "X, the mayor, told reporters …", "…, adding that …", "…, X said.",
 * "…, said X.", "according to X, …", "the poll found that …". Content mostly inside quote marks is left to
 * the direct quotes; a cue already used by a direct or partial quote is not reused.
 */
export function findIndirect(ctx: SpeakerContext, usedCues: ReadonlySet<number>): FoundQuote[] {
  const { doc } = ctx;
  const out: FoundQuote[] = [];
  const quotes = findQuoteSpans(doc);
  for (const s of doc.sentences) {
    const first = doc.tokens[s.first] as Tok;
    const last = doc.tokens[s.end - 1] as Tok;
    if (s.titleCase || isSkipped(doc, first.start, last.end)) continue;
    for (let c = s.first; c < s.end; c++) {
      if (usedCues.has(c)) continue;
      const found = attributionAt(ctx, c, s.first, s.end);
      const t = doc.tokens[c] as Tok;
      // a cue inside quote marks is the quoted speaker's word
      if (!found || quotedChars(quotes, t.start, t.end) > 0) continue;
      const start = (doc.tokens[found.content[0]] as Tok).start;
      const end = (doc.tokens[found.content[1] - 1] as Tok).end;
      // mostly quoted content belongs to the direct quotes
      if (quotedChars(quotes, start, end) * 2 >= end - start) continue;
      if (out.some((q) => q.start === start && q.end === end)) continue;
      const { speaker } = found;
      out.push({
        articleId: doc.id,
        kind: 'indirect',
        start,
        end,
        text: doc.text.slice(start, end),
        speaker,
      });
      if (speaker !== ctx.previous[ctx.previous.length - 1]) ctx.previous.push(speaker);
    }
  }
  return out;
}
