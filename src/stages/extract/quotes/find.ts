import { type Doc, isSkipped, tokenAt } from '../../../text/annotated.ts';
import { TITLE_SMALL_WORDS } from '../../../text/data/title-case.ts';
import { findQuoteSpans, type QuoteSpan } from '../../../text/quotes/spans.ts';
import { SITE_NOUNS_AFTER, WORK_NOUNS_BEFORE } from '../data/organizations.ts';
import type { ResolvedEntities } from '../entities/graph.ts';
import { MAX_SCARE_QUOTE_WORDS, MIN_UNATTRIBUTED_PARTIAL_WORDS } from '../patterns.ts';
import type { Attribution, SpeakerContext } from '../speakers/resolve.ts';
import { isScareQuoteAt } from './scare.ts';
import { passiveCueBefore } from './speaker-before.ts';
import { type QuoteSite, quoteSpeaker } from './strategies.ts';
import { OPENERS, sentenceAt } from './tokens.ts';

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
  const sentence = sentenceAt(doc, openToken);
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

/** "Fox News Sunday", "Contract with America", "(CROSSTALK.)": a title or a stage direction, not a quote. */
function isTitle(text: string): boolean {
  if (text.startsWith('(')) return true;
  return (
    titleCased(text) && text.split(/\s+/).filter((w) => !TITLE_SMALL_WORDS.has(w)).length <= MAX_TITLE_WORDS
  );
}

/** Most words of a work's title in quotation marks after a work noun ("the book “The Big Show: …”"). */
const MAX_WORK_TITLE_WORDS = 15;

// "the 2005 book “The Big Show: …”", "his latest film, “Frost/Nixon,”": a work's title after its noun is
// no one's words; after a comma only when its words are capitalised like a title's
function isWorkTitle(doc: Doc, openToken: number, text: string): boolean {
  if (words(text) > MAX_WORK_TITLE_WORDS) return false;
  const prev = doc.tokens[openToken - 1];
  if (prev && WORK_NOUNS_BEFORE.has(prev.norm)) return true;
  const noun = doc.tokens[openToken - 2];
  return prev?.text === ',' && noun !== undefined && WORK_NOUNS_BEFORE.has(noun.norm) && titleCased(text);
}

// "USGS's “Did you feel it?” site", "the “Do You Feel It?” survey": the name of a site or a survey
// right before its noun is no one's words
function isSiteName(doc: Doc, closeToken: number, text: string): boolean {
  const next = doc.tokens[closeToken + 1];
  return words(text) <= MAX_WORK_TITLE_WORDS && next !== undefined && SITE_NOUNS_AFTER.has(next.norm);
}

// "one of the “Nation's 50 Future Leaders Age 40 and Under.”": words capitalised like a title after an
// article name a list, a prize or a work, no one's words
function namedTitle(doc: Doc, openToken: number, text: string): boolean {
  const article = /^(?:the|a|an)$/.test(doc.tokens[openToken - 1]?.norm ?? '');
  return article && words(text) <= MAX_WORK_TITLE_WORDS && titleCased(text) && /\p{Lu}/u.test(text);
}

const NOT_IN_LABEL = new Set(['PRON', 'AUX', 'DET', 'SCONJ']);

// "a MacArthur Foundation “genius grant”", "its $500,000 “genius” grants": a few lower-case words right
// after a name or a number, inside the noun phrase they stand in, are a label of the thing, no one's words
// ("told Reuters “we are done”" has a pronoun and an auxiliary: a quote)
function labelInPhrase(doc: Doc, openToken: number, closeToken: number): boolean {
  const prev = doc.tokens[openToken - 1];
  if (!prev || (prev.pos !== 'PROPN' && prev.pos !== 'NUM')) return false;
  const inside = doc.tokens.slice(openToken + 1, closeToken);
  if (inside.length === 0 || inside.length > MAX_SCARE_QUOTE_WORDS) return false;
  return inside.every((t) => /^\p{Ll}/u.test(t.text) && !NOT_IN_LABEL.has(t.pos));
}

// "a fellowship commonly known as the “genius grant”": a name things are known by is no one's words
function knownAs(doc: Doc, openToken: number): boolean {
  let k = openToken - 1;
  if (/^(?:the|a|an)$/.test(doc.tokens[k]?.norm ?? '')) k--;
  return doc.tokens[k]?.norm === 'as' && doc.tokens[k - 1]?.norm === 'known';
}

function titleCased(text: string): boolean {
  const list = text.split(/\s+/).filter((w) => !TITLE_SMALL_WORDS.has(w));
  return list.length > 0 && list.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The quotes of one article and, in the order they were found, the speakers given to them. */
export interface ArticleQuotes {
  readonly quotes: FoundQuote[];
  readonly speakers: readonly Attribution[];
}

/**
 * Find the direct and partial quotes of one article with their speakers (QUOTE_SPEAKER_STRATEGIES, in order);
 * a pronoun or "the spokesperson" may stand for the speaker of an earlier quote of the article.
 */
export function findQuotes(doc: Doc, entities: ResolvedEntities): ArticleQuotes {
  const ctx: SpeakerContext = { doc, entities, previous: [] };
  const out: FoundQuote[] = [];
  let last = null as QuoteSite['last'];
  for (const q of findQuoteSpans(doc)) {
    if (isSkipped(doc, q.start, q.end)) continue;
    const openToken = tokenAt(doc, q.open);
    // a quote its paragraph ends (no closing mark) closes on the paragraph's last token, so that no
    // speaker is looked for in the next paragraph ("In his own words, he said …")
    const closeToken = tokenAt(doc, q.close) - (/["”'’»]/.test(doc.text[q.close] ?? '') ? 0 : 1);
    const paragraph = sentenceAt(doc, openToken)?.paragraph ?? 0;
    const kind = kindOf(doc, q, openToken);
    const text = doc.text.slice(q.start, q.end);
    if ((kind === 'partial' && isTitle(text)) || isWorkTitle(doc, openToken, text)) continue;
    if (isSiteName(doc, closeToken, text) || knownAs(doc, openToken)) continue;
    if (kind === 'partial' && (namedTitle(doc, openToken, text) || labelInPhrase(doc, openToken, closeToken)))
      continue;
    // so-called “sanctuary cities”: the outlet's own framing (listed there), not anyone's quote
    if (!q.multiParagraph && isScareQuoteAt(doc, openToken, closeToken)) continue;
    const inner = doc.text.slice(q.start, q.close).trim();
    const introduced = /^[,:]$/.test(doc.tokens[openToken - 1]?.text ?? '');
    const count = words(text);
    const site: QuoteSite = {
      span: q,
      kind,
      openToken,
      closeToken,
      paragraph,
      words: count,
      long: count >= MIN_UNATTRIBUTED_PARTIAL_WORDS,
      // a quote ending in "!" or "?" is often followed by its attribution in what the splitter takes for a new sentence
      finished: /[.]$/.test(inner),
      comma: /,$/.test(inner) || doc.text[q.close + 1] === ',',
      endsClause: /[,.?!]$/.test(inner),
      asked: introduced && passiveCueBefore(doc, openToken),
      introduced,
      last,
    };
    const speaker = quoteSpeaker(ctx, site);
    if (!speaker && kind === 'partial' && !site.long) continue;
    // "''Lionsgate'' would like …", "director of ''The Hunger Games'', Gary Ross": a name or a title in
    // quotation marks that no one says is no quote, even where it opens a sentence
    if (!speaker && isTitle(text)) continue;
    if (speaker) {
      if (speaker !== last?.attribution) ctx.previous.push(speaker);
      last = { attribution: speaker, paragraph: sentenceAt(doc, closeToken)?.paragraph ?? paragraph };
    }
    out.push({ articleId: doc.id, kind, start: q.start, end: q.end, text, speaker });
  }
  return { quotes: out, speakers: ctx.previous };
}
