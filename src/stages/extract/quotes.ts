import type { Doc, Tok } from './doc.ts';
import { isSkipped, tokenAt } from './doc.ts';
import { MIN_UNATTRIBUTED_PARTIAL_WORDS } from './patterns.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-marks.ts';
import {
  type Attribution,
  isCue,
  isStrongCue,
  phraseAfter,
  phraseBefore,
  resolveSpeaker,
  type SpeakerContext,
} from './speaker.ts';

/** A quote found in one article, before quotes of the story are merged. */
export interface FoundQuote {
  readonly articleId: string;
  readonly kind: 'direct' | 'partial' | 'indirect';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker: Attribution | null;
}

const CLOSERS = new Set(['”', '"', "''", '’', "'"]);
const OPENERS = new Set(['“', '"', '``', '‘', "'"]);
const SKIPPABLE = new Set([',', '—', '–', '-', ':']);

function sentenceOf(doc: Doc, token: number) {
  return doc.sentences[(doc.tokens[token] as Tok | undefined)?.sentence ?? -1];
}

/** "…,” Kirby said", "…,” said Kirby", "…,” according to Kirby": the speaker after the quote. */
function after(ctx: SpeakerContext, from: number): Attribution | null {
  const { doc } = ctx;
  let k = from;
  while (k < doc.tokens.length && (CLOSERS.has((doc.tokens[k] as Tok).text) || SKIPPABLE.has((doc.tokens[k] as Tok).text))) k++;
  const sentence = sentenceOf(doc, k);
  if (!sentence) return null;
  const fromParagraph = sentenceOf(doc, Math.max(0, from - 1))?.paragraph;
  if (sentence.paragraph !== fromParagraph) return null;
  const ceil = Math.min(sentence.end, k + 14);
  const t = doc.tokens[k] as Tok;
  if (isStrongCue(t)) {
    const np = phraseAfter(doc, k + 1, ceil);
    return np ? resolveSpeaker(ctx, np[0], np[1], k) : null;
  }
  if (t.norm === 'according' && doc.tokens[k + 1]?.norm === 'to') {
    const np = phraseAfter(doc, k + 2, ceil);
    return np ? resolveSpeaker(ctx, np[0], np[1], k) : null;
  }
  for (let c = k + 1; c < ceil; c++) {
    if (!isCue(doc.tokens[c])) continue;
    const np = phraseBefore(doc, c, k);
    if (np && np[0] === k) return resolveSpeaker(ctx, np[0], np[1], c);
    break;
  }
  return null;
}

/** "Kirby said: “…”", "X said the talks were “productive”": the nearest cue before the quote. */
function before(ctx: SpeakerContext, openToken: number): Attribution | null {
  const { doc } = ctx;
  const sentence = sentenceOf(doc, openToken);
  if (!sentence) return null;
  for (let c = openToken - 1; c >= sentence.first; c--) {
    const t = doc.tokens[c] as Tok;
    if (OPENERS.has(t.text) || CLOSERS.has(t.text)) break;
    if (t.norm === 'according' && doc.tokens[c + 1]?.norm === 'to') {
      const np = phraseAfter(doc, c + 2, openToken);
      if (np) return resolveSpeaker(ctx, np[0], np[1], c);
    }
    if (!isCue(t)) continue;
    const np = phraseBefore(doc, c, sentence.first);
    if (np) return resolveSpeaker(ctx, np[0], np[1], c);
    // a participle ("…, stating, “…”") takes the sentence's subject
    const subject = phraseAfter(doc, sentence.first, c);
    if (subject) return resolveSpeaker(ctx, subject[0], subject[1], c);
    return null;
  }
  return null;
}

/** "… a “productive meeting” …, as Mayorkas put it": a speaker named later in the sentence. */
function anywhereAfter(ctx: SpeakerContext, from: number): Attribution | null {
  const { doc } = ctx;
  const sentence = sentenceOf(doc, from);
  if (!sentence) return null;
  for (let c = from; c < sentence.end; c++) {
    const t = doc.tokens[c] as Tok;
    if (OPENERS.has(t.text)) return null;
    if (!isCue(t)) continue;
    const np = phraseBefore(doc, c, from);
    return np ? resolveSpeaker(ctx, np[0], np[1], c) : null;
  }
  return null;
}

function kindOf(doc: Doc, q: QuoteSpan, openToken: number): 'direct' | 'partial' {
  const sentence = sentenceOf(doc, openToken);
  const prev = doc.tokens[openToken - 1];
  const atStart = !sentence || openToken === sentence.first || (prev && sentence.first === openToken - 1 && OPENERS.has(prev.text));
  const content = doc.text.slice(q.start, q.end);
  if (atStart || q.multiParagraph) return 'direct';
  if (prev && (prev.text === ':' || prev.text === ',') && /^\p{Lu}/u.test(content)) return 'direct';
  return 'partial';
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Find the direct and partial quotes of one article with their speakers. */
export function findQuotes(ctx: SpeakerContext): FoundQuote[] {
  const { doc } = ctx;
  const out: FoundQuote[] = [];
  let lastSpeaker = null as { attribution: Attribution; paragraph: number } | null;
  for (const q of findQuoteSpans(doc)) {
    if (isSkipped(doc, q.start, q.end)) continue;
    const openToken = tokenAt(doc, q.open);
    const closeToken = tokenAt(doc, q.close);
    const paragraph = sentenceOf(doc, openToken)?.paragraph ?? 0;
    const kind = kindOf(doc, q, openToken);
    const text = doc.text.slice(q.start, q.end);
    const endsClause = /[,.?!]$/.test(doc.text.slice(q.start, q.close).trim());
    let speaker =
      kind === 'direct' || endsClause
        ? (after(ctx, closeToken + 1) ?? before(ctx, openToken))
        : (before(ctx, openToken) ?? after(ctx, closeToken + 1));
    if (!speaker && kind === 'partial') speaker = anywhereAfter(ctx, closeToken + 1);
    const long = words(text) >= MIN_UNATTRIBUTED_PARTIAL_WORDS;
    if (!speaker && long && lastSpeaker && paragraph - lastSpeaker.paragraph <= (kind === 'direct' ? 1 : 2)) {
      speaker = lastSpeaker.attribution;
    }
    if (!speaker && kind === 'partial' && !long) continue;
    if (speaker) {
      if (speaker !== lastSpeaker?.attribution) ctx.previous.push(speaker);
      lastSpeaker = { attribution: speaker, paragraph: sentenceOf(doc, closeToken)?.paragraph ?? paragraph };
    }
    out.push({ articleId: doc.id, kind, start: q.start, end: q.end, text, speaker });
  }
  return out;
}
