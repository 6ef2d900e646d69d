import type {
  Article,
  Figure,
  SegmentedArticle,
  Sentence,
  Span,
  StoryExtraction,
  Token,
} from '../../model/index.ts';
import { afterUpdateLabel, noteSentences } from '../../text/editors-notes.ts';
import { stem } from '../../text/normalise.ts';
import { type ClaimFigure, sentenceFigures } from '../../text/quantities.ts';
import { figuresByArticle } from './article-figures.ts';
import { isBroken } from './broken.ts';
import { claimTerms, sentencesBefore } from './claim-terms.ts';
import { displayText, quotationOpening } from './claim-text.ts';
import { clauseRanges } from './clauses.ts';
import { commonOpener } from './common-opener.ts';
import {
  antecedent,
  type Gender,
  gendersOf,
  type Mention,
  mentionIndex,
  subjectUnclear,
} from './mentions.ts';
import { outcomePolarity } from './outcome-polarity.ts';
import { MIN_CLAIM_TERMS, NAME_WEIGHT } from './patterns.ts';
import { type QuotedBy, quotedBy } from './quote-speakers.ts';
import { type SentenceWords, sentenceWords } from './sentence-words.ts';
import { inRegions } from './text.ts';

export { claimTerms, sentencesBefore, sentenceTerms } from './claim-terms.ts';
export { type Mention, mentionIndex } from './mentions.ts';
export { isContent } from './sentence-words.ts';

/** One claim: a sentence of an article's own text, with what it is compared on. */
export interface Claim {
  readonly index: number;
  readonly articleId: string;
  /** The independent source it belongs to (the original of a syndicated copy). */
  readonly sourceId: string;
  readonly span: Span;
  readonly text: string;
  /** Content-word stems and names (`n:`/`e:` keys) with their weights. */
  readonly terms: ReadonlyMap<string, number>;
  /** Stems of every word, in order (for cue phrases). */
  readonly stems: readonly string[];
  /** The stem of each of its tokens, by position (words or not). */
  readonly tokenStems: readonly string[];
  readonly figures: readonly ClaimFigure[];
  readonly entityIds: ReadonlySet<string>;
  /** The persons it names (a resolved subject pronoun too): entity id → the folded words it names them by. */
  readonly persons: ReadonlyMap<string, readonly string[]>;
  /** The places, bodies and things it names (no person): entity id → the words it names each by, folded (cover.ts). */
  readonly named: ReadonlyMap<string, readonly string[]>;
  /** The outcome it reports for an event: -1 nothing came of it, +1 results, 0 neither. */
  readonly outcome: -1 | 0 | 1;
  /** Whether most of its words are inside quotation marks (a source's words, not the outlet's). */
  readonly quoted: boolean;
  /** The clause's tokens. */
  readonly tokens: readonly Token[];
  /** The span of the whole sentence that holds the clause. */
  readonly sentence: Span;
  /** Who an opening subject pronoun stands for ("He wants …" → the person named before), or null. */
  readonly subject: Mention | null;
  /** True when that pronoun may stand for another as well, so is not shown as `subject`'s name. */
  readonly subjectUnclear?: boolean;
  /**
   * Whether it is a piece of a sentence the segmenter cut or a scrape broke: its sentence opens
   * lower-case or with the rest of a number ("$2." | "6 million"), ends inside one, or its brackets
   * do not pair. Such a piece is never shown as a fact.
   */
  readonly broken: boolean;
  /**
   * For a clause that opens its sentence inside a quotation begun in the sentence before ('"They
   * knew. Everybody knew," said …'): that quotation whole, from its opening mark, as shown.
   */
  readonly quotation?: string;
  /** Whom the extract stage gives the clause's quotation to ("“…,” she said": whom "she" stands for), when it does. */
  readonly quotedBy?: QuotedBy;
}

/** What one claim is built from: a clause of a sentence, with the article's extraction indexes. */
export interface ClaimSource {
  readonly article: Article;
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly sourceId: string;
  /** Entity mentions of the article (see mentionIndex), in text order. */
  readonly mentions: readonly Mention[];
  readonly figures: readonly Figure[] | undefined;
  /** Quoted regions of the article. */
  readonly quoted: readonly Span[];
  /**
   * The sentence's tokens read once for all its clauses, when the caller keeps them, with the
   * position of the clause's first token in the sentence (else its words are read again).
   */
  readonly words?: { readonly sentence: SentenceWords; readonly offset: number };
  /** The tokens of the sentences before it, nearest first (at most two), for a pronoun's antecedent. */
  readonly before?: readonly (readonly Token[])[];
  /** The article's persons whose gender it tells (see gendersOf), for "he" and "she". */
  readonly genders?: ReadonlyMap<string, Gender>;
  /** Where the quotation the sentence opens inside of begins, in an earlier sentence (see quotationOpening). */
  readonly opening?: number | null;
  /** Whom the extract stage gives the quotation told in a passage of the article to (see quotedBy). */
  readonly speakerAt?: (articleId: string, start: number, end: number) => QuotedBy | null;
}

const wordStems = (tokens: readonly Token[]): string[] =>
  tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).map((t) => stem(t.text));

/**
 * Break a story's articles into claims: one per clause of body text (see ./clauses.ts; sub-headings are left out),
 * each with its content terms (stems; proper names keyed by the extract stage's entity when one
 * covers them, else by their folded spelling) and figures.
 */
export function buildClaims(
  articles: readonly SegmentedArticle[],
  extraction: StoryExtraction,
  sources: ReadonlyMap<string, string>,
  regions: ReadonlyMap<string, readonly Span[]> = new Map(),
): Claim[] {
  const mentions = mentionIndex(extraction.entities);
  const figures = figuresByArticle(extraction.figures);
  const speakerAt = quotedBy(extraction.quotes, extraction.entities);
  const claims: Claim[] = [];
  for (const { article, sentences } of articles) {
    const own = mentions.get(article.id) ?? [];
    const quoted = regions.get(article.id) ?? [];
    // read once per article, when a clause of it is first made a claim
    let genders: Map<string, Gender> | undefined;
    // "This article was updated on …", "Correction: …": a note on the article, no fact of the story
    const notes = noteSentences({ article, sentences });
    for (const [k, sentence] of sentences.entries()) {
      if (article.paragraphs[sentence.paragraph]?.kind === 'heading') continue;
      if (notes.has(k)) continue;
      // each token's content test and stem, once for all the sentence's clauses
      const words = sentenceWords(sentence.tokens);
      const before = sentencesBefore(sentences, k);
      genders ??= gendersOf(
        sentences.map((x) => x.tokens),
        own,
      );
      const contentAt = (i: number) => words.isContent(i);
      // an "Update:" label is the page's, no word of the fact ("update" read as its verb)
      const told = afterUpdateLabel(article.text, sentence);
      if (told < 0) continue;
      const opening = quotationOpening(article.text, sentences, k, quoted);
      for (const [from, end] of clauseRanges(sentence.tokens, quoted, contentAt, MIN_CLAIM_TERMS)) {
        const offset = Math.max(from, told);
        if (offset >= end) continue;
        const claim = makeClaim(claims.length, {
          article,
          sentence,
          tokens: sentence.tokens.slice(offset, end),
          sourceId: sources.get(article.id) ?? article.id,
          mentions: own,
          figures: figures.get(article.id),
          quoted,
          words: { sentence: words, offset },
          before,
          genders,
          opening: offset === 0 ? opening : null,
          speakerAt,
        });
        if (claim) claims.push(claim);
      }
    }
  }
  return claims;
}

/**
 * One claim from a clause: its content terms (stems; proper names keyed by the extract stage's
 * entity when one covers them, else by their folded spelling), figures and outcome; null when
 * it has fewer than MIN_CLAIM_TERMS content terms.
 */
export function makeClaim(index: number, source: ClaimSource): Claim | null {
  const { article, sentence, mentions, quoted } = source;
  const { words } = source;
  // a capitalised common word opening the sentence is no name ("Councillors in Carrow approved …")
  const tokens = commonOpener(source.tokens, sentence.tokens, mentions);
  const read = claimTerms(tokens, mentions, words);
  const { entityIds, persons, named } = read;
  // a clause cut from its sentence at a comma-less "and" stands alone by its figure too ("and 15 people
  // were injured", clauses.ts): its figure counts as a term, or the figure is in no claim at all
  const partWithFigure = tokens.length < sentence.tokens.length && tokens.some((t) => t.pos === 'NUM');
  if (tokens.length === 0) return null;
  const span = { start: (tokens[0] as Token).start, end: (tokens[tokens.length - 1] as Token).end };
  const figuresOf = () => sentenceFigures({ ...sentence, ...span, tokens }, source.figures, article.id);
  // so does a sentence's count or measure in digits, where it is what the sentence tells ("Police put
  // the crowd at around 9,000": two words besides it, and the crowd figure in no claim at all)
  const figures = !partWithFigure && read.terms.size + 1 === MIN_CLAIM_TERMS ? figuresOf() : undefined;
  const figureTerm = partWithFigure || (figures?.some((f) => !f.worded) ?? false);
  if (read.terms.size + (figureTerm ? 1 : 0) < MIN_CLAIM_TERMS) return null;
  const subject = antecedent(tokens, mentions, sentence.tokens, source.before, source.genders, quoted);
  // (a copy with the subject: a whole sentence's terms are shared, claim-terms.ts sentenceTerms)
  const terms = subject ? new Map(read.terms) : read.terms;
  if (subject) {
    terms.set(`e:${subject.id}`, NAME_WEIGHT);
    entityIds.add(subject.id);
    if (subject.kind === 'person' && !persons.has(subject.id)) persons.set(subject.id, []);
  }
  const by = source.speakerAt?.(article.id, span.start, span.end) ?? null;
  const stems = words
    ? words.sentence.stemsIn(words.offset, words.offset + tokens.length)
    : wordStems(tokens);
  const tokenStems: string[] = new Array(tokens.length);
  for (let k = 0; k < tokens.length; k++)
    tokenStems[k] = words ? words.sentence.stemAt(words.offset + k) : stem((tokens[k] as Token).text);
  return {
    index,
    articleId: article.id,
    sourceId: source.sourceId,
    span,
    text: displayText(article.text.slice(span.start, span.end)),
    terms,
    stems,
    tokenStems,
    figures: figures ?? figuresOf(),
    entityIds,
    persons,
    named,
    outcome: outcomePolarity(stems, words ? words.sentence.allStems() : wordStems(sentence.tokens)),
    quoted: tokens.reduce((n, t) => n + (inRegions(t, quoted) ? 1 : 0), 0) * 2 > tokens.length,
    tokens,
    sentence: { start: sentence.start, end: sentence.end },
    subject,
    subjectUnclear:
      subject !== null && subjectUnclear(tokens, sentence.tokens, source.before ?? [], subject, mentions),
    broken: isBroken(article.text, sentence, span),
    ...(source.opening != null
      ? { quotation: displayText(article.text.slice(source.opening, span.end)) }
      : {}),
    ...(by ? { quotedBy: by } : {}),
  };
}
