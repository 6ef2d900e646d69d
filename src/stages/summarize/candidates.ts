import type { Entity, Evidence, SegmentedArticle, Token } from '../../model/index.ts';
import { afterUpdateLabel, noteSentences } from '../../text/editors-notes.ts';
import { isOpinion } from '../../text/genre.ts';
import { titleTokens } from '../../text/headline.ts';
import { CONTENT_POS, isWord } from '../../text/normalise.ts';
import { sourceOf } from '../../text/source.ts';
import { givesReplacedValue } from '../../text/updated-figures.ts';
import { getNlp } from '../../text/wink.ts';
import { OPINION_WORDS } from './data/opinion-words.ts';
import { loadedWords } from './loaded.ts';
import {
  ATTRIBUTION,
  BOILERPLATE,
  FIRST_PERSON,
  LEAD_SENTENCES,
  MAX_WORDS,
  MIN_WORDS,
  UNATTRIBUTED_QUOTE_SHARE,
  VERDICT_OPENER,
} from './patterns.ts';
import { articleQuotes } from './quote-index.ts';
import { type Repaired, repairSentence } from './repair.ts';
import type { SenseCheck } from './senses.ts';
import { balanced, partyLabel, SPACE_TO_FOLD, titleCased, withoutLabel } from './sentence-form.ts';
import { type ContestedMatcher, contentStems, stem, wordCount } from './text.ts';
import { sentenceUnits, type Unit } from './units.ts';
import { ownVerdict } from './voice.ts';

// A unit that the next one still continues: its sentence runs on past the pieces it joins.
const continued = (units: readonly Unit[], at: number): boolean => units[at + 1]?.continues === true;

/** One sentence of the story with what selection needs to know about it. */
export interface Candidate {
  readonly index: number;
  readonly articleId: string;
  /** The independent source it belongs to (a syndicated copy shares its original's). */
  readonly source: string;
  /** Position of its article in the story. */
  readonly order: number;
  readonly sentenceIndex: number;
  readonly evidence: Evidence;
  /** The sentence as written, whitespace folded. */
  readonly text: string;
  /** Its tokens (of every piece when the segmenter cut it at an abbreviation). */
  readonly tokens: readonly Token[];
  readonly stems: readonly string[];
  readonly words: number;
  /** 0 for the article's first sentence .. 1 for its last. */
  readonly position: number;
  /**
   * How far down its article's lead: its position, but counted over at least `LEAD_SENTENCES`
   * sentences, so that in a short excerpt every sentence is near the top (the second of three is 0.25,
   * not 0.5).
   */
  readonly lead: number;
  /** Share of its characters inside quotation marks. */
  readonly quoteShare: number;
  readonly attributed: boolean;
  /** Opinion words in the outlet's own voice (looked for in a well-formed sentence only). */
  readonly opinion: number;
  /** Contested terms in the outlet's own voice (looked for in a well-formed sentence only). */
  readonly contested: readonly string[];
  /** True when it has a number (a figure) in it. */
  readonly hasFigure: boolean;
  /** The sentence made to stand alone, or null when it cannot be. */
  readonly standalone: Repaired | null;
  /** Whether it may appear in the summary at all (length, form, no boilerplate, no contested term). */
  readonly eligible: boolean;
  /** Eligible but for contested terms in its own voice: chosen from only when no sentence is eligible. */
  readonly fallback: boolean;
}

/** What building candidates needs besides the articles. */
export interface CandidateContext {
  readonly entities: readonly Entity[];
  readonly findContested: ContestedMatcher;
  /** Whether a term found is used in its contested sense (default: every use counts). */
  readonly inSense?: SenseCheck;
}

/** Every sentence of the story as a candidate, with its features and whether it is eligible. */
export function buildCandidates(
  articles: readonly SegmentedArticle[],
  context: CandidateContext,
): Candidate[] {
  const sources = sourceOf(articles);
  // a value an article's own update has since replaced ("now say three people have died") is no
  // current value, whoever gives it (text/updated-figures.ts)
  const replaced = givesReplacedValue(articles);
  const out: Candidate[] = [];
  articles.forEach((doc, order) => {
    const { article } = doc;
    const quotes = articleQuotes(article);
    const findContested = context.findContested.within(article.text);
    const inSense = context.inSense ?? (() => true);
    const removed = article.removed.map((r) => r.text);
    const title = article.title?.trim() ?? null;
    const units = sentenceUnits(doc);
    // an editor's note ("Correction: An earlier version of this article …") tells of the article
    const notes = noteSentences(doc);
    // an opinion piece's sentences are its writer's view: not summarised
    const column = isOpinion(article);
    units.forEach((unit, at) => {
      // an "UPDATED 18:40:" label is page furniture: the item is told from its first word after it
      const cut = afterUpdateLabel(article.text, unit);
      const sentence = cut > 0 ? withoutLabel(unit, cut) : unit;
      const sentenceIndex = sentence.first;
      const raw = article.text.slice(sentence.start, sentence.end);
      // (a sentence already one-spaced is not copied)
      const text = (SPACE_TO_FOLD.test(raw) ? raw.replace(/\s+/g, ' ') : raw).trim();
      const quoted = quotes.quotedChars(sentence.start, sentence.end);
      const own = (start: number, end: number) =>
        !quotes.inside(sentence.start + start, sentence.start + end);
      const heading = article.paragraphs[sentence.paragraph]?.kind === 'heading';
      const standalone = repairSentence(text, doc, sentenceIndex, context.entities);
      const words = wordCount(standalone?.text ?? text);
      const quoteShare = raw.length ? quoted / raw.length : 0;
      const attributed = ATTRIBUTION.test(raw);
      // the writer's own voice ("I joined", "our readers") outside quotation marks
      const firstPerson = () =>
        sentence.tokens.some(
          (t) => FIRST_PERSON.test(t.text) && !partyLabel(article.text, t) && !quotes.inside(t.start, t.end),
        );
      const wellFormed =
        cut >= 0 &&
        !column &&
        !replaced(sentence) &&
        !heading &&
        !notes.has(sentence.first) &&
        words >= MIN_WORDS &&
        words <= MAX_WORDS &&
        sentence.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX') &&
        /^[\p{Lu}“"‘(\d]/u.test(text) &&
        /[.”"’)]$/.test(text) &&
        // a dateline ("WASHINGTON (AP) — ") is not told, so it does not count as boilerplate
        !BOILERPLATE.test(standalone?.text ?? text) &&
        !titleCased(text) &&
        text !== title &&
        !removed.some((r) => r.includes(text)) &&
        // a quotation must say who said it
        (quoteShare < UNATTRIBUTED_QUOTE_SHARE || attributed) &&
        !firstPerson() &&
        // still cut short: more pieces than a unit joins
        !continued(units, at) &&
        balanced(text) &&
        standalone !== null;
      // only a sentence that may be chosen is weighed for its opinion words and contested terms
      const opinion = wellFormed
        ? sentence.tokens.filter((t) => OPINION_WORDS.has(t.norm) && !quotes.inside(t.start, t.end)).length
        : 0;
      const contested = wellFormed
        ? findContested(sentence.start, sentence.end)
            .filter((m) => own(m.start, m.end))
            .filter((m) =>
              inSense(
                { ...m, start: sentence.start + m.start, end: sentence.start + m.end },
                sentence.tokens,
              ),
            )
            .map((m) => m.term)
            // a loaded word ("gut", "furious", "stunning") is the outlet's framing, kept out as a term is
            .concat(loadedWords(sentence.tokens, (t) => quotes.inside(t.start, t.end)))
        : [];
      // the outlet's verdict or advice is no neutral telling: told only when nothing else may be
      const verdict =
        wellFormed &&
        (VERDICT_OPENER.test(standalone?.text ?? text) ||
          (!attributed && ownVerdict(sentence.tokens, (t) => quotes.inside(t.start, t.end))));
      out.push({
        index: out.length,
        articleId: article.id,
        source: sources.get(article.id) ?? article.id,
        order,
        sentenceIndex,
        evidence: { articleId: article.id, span: { start: sentence.start, end: sentence.end } },
        text,
        tokens: sentence.tokens,
        stems: contentStems(sentence.tokens),
        words,
        position: doc.sentences.length > 1 ? sentenceIndex / (doc.sentences.length - 1) : 0,
        lead: Math.min(1, sentenceIndex / Math.max(LEAD_SENTENCES, doc.sentences.length - 1)),
        quoteShare,
        attributed,
        opinion,
        contested,
        hasFigure: sentence.tokens.some(
          (t) => t.pos === 'NUM' && /\d/.test(t.text) && !/^(19|20)\d\d$/.test(t.text),
        ),
        standalone,
        eligible: wellFormed && contested.length === 0 && !verdict,
        fallback: wellFormed,
      });
    });
  });
  return out;
}

/** Content stems of a free text (a fact), for comparing it with sentences. */
export function stemsOfText(text: string): string[] {
  const nlp = getNlp();
  const doc = nlp.readDoc(text);
  const norm = doc.tokens().out(nlp.its.normal) as string[];
  const pos = doc.tokens().out(nlp.its.pos) as string[];
  const stop = doc.tokens().out(nlp.its.stopWordFlag) as unknown as boolean[];
  return stemsOf(norm.map((v, i) => ({ norm: v, pos: pos[i] ?? '', stop: stop[i] === true })));
}

/** Content stems of an article's own headline (none for an inferred title), from its one reading. */
export function titleStems(doc: SegmentedArticle): string[] {
  return stemsOf(titleTokens(doc) ?? []);
}

const stemsOf = (tokens: readonly Pick<Token, 'norm' | 'pos' | 'stop'>[]): string[] =>
  tokens.flatMap((t) => (!t.stop && CONTENT_POS.has(t.pos) && isWord(t.norm) ? [stem(t.norm)] : []));
