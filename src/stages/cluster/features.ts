import type { SegmentedArticle, Token } from '../../model/index.ts';
import { contentHash } from '../../store/keys.ts';
import { isCalendarWord } from '../../text/calendar.ts';
import { articleDateline, pastDatelineTokens } from '../../text/dateline.ts';
import { titleTokens } from '../../text/headline.ts';
import { CONTENT_POS_NO_ADVERBS, fold, stem } from '../../text/normalise.ts';
import { MASTHEAD_FIRST_WORDS } from '../clean/data/outlets.ts';
import { articleDay, type DateSource } from './article-day.ts';
import { labelLength, seriesKickers, seriesLength } from './kicker.ts';
import { negatedTokens } from './negated.ts';
import { articleParticulars, type Particulars } from './particulars.ts';
import { LATER_LEAD_WEIGHT, LEAD_PAIR_WEIGHT, LEAD_SENTENCES, TITLE_CASE_SHARE } from './patterns.ts';

/** What the grouping reads of one article: its day, names, headline-and-lead terms and body terms (raw counts). */
export interface ArticleFeatures {
  readonly id: string;
  /** Day number (days since 1970-01-01), or null when neither metadata nor the opening gives a date. */
  readonly day: number | null;
  readonly dateSource: DateSource | null;
  /** Names (runs of capitalised proper nouns in the body and a headline not in Title Case, and each word of a longer run) → count. */
  readonly names: ReadonlyMap<string, number>;
  /**
   * Headline (counted twice) and lead sentences (under a headline, those after the first at
   * `LATER_LEAD_WEIGHT`): content words and figures (`#12`), and each two adjacent words of the
   * headline (`job+report`, at `LEAD_PAIR_WEIGHT`); a word told of a negating subject ("no one hurt")
   * as a key of its own (`!hurt`).
   */
  readonly lead: ReadonlyMap<string, number>;
  /** Every content word of the body. */
  readonly body: ReadonlyMap<string, number>;
  /** How each name key is written in the article, for explanations. */
  readonly labels: ReadonlyMap<string, string>;
  /** Trigger words and named days of the headline and first sentence (absent in features stored before them). */
  readonly particulars?: Particulars | undefined;
  /**
   * The content hash of its text (`contentHash`, the store's: one text under two addresses or days is
   * one article there); absent in a store's features.
   */
  readonly textHash?: string | undefined;
  /** Its outlet as `groupingOutletKey` writes it, null when unknown (absent in features stored before it). */
  readonly outlet?: string | null | undefined;
}

const add = (map: Map<string, number>, key: string, weight = 1) => map.set(key, (map.get(key) ?? 0) + weight);

// A content word's key, or null: stop words, function words and bare punctuation carry no story. Words
// are stemmed by the one normalisation every stage shares (src/text/normalise.ts).
function termOf(token: Pick<Token, 'norm' | 'pos' | 'stop'>): string | null {
  if (token.stop || !CONTENT_POS_NO_ADVERBS.has(token.pos) || token.norm.length < 2) return null;
  if (token.pos === 'NUM') return /\d/.test(token.norm) ? `#${token.norm.replace(/,/g, '')}` : null;
  return /\p{L}/u.test(token.norm) ? stem(token.norm) : null;
}

// The lead's key of a word told of a negating subject (`negatedTokens`): "no one hurt" and "nobody was
// hurt" share it, "14 hurt" does not.
const negatedKey = (term: string): string => `!${term}`;

/** An outlet's name as the grouping tells outlets apart: folded, a leading "the" dropped ("millbrook sentinel"); null when none. */
export function groupingOutletKey(outlet: string | null): string | null {
  const words = (outlet ?? '').split(/\s+/).filter(Boolean).map(fold);
  if (words[0] === 'the') words.shift();
  return words.length ? words.join(' ') : null;
}

// The keys of an outlet's own name as a run of name tokens is keyed ("The Millbrook Sentinel": `millbrook
// sentinel`, `sentinel`): its byline, masthead or name line ("The Sentinel reported") is in every
// article it prints, whatever their event, so it is no name two of them share. A broadcaster named
// "Radio <place>" ("Radio Brevik") keeps its place: the town it names is a name of its stories too.
function outletKeys(outlet: string | null): ReadonlySet<string> {
  const words = groupingOutletKey(outlet)?.split(' ') ?? [];
  const whole = MASTHEAD_FIRST_WORDS.has(words[0] ?? '');
  return new Set(words.map((_, i) => words.slice(i).join(' ')).slice(0, whole ? 1 : words.length));
}

const isNameToken = (token: Token): boolean =>
  token.pos === 'PROPN' &&
  /^\p{Lu}/u.test(token.text) &&
  token.norm.length > 1 &&
  !isCalendarWord(token.norm);

/**
 * Add the headline's terms to the lead, counted twice, from its tokens as the text module reads them
 * once per article (none for an inferred title: the first sentence, already read), and each two
 * adjacent words (no figure, nothing between them) as one more key at `LEAD_PAIR_WEIGHT` of that: the
 * phrase a headline names its event by ("jobs report", "vaccine mandate") is more specific than its
 * words apart. A word told of a negating subject ("no one hurt") is no word of its event
 * (`negatedTokens`): it is keyed apart, and is no word of a pair.
 */
export function addHeadline(
  lead: Map<string, number>,
  doc: SegmentedArticle,
  series: ReadonlySet<string>,
): void {
  let previous: string | null = null;
  const headline = titleTokens(doc) ?? [];
  // (a label of the item's kind before its colon, "Today's briefing:", names no event: `labelLength`;
  // nor does one its outlet puts on items of other events, "Harbour diary:": `seriesLength`)
  const outlet = groupingOutletKey(doc.article.outlet);
  const tokens = headline.slice(labelLength(headline) || seriesLength(headline, outlet, series));
  const negated = negatedTokens(tokens);
  for (const [i, token] of tokens.entries()) {
    const term = termOf(token);
    if (term) add(lead, negated.has(i) ? negatedKey(term) : term, 2);
    const word = term && !term.startsWith('#') && !negated.has(i) ? term : null;
    if (word && previous) add(lead, `${previous}+${word}`, 2 * LEAD_PAIR_WEIGHT);
    previous = word;
  }
}

/**
 * The headline's tokens to read names from: none when the headline is in Title Case (more than
 * `TITLE_CASE_SHARE` of its longer content words after the first capitalised), where capitals say
 * nothing of names.
 */
function headlineNameTokens(doc: SegmentedArticle): readonly Token[] {
  const tokens = titleTokens(doc) ?? [];
  const words = tokens.filter((t, i) => i > 0 && !t.stop && /^\p{L}{4,}/u.test(t.text));
  const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  return words.length && capitalised / words.length > TITLE_CASE_SHARE ? [] : tokens;
}

/**
 * Read the grouping's features of one segmented article: a light reading (no entity stage) that
 * costs one pass over its tokens.
 * @example
 * articleFeatures(doc).names // Map { 'delphine okafor' => 2, 'okafor' => 3, ... }
 */
export function articleFeatures(doc: SegmentedArticle): ArticleFeatures {
  return featuresOf(doc, NO_SERIES);
}

const NO_SERIES: ReadonlySet<string> = new Set();

/**
 * The features of a run's articles (`articleFeatures`), read with the run's series labels
 * (`seriesKickers`: a kicker one outlet puts on headlines of other events is no word of their events).
 */
export function runFeatures(docs: readonly SegmentedArticle[]): ArticleFeatures[] {
  const series = seriesKickers(docs, (doc) => groupingOutletKey(doc.article.outlet));
  return docs.map((doc) => featuresOf(doc, series));
}

function featuresOf(doc: SegmentedArticle, series: ReadonlySet<string>): ArticleFeatures {
  const names = new Map<string, number>();
  const lead = new Map<string, number>();
  const body = new Map<string, number>();
  const labels = new Map<string, string>();
  const addName = (key: string, label: string) => {
    add(names, key);
    if (!labels.has(key)) labels.set(key, label);
  };
  // a run of name tokens: the whole name, and each word of a longer one too (later sentences and
  // other outlets name the same one by part of it: "Kim Jong Un", "Kim Jong-un", "Kim")
  const own = outletKeys(doc.article.outlet);
  const addRun = (run: readonly Token[]) => {
    const key = run.map((t) => t.norm).join(' ');
    if (!run.length || own.has(key)) return;
    addName(key, run.map((t) => t.text).join(' '));
    if (run.length > 1) for (const word of run) addName(word.norm, word.text);
  };
  const nameRuns = (tokens: readonly Token[]) => {
    let run: Token[] = [];
    for (const token of tokens) {
      if (isNameToken(token)) run.push(token);
      else {
        addRun(run);
        run = [];
      }
    }
    addRun(run);
  };
  addHeadline(lead, doc, series);
  // the headline's names too: a short excerpt may name its event's people and places only there
  nameRuns(headlineNameTokens(doc));
  // under a headline of its own, the lead's later sentences (the event's setting) count less
  const later = titleTokens(doc) ? LATER_LEAD_WEIGHT : 1;
  // a wire dateline ("WASHINGTON (AP) —") tells where and by whom the article was filed, not its story:
  // every agency's article shares it
  const dateline = articleDateline(doc);
  doc.sentences.forEach((sentence, index) => {
    const tokens = pastDatelineTokens(sentence.tokens, dateline);
    nameRuns(tokens);
    const weight = index === 0 ? 1 : later;
    // what the lead tells did not happen ("No one was hurt") is its own key there, the body's the same
    const negated = index < LEAD_SENTENCES ? negatedTokens(tokens) : null;
    for (const [i, token] of tokens.entries()) {
      const term = termOf(token);
      if (!term) continue;
      add(body, term);
      if (negated) add(lead, negated.has(i) ? negatedKey(term) : term, weight);
    }
  });
  const dated = articleDay(doc);
  return {
    id: doc.article.id,
    day: dated?.day ?? null,
    dateSource: dated?.source ?? null,
    names,
    lead,
    body,
    labels,
    particulars: articleParticulars(doc, dated?.day ?? null),
    textHash: contentHash(doc.article.text),
    outlet: groupingOutletKey(doc.article.outlet),
  };
}
