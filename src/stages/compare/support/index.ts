import type {
  Evidence,
  SegmentedArticle,
  SelfCheck,
  Sentence,
  Span,
  StoryExtraction,
  StoryInput,
  Token,
} from '../../../model/index.ts';
import { isoOf } from '../../../text/dates/days.ts';
import { articleQuoteRegions, wordedOccurrences } from '../../../text/quotes/article-regions.ts';
import { sourceOf } from '../../../text/source.ts';
import { idfOf } from '../../../text/vectors.ts';
import { figuresByArticle } from '../article-figures.ts';
import { makeClaim, mentionIndex, sentencesBefore, sentenceTerms } from '../claims.ts';
import { type Gender, gendersOf } from '../mentions.ts';
import { quotedBy } from '../quote-speakers.ts';
import { type SentenceWords, sentenceWords } from '../sentence-words.ts';
import { holdsNumbersAndDates, type Judgement, judge, type Verdict } from './judge.ts';
import { storyDays } from './quoted-days.ts';
import { type Reading, readClaim } from './reading.ts';
import { otherSpeaker } from './speakers.ts';

export type { ClaimDate } from './dates.ts';
export { IN_PASSING_REASON } from './in-passing.ts';
export {
  type CoverPath,
  coverFloor,
  holdsNumbersAndDates,
  type Judgement,
  judge,
  judgeInSteps,
  type SupportTier,
  type Verdict,
} from './judge.ts';
export { maySupport, mayTellEvent, mayTellMoods } from './may-support.ts';
export { type Modality, modalityOf } from './modality.ts';
export { isPredicateStem } from './predicate-words.ts';
export { type Reading, readClaim } from './reading.ts';
export { attributed, OWN_VOICE_REASON } from './voice.ts';

/** Every sentence of a story read as one whole-sentence claim, with the story's IDF. */
interface SentenceReadings {
  readonly find: (evidence: Evidence) => Reading | null;
  readonly idf: ReadonlyMap<string, number>;
}

// Keyed by the story's article list, which every stage's input spreads unchanged, so the summary
// and the self-check share one reading of the story.
const CACHE = new WeakMap<object, { readonly entities: object; readonly readings: SentenceReadings }>();

// Readings the compare stage made of its claims, by article list, then by `articleId:start:end`.
const SHARED = new WeakMap<object, Map<string, () => Reading>>();

/**
 * Let later readings of the same words (the summary's support check, the self-check) reuse the
 * compare stage's readings of its claims: each is read once, on first use.
 */
export function shareReadings(
  articles: readonly SegmentedArticle[],
  claims: readonly { readonly index: number; readonly articleId: string; readonly span: Span }[],
  readingOf: (index: number) => Reading,
): void {
  const byKey = new Map<string, () => Reading>();
  for (const c of claims) byKey.set(`${c.articleId}:${c.span.start}:${c.span.end}`, () => readingOf(c.index));
  SHARED.set(articles, byKey);
}

// The index of the sentence holding offset `at` (sentences are in text order), or -1.
function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

// The shared words of a sentence for a run of its tokens, when the run is a slice of it (a span
// across sentences is read token by token).
function wordsAt(
  sentence: readonly Token[],
  run: readonly Token[],
): { sentence: SentenceWords; offset: number } | undefined {
  const offset = run.length ? sentence.indexOf(run[0] as Token) : -1;
  if (offset < 0 || sentence[offset + run.length - 1] !== run[run.length - 1]) return undefined;
  return { sentence: sentenceWords(sentence), offset };
}

// Read the claims of a story's sentences on demand: the tokens of the given span (a whole sentence,
// or a clause of one), with the story's IDF over its whole sentences.
export function readSentences(input: StoryInput & StoryExtraction): SentenceReadings {
  const cached = CACHE.get(input.articles);
  if (cached && cached.entities === input.entities) return cached.readings;
  const sources = sourceOf(input.articles);
  const mentions = mentionIndex(input.entities);
  const figures = figuresByArticle(input.figures);
  const speakerAt = quotedBy(input.quotes, input.entities);
  const worded = wordedOccurrences(input.quotes);
  const docs = new Map(input.articles.map((d) => [d.article.id, d]));
  // relative dates resolve against each article's stated date: given or its dateline's (an inferred
  // one is a guess, and a guess must not make two sentences agree)
  const { writtenDay, quotedBase } = storyDays(input.articles);
  const regions = new Map<string, Span[]>();
  const quotedOf = (doc: SegmentedArticle) => {
    const known = regions.get(doc.article.id);
    if (known) return known;
    const found = articleQuoteRegions(doc.article, worded);
    regions.set(doc.article.id, found);
    return found;
  };
  const genders = new Map<string, Map<string, Gender>>();
  const gendersIn = (doc: SegmentedArticle) => {
    let known = genders.get(doc.article.id);
    if (!known) {
      known = gendersOf(
        doc.sentences.map((x) => x.tokens),
        mentions.get(doc.article.id) ?? [],
      );
      genders.set(doc.article.id, known);
    }
    return known;
  };
  const claimOf = (doc: SegmentedArticle, at: number, tokens: readonly Token[], index: number) =>
    makeClaim(index, {
      article: doc.article,
      sentence: doc.sentences[at] as Sentence,
      tokens,
      words: wordsAt((doc.sentences[at] as Sentence).tokens, tokens),
      before: sentencesBefore(doc.sentences, at),
      genders: gendersIn(doc),
      sourceId: sources.get(doc.article.id) ?? doc.article.id,
      mentions: mentions.get(doc.article.id) ?? [],
      figures: figures.get(doc.article.id),
      quoted: quotedOf(doc),
      speakerAt,
    });
  const terms: ReadonlyMap<string, number>[] = [];
  for (const doc of input.articles) {
    const own = mentions.get(doc.article.id) ?? [];
    for (const sentence of doc.sentences) terms.push(sentenceTerms(sentenceWords(sentence.tokens), own));
  }
  const idf = idfOf(terms);
  const read = new Map<string, Reading | null>();
  const shared = SHARED.get(input.articles);
  const find = (e: Evidence): Reading | null => {
    const key = `${e.articleId}:${e.span.start}:${e.span.end}`;
    if (read.has(key)) return read.get(key) ?? null;
    const doc = docs.get(e.articleId);
    const at = doc ? sentenceAt(doc.sentences, e.span.start) : -1;
    const sentence = doc?.sentences[at];
    let reading: Reading | null = null;
    if (doc && sentence) {
      // the span's tokens, across sentence boundaries when the span runs over one
      const tokens: Token[] = [];
      for (let k = at; k < doc.sentences.length && (doc.sentences[k] as Sentence).start < e.span.end; k++)
        for (const t of (doc.sentences[k] as Sentence).tokens)
          if (t.start >= e.span.start && t.end <= e.span.end) tokens.push(t);
      const own = tokens.length ? tokens : sentence.tokens;
      // the compare stage may have read the same words as a claim already
      const known = shared?.get(`${e.articleId}:${own[0]?.start}:${own[own.length - 1]?.end}`);
      if (known) reading = known();
      else {
        const claim = claimOf(doc, at, own, 0);
        const day = writtenDay(doc.article.id, sentence.start);
        const stated = day === null ? null : isoOf(day);
        reading = claim ? readClaim(claim, stated, quotedBase(doc.article.id)) : null;
      }
    }
    read.set(key, reading);
    return reading;
  };
  const result = { find, idf };
  CACHE.set(input.articles, { entities: input.entities, readings: result });
  return result;
}

/**
 * Whether the sentence at `evidence` supports the claim made by the sentence at `claim`: both are
 * sentences of the story's articles (a span inside a sentence picks that sentence). A sentence too
 * short to be a claim is `related` to anything.
 * @example
 * judgePair(input, { articleId: 'a1', span: s1 }, { articleId: 'a2', span: s2 }) // 'supports'
 */
export function judgePair(input: StoryInput & StoryExtraction, claim: Evidence, evidence: Evidence): Verdict {
  return judgeEvidence(input, claim, evidence).verdict;
}

/** As `judgePair`, with the share of the claim the evidence covers and the reason. */
export function judgeEvidence(
  input: StoryInput & StoryExtraction,
  claim: Evidence,
  evidence: Evidence,
): Judgement {
  const { find, idf } = readSentences(input);
  const a = find(claim);
  const b = find(evidence);
  if (!a || !b) return { verdict: 'related', cover: 0, reason: 'not a claim' };
  return judge(a, b, idf);
}

/**
 * The self-check of a story's citations: of the (claim, cited evidence) pairs given, how many cite
 * evidence that holds every number and date of the claim, in any written form, and gives a quotation
 * of it to no other person (speakers.ts otherSpeaker), and the pairs that do not (`failing`). A span
 * too short to read as a claim holds nothing to check and counts as holding.
 */
export function checkCitations(
  input: StoryInput & StoryExtraction,
  pairs: readonly (readonly [Evidence, Evidence])[],
): SelfCheck {
  const { find } = readSentences(input);
  let holding = 0;
  const failing: { claim: Evidence; evidence: Evidence }[] = [];
  for (const [claim, evidence] of pairs) {
    const a = find(claim);
    const b = find(evidence);
    if (
      !a ||
      (b && holdsNumbersAndDates(a, b) && !otherSpeaker(a, b)) ||
      (!b && !a.claim.figures.length && !a.dates.length)
    )
      holding++;
    else failing.push({ claim, evidence });
  }
  return {
    pairs: pairs.length,
    holding,
    share: pairs.length ? holding / pairs.length : null,
    ...(failing.length ? { failing } : {}),
  };
}
