import type { Article, SegmentedArticle, Span, Token } from '../../../model/index.ts';
import { TONE_SMOOTHING } from '../patterns.ts';
import { hasLetter, inRegions } from '../text.ts';
import { NO_TONE, toneInPlace, toneOfStem, type WordTone } from './word-tone.ts';

/**
 * Lexicon counts of a run of words: positive, negative and subjective hits among `words`, and the
 * words that are in the lexicon at all (`found`: none, and the scores say nothing).
 */
export interface ToneCounts {
  readonly positive: number;
  readonly negative: number;
  readonly subjective: number;
  readonly words: number;
  readonly found: number;
}

// A word of the story's own vocabulary (`topic`, by lexicon entry) is its subject, not its tone.
function scoredTone(text: string, next: string | undefined, topic: ReadonlySet<string>): WordTone {
  const tone = toneInPlace(text, next);
  return tone.c.entry !== null && topic.has(tone.c.entry) ? NO_TONE : tone;
}

/**
 * Count lexicon hits in a sequence of word stems. A positive or negative word right after a negator
 * ("not productive") counts for the other side.
 */
export function toneCounts(stems: readonly string[]): ToneCounts {
  return countTones(stems.map(toneOfStem));
}

/** One own-voice word found in the lexicon: where it is and how it counted (a negated word for the other side). */
export interface ToneHit {
  readonly articleId: string;
  readonly span: Span;
  readonly sentiment: 'positive' | 'negative' | null;
  readonly subjective: boolean;
}

function countTones(
  words: readonly WordTone[],
  onHit?: (i: number, sentiment: ToneHit['sentiment'], subjective: boolean) => void,
): ToneCounts {
  let positive = 0;
  let negative = 0;
  let subjective = 0;
  let found = 0;
  for (let i = 0; i < words.length; i++) {
    // the two words before (no array per word: this runs on every word of every article)
    const negated = words[i - 1]?.negator === true || words[i - 2]?.negator === true;
    const { c } = words[i] as WordTone;
    const sentiment = c.pos === c.neg ? null : c.pos !== negated ? 'positive' : 'negative';
    if (sentiment === 'positive') positive++;
    else if (sentiment === 'negative') negative++;
    if (c.subj) subjective++;
    if (c.pos || c.neg || c.subj) {
      found++;
      onHit?.(i, sentiment, c.subj);
    }
  }
  return { positive, negative, subjective, words: words.length, found };
}

/**
 * The two scores, each a plain ratio: sentiment = (positive − negative) / (positive + negative +
 * TONE_SMOOTHING), in −1..1 and pulled towards 0 when few words hit the lexicon; subjectivity = the
 * share of words that are subjective (evaluative, intensifying, emotive or hedging), in 0..1.
 */
export function toneScores(c: ToneCounts): { sentiment: number; subjectivity: number } {
  const sentiment = (c.positive - c.negative) / (c.positive + c.negative + TONE_SMOOTHING);
  return { sentiment: round(sentiment), subjectivity: round(c.words ? c.subjective / c.words : 0) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The words of a line of text (a headline): runs of letters, digits, apostrophes and hyphens. */
export const lineWords = (text: string): string[] => text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];

// Words of a headline outside its quotation marks.
const headlineWords = (title: string): string[] => lineWords(title.replace(/[“"‘«][^”"’»]*[”"’»]/g, ' '));

/** An article's lexicon counts, own voice and headline (null with no headline), with the own voice's hits. */
export interface ArticleToneCounts {
  readonly body: ToneCounts;
  readonly head: ToneCounts | null;
  readonly evidence: ToneHit[];
}

/**
 * The lexicon counts of an article's own voice (outside `regions`) and of its headline. Every word of
 * the lexicon counts, also one the contested terms' table counts: that list holds judgement words
 * ("reckless", "disastrous"), and leaving them out read a loaded headline as neutral; but not a label
 * that table counts by its use ("illegal": a status named, word-tone.ts), nor a word
 * of the story's own vocabulary (`topic`, lexicon entries most of its outlets use: "clos*" where a
 * closure is the story), which tells the subject, not the outlet's tone. Nor is the cue of a quote or
 * of reported speech (`cues`: "warned" in "Darrow warned that …", "rejected" of a stance): it tells what
 * the speaker did, and its tone is the speaker's; but a loaded cue ("slammed", "lambasted") is the
 * outlet's choice of word and counts.
 */
export function articleToneCounts(
  doc: SegmentedArticle,
  regions: readonly Span[],
  topic: ReadonlySet<string> = new Set(),
  cues: readonly Span[] = [],
): ArticleToneCounts {
  const words: WordTone[] = [];
  // the tokens scored, by word: a span is made only for the few found in the lexicon
  const scored: Token[] = [];
  for (const s of doc.sentences)
    for (const [k, t] of s.tokens.entries())
      if (hasLetter(t.text) && !inRegions(t, regions)) {
        const tone = scoredTone(t.text, s.tokens[k + 1]?.text, topic);
        if (cues.length && tone.c.loaded === null && inRegions(t, cues)) continue;
        words.push(tone);
        scored.push(t);
      }
  // the words that made the scores, so that each can be checked in the text
  const evidence: ToneHit[] = [];
  const articleId = doc.article.id;
  const body = countTones(words, (i, sentiment, subjective) => {
    const { start, end } = scored[i] as Token;
    evidence.push({ articleId, span: { start, end }, sentiment, subjective });
  });
  // an inferred title is the article's own first words, not a headline the outlet wrote
  const title: Article['title'] = doc.article.titleInferred ? null : doc.article.title;
  const head = title
    ? countTones(headlineWords(title).map((w, k, all) => scoredTone(w, all[k + 1], topic)))
    : null;
  return { body, head, evidence };
}

/** The tone of lexicon counts as reported: null scores where no word of the lexicon was found. */
export function toneOf(body: ToneCounts, head: ToneCounts | null) {
  // with no word of the lexicon there is no reading: null, not a 0 that reads as neutral
  const own = body.found ? toneScores(body) : null;
  const headline = head?.found ? toneScores(head) : null;
  return {
    sentiment: own?.sentiment ?? null,
    subjectivity: own?.subjectivity ?? null,
    headlineSentiment: headline?.sentiment ?? null,
    headlineSubjectivity: headline?.subjectivity ?? null,
    words: body.words,
    toneWords: body.found,
    headlineToneWords: head?.found ?? null,
  };
}

/**
 * Tone of an article's own voice (quotes excluded) and of its headline from its counts
 * (`articleToneCounts`), with the number of words scored and the own voice's words found in the
 * lexicon (`evidence`); a score is null where no word of the lexicon was found.
 */
export function articleTone({ body, head, evidence }: ArticleToneCounts) {
  return { ...toneOf(body, head), evidence };
}

/** Lexicon counts summed: an outlet's articles read as one text. */
export function addToneCounts(a: ToneCounts, b: ToneCounts): ToneCounts {
  return {
    positive: a.positive + b.positive,
    negative: a.negative + b.negative,
    subjective: a.subjective + b.subjective,
    words: a.words + b.words,
    found: a.found + b.found,
  };
}
