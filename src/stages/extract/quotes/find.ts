import { type Doc, isSkipped, tokenAt } from './doc.ts';
import { MIN_UNATTRIBUTED_PARTIAL_WORDS } from './patterns.ts';
import { after } from './quote-after.ts';
import { before, passiveCueBefore } from './quote-before.ts';
import {
  anywhereAfter,
  colonBefore,
  openingPerson,
  previousSubject,
  subjectSpeaker,
  transcriptLabel,
} from './quote-context.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-marks.ts';
import { isScareQuoteAt } from './quote-scare.ts';
import { OPENERS, sentenceOf } from './quote-tokens.ts';
import type { Attribution, SpeakerContext } from './speakers/resolve.ts';

/** A quote found in one article, before quotes of the story are merged. */
export interface FoundQuote {
  readonly articleId: string;
  readonly kind: 'direct' | 'partial' | 'indirect';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker: Attribution | null;
}

const MAX_TITLE_WORDS = 6;

function kindOf(doc: Doc, q: QuoteSpan, openToken: number): 'direct' | 'partial' {
  const sentence = sentenceOf(doc, openToken);
  const prev = doc.tokens[openToken - 1];
  const atStart =
    !sentence ||
    openToken === sentence.first ||
    (prev && sentence.first === openToken - 1 && OPENERS.has(prev.text));
  const content = doc.text.slice(q.start, q.end);
  if (atStart || q.multiParagraph) return 'direct';
  if (prev && (prev.text === ':' || prev.text === ',') && /^\p{Lu}/u.test(content)) return 'direct';
  return 'partial';
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'with',
  'and',
  'in',
  'on',
  'for',
  'to',
  'at',
  'by',
  'or',
]);

/** "Fox News Sunday", "Contract with America", "(CROSSTALK.)": a title or a stage direction, not a quote. */
function isTitle(text: string): boolean {
  if (text.startsWith('(')) return true;
  const list = text.split(/\s+/).filter((w) => !SMALL_WORDS.has(w));
  return list.length > 0 && list.length <= MAX_TITLE_WORDS && list.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
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
    if (kind === 'partial' && isTitle(text)) continue;
    // so-called “sanctuary cities”: the outlet's own framing (listed there), not anyone's quote
    if (!q.multiParagraph && isScareQuoteAt(doc, openToken, closeToken)) continue;
    const inner = doc.text.slice(q.start, q.close).trim();
    const endsClause = /[,.?!]$/.test(inner);
    // a quote ending in "!" or "?" is often followed by its attribution in what the splitter takes for a new sentence
    const finished = /[.]$/.test(inner);
    const comma = /,$/.test(inner) || doc.text[q.close + 1] === ',';
    let speaker =
      transcriptLabel(ctx, q) ??
      // "…: “…,” the union wrote": a named speaker after a quote that ends in a comma outranks the cue before the colon
      (comma ? after(ctx, closeToken + 1, finished, comma) : null) ??
      colonBefore(ctx, openToken) ??
      (kind === 'direct' || endsClause
        ? (after(ctx, closeToken + 1, finished, comma) ?? before(ctx, openToken))
        : (before(ctx, openToken) ?? after(ctx, closeToken + 1, finished, comma)));
    if (!speaker && kind === 'partial')
      speaker =
        anywhereAfter(ctx, closeToken + 1) ??
        (words(text) > 1 ? (subjectSpeaker(ctx, openToken) ?? openingPerson(ctx, openToken)) : null);
    // "Capito, a Republican, called over her shoulder, “…”": a quote after a comma or colon, with no cue, is the subject's
    // "Lee was asked, “…”": the words are the unnamed asker's, so no earlier speaker is borrowed
    const asked =
      !speaker && /^[,:]$/.test(doc.tokens[openToken - 1]?.text ?? '') && passiveCueBefore(doc, openToken);
    if (!speaker && !asked && kind === 'direct' && /^[,:]$/.test(doc.tokens[openToken - 1]?.text ?? ''))
      speaker = subjectSpeaker(ctx, openToken);
    const long = words(text) >= MIN_UNATTRIBUTED_PARTIAL_WORDS;
    if (
      !speaker &&
      !asked &&
      (kind === 'direct' || long) &&
      lastSpeaker &&
      paragraph - lastSpeaker.paragraph <= 1
    ) {
      speaker = lastSpeaker.attribution;
    }
    if (!speaker && !asked && kind === 'direct') speaker = previousSubject(ctx, openToken);
    if (!speaker && kind === 'partial' && !long) continue;
    if (speaker) {
      if (speaker !== lastSpeaker?.attribution) ctx.previous.push(speaker);
      lastSpeaker = { attribution: speaker, paragraph: sentenceOf(doc, closeToken)?.paragraph ?? paragraph };
    }
    out.push({ articleId: doc.id, kind, start: q.start, end: q.end, text, speaker });
  }
  return out;
}
