import type { Fact, SegmentedArticle, Token } from '../../model/index.ts';
import { WEEKDAY_NAMES } from '../../text/calendar.ts';
import { afterUpdateLabel } from '../../text/editors-notes.ts';
import { headlineTokens } from '../../text/headline.ts';
import { stem } from '../../text/normalise.ts';
import { withoutTitleLabel } from '../../text/title-label.ts';
import { REPORTING_STEMS } from '../compare/data/word-forms.ts';
import { stemsOfText, titleStems } from './candidates.ts';
import { OPINION_WORDS } from './data/opinion-words.ts';
import { type Disputed, givesDisputed } from './headline-disputed.ts';
import { aheadArticles, firstDay, overtakenTitles } from './headline-titles.ts';
import { loadedEntryOf } from './loaded.ts';
import { HEADLINE_LEDE_SENTENCES, HEADLINE_MAX_WORDS, HEADLINE_MIN_WORDS } from './patterns.ts';
import { withoutDateline } from './repair.ts';
import { failClosed, type SenseCheck } from './senses.ts';
import { type ContestedMatch, wordCount } from './text.ts';
import { angleTitle, titleTellsAhead } from './title-state.ts';

/** What a headline is chosen from: the articles' titles, the consensus facts, the summary's first sentence. */
export interface HeadlineSources {
  readonly articles: readonly SegmentedArticle[];
  readonly facts: readonly Fact[];
  /** The summary's sentences, best first (used when there are no facts, and as a last resort). */
  readonly summary: readonly string[];
  /** The content stems of the summary's sentences, as read with their articles (else read again). */
  readonly summaryStems?: readonly (readonly string[])[];
  readonly findContested: (text: string) => readonly ContestedMatch[];
  /** Whether a contested term of an article's title is used in its contested sense ("floods" of a river is not). */
  readonly inSense?: SenseCheck;
  /** What the story's sources give otherwise (figures, tallies, times): a headline gives none. */
  readonly disputed?: Disputed;
}

// A headline must not take sides: no contested term, no quotation, no question, no opinion or loaded word. An
// apostrophe between letters ("Norhaven’s", "Norhaven's") is no quotation mark, curled or straight.
// `used`: whether a term found is used in its contested sense (every use counts when not told).
function neutral(
  text: string,
  findContested: HeadlineSources['findContested'],
  used: (match: ContestedMatch) => boolean = () => true,
): boolean {
  const words = wordCount(text);
  return (
    words >= HEADLINE_MIN_WORDS &&
    words <= HEADLINE_MAX_WORDS &&
    !/[“”"‘?!]|['’](?![\p{L}\p{N}])|(?<![\p{L}\p{N}])['’]/u.test(text) &&
    !findContested(text).some(used) &&
    !text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((w) => OPINION_WORDS.has(w) || loadedEntryOf(w) !== null)
  );
}

// A relative clause set off by commas, and the first word after its closing comma.
const ENCLOSED_RELATIVE = /,\s+(?:who|which)\b[^,;—]*,\s+(\S+)/;

// Whether the end of a sentence is an attribution ("officials said", "according to police"): a few
// words, one of them a reporting verb.
function attribution(rest: string): boolean {
  const words = rest.split(/\s+/).filter(Boolean);
  return words.length <= 6 && words.some((w) => REPORTING_STEMS.has(stem(w.replace(/\W+$/, ''))));
}

// The main clause of a sentence, as a headline: cut at the first subordinate clause, no final stop.
// A relative clause set off by commas inside the main clause ("said the man, who had lost his job,
// walked into the party") is left out, not cut at, which would leave the clause without its verb.
function clauseOf(sentence: string): string {
  const inside = ENCLOSED_RELATIVE.exec(sentence);
  if (inside?.[1] && /^\p{Ll}/u.test(inside[1])) {
    const rest = sentence.slice(inside.index + inside[0].length - inside[1].length);
    if (!attribution(rest)) return clauseOf(`${sentence.slice(0, inside.index)} ${rest}`);
  }
  const clause =
    sentence.split(/,\s+(?:as|while|after|amid|which|who|according|saying|but)\b|;|\s—\s/)[0] ?? sentence;
  return clause.replace(/[.\s]+$/, '');
}

// Where a sentence goes on with another thing that happened ("Drivers sat in gridlock, after talks at
// the hall broke up without a plan"): the clause after it can stand as a headline of its own.
const EVENT_CLAUSE = /,\s+(?:after|while)\s+/g;

// A subordinate clause a sentence opens with, to its comma ("After the talks ended, ").
const LEADING_SUBORDINATE = /^(?:after|while|when|as|once|following)\b[^,;—]*,\s+/i;

// The weekday a clause is dated by ("on Tuesday", "on Monday night"), which a headline can do without.
const WEEKDAY_PHRASE = new RegExp(
  `\\s+on\\s+(?:${WEEKDAY_NAMES.join('|')})(?:\\s+(?:morning|afternoon|evening|night))?\\b`,
  'i',
);

// The clauses of an article's lede (its first sentences, which tell what it is about; a dateline left
// out) that could head it: each sentence's main clause, then each clause with a verb after an
// EVENT_CLAUSE, its weekday left out when it is too long with it.
function ledeClauses({ article, sentences }: SegmentedArticle): string[] {
  const lede = sentences
    .filter((s) => article.paragraphs[s.paragraph]?.kind !== 'heading')
    .slice(0, HEADLINE_LEDE_SENTENCES);
  return lede.flatMap((s) => {
    const full = article.text.slice(s.start, s.end);
    // an "UPDATED 18:40:" label is page furniture: the item is told from its first word after it
    const cut = afterUpdateLabel(article.text, s);
    if (cut < 0) return [];
    const sentence = withoutDateline(cut > 0 ? full.slice((s.tokens[cut] as Token).start - s.start) : full);
    const from = s.start + full.length - sentence.length;
    // a sentence that opens with a subordinate clause ("After the talks ended, ...") is told by what
    // follows it
    const opening = LEADING_SUBORDINATE.exec(sentence)?.[0].length ?? 0;
    const starts = [
      opening,
      ...[...sentence.matchAll(EVENT_CLAUSE)].map((m) => m.index + m[0].length),
    ].filter((start) => start >= opening);
    return starts.flatMap((start, i) => {
      const part = sentence.slice(start, starts[i + 1] ?? sentence.length);
      const verb = s.tokens.some(
        (t) => t.start >= from + start && t.end <= from + start + part.length && t.pos === 'VERB',
      );
      if (!verb) return [];
      const clause = clauseOf(part.charAt(0).toUpperCase() + part.slice(1));
      return [wordCount(clause) > HEADLINE_MAX_WORDS ? clause.replace(WEEKDAY_PHRASE, '') : clause];
    });
  });
}

// "HORROR FLOOD: Pensioners drown …", "SCHOOLS CHAOS: …": a kicker of two or more words in capitals
// before a colon is a tabloid's cry, not a neutral headline (a one-word label, "UPDATE:", is cut instead)
const SHOUTED_KICKER = /^\p{Lu}[\p{Lu}\p{N}'’-]*(?:\s+[\p{Lu}\p{N}'’-]+)+\s*:/u;

// A title's contested terms read in their sense on the title's own tokens ("River Sallow floods
// Drossmouth": water, not people), so a story of a flood can be headed by its title; none without tokens.
function titleSense(
  doc: SegmentedArticle,
  text: string,
  inSense: SenseCheck | undefined,
): ((match: ContestedMatch) => boolean) | undefined {
  const tokens = inSense && headlineTokens(doc);
  const title = doc.article.title ?? '';
  const shift = title.indexOf(text);
  if (!inSense || !tokens || shift < 0) return undefined;
  // a headline fails closed: a term after a plural agent noun is taken as said of people
  const strict = failClosed(inSense);
  return (m) => strict({ ...m, start: m.start + shift, end: m.end + shift }, tokens);
}

/** The title that shares most of `reference`'s stems (by its own stems' count), or null when none shares one. */
function bestTitle(
  titles: readonly { doc: SegmentedArticle; text: string }[],
  stems: readonly string[],
): string | null {
  const reference = new Set(stems);
  // the title's stems from its one reading (the headline's tokens, as every stage reads them)
  const coverage = (doc: SegmentedArticle) => {
    const own = new Set(titleStems(doc));
    let shared = 0;
    for (const s of own) if (reference.has(s)) shared++;
    return own.size ? shared / Math.sqrt(own.size) : 0;
  };
  const scored = titles.map((t) => ({ ...t, coverage: coverage(t.doc) }));
  const best = scored.sort((a, b) => b.coverage - a.coverage)[0];
  return best && best.coverage > 0 ? best.text : null;
}

/**
 * A neutral headline for the story: the article title that best covers the consensus facts (or the
 * summary, without facts or when no title covers one) and passes the neutrality checks; else the main clause of the best-supported
 * consensus fact that happened, or (without consensus facts) a clause of an article's lede, or the main
 * clause of a summary sentence, or of a planned or possible consensus fact;
 * null when none is neutral.
 */
export function chooseHeadline(sources: HeadlineSources): string | null {
  // neutral, and no side of a figure, tally or time the sources give otherwise
  const fair = (text: string, used?: (match: ContestedMatch) => boolean) =>
    neutral(text, sources.findContested, used) && !givesDisputed(text, sources.disputed);
  const consensus = sources.facts.filter((f) => f.status === 'consensus' || f.status === 'corroborated');
  const neutralTitles = sources.articles
    .filter(({ article: a }) => a.title && !a.titleInferred)
    .map((doc) => ({ doc, text: withoutTitleLabel((doc.article.title as string).trim()) }))
    .filter((t) => !SHOUTED_KICKER.test(t.text) && fair(t.text, titleSense(t.doc, t.text, sources.inSense)));
  // an article published before an event the story tells, or telling it as still ahead (◷), heads
  // the story with its plan ("Parade to cross the bridge on Tuesday" of a story of the bridge's
  // collapse): its title is weighed only when no article told after the event has a neutral one
  const ahead = aheadArticles(sources.facts);
  // what the titles are weighed against: the consensus facts, else (none, or none a title covers:
  // the shared facts are side details, a count or a shelter) the summary's first sentences
  const summaryStems = () =>
    sources.summary.slice(0, 2).flatMap((text, i) => sources.summaryStems?.[i] ?? stemsOfText(text));
  const weigh = (list: readonly (typeof neutralTitles)[number][]) =>
    list.length === 0
      ? null
      : (bestTitle(
          list,
          consensus.flatMap((f) => stemsOfText(f.text)),
        ) ?? bestTitle(list, summaryStems()));
  const fromTitles = (told: typeof neutralTitles) => {
    // the titles of the reports of the event's first day, where the articles of later days tell it on
    // another angle ("residents return to ruined homes as aid is pledged" of a flood two days on)
    const all = told.length ? told : neutralTitles;
    const titles = firstDay(all);
    // (a first report's title that covers none of them, a side detail's facts, still tells the event
    // better than a later angle: the one sharing most words with all the titles)
    return (
      weigh(titles) ??
      (titles.length < all.length
        ? bestTitle(
            titles,
            all.flatMap((t) => titleStems(t.doc)),
          )
        : null) ??
      weigh(all)
    );
  };
  const after = neutralTitles.filter((t) => !ahead.has(t.doc.article.id));
  // (where a plan's title is left out, a report of the event heads the story, never an explainer's
  // or an opinion's, "Budget: what the cuts mean", as where a report overtook a working title below)
  const reports = after.length < neutralTitles.length ? after.filter((t) => !angleTitle(t.text)) : [];
  const told = reports.length ? reports : after;
  let best = fromTitles(told);
  // a working title telling the event as still ahead ("Council to vote on budget tonight") where an
  // article written since reports it done: the headline is that report's (the earliest day's; never
  // an explainer's or an opinion's, "Budget: what the cuts mean", which reports nothing done)
  const overtaken = best !== null && titleTellsAhead(best) ? overtakenTitles(sources.articles) : null;
  if (overtaken && told.some((t) => t.text === best && overtaken.plans.has(t.doc.article.id))) {
    const reports = told.filter((t) => overtaken.reports.has(t.doc.article.id));
    best = reports.length ? fromTitles(reports) : best;
  }
  if (best) return best;
  // what happened first: a plan or a possibility ("said he would vote against the plan") is the
  // headline of a story only when nothing that happened is told
  const happened = consensus.filter((f) => f.modality === 'happened');
  const other = consensus.filter((f) => f.modality !== 'happened');
  // without a fact the sources agree on, what the articles' ledes tell before the summary's sentences,
  // one of which may come from far down an article and tell only a part of it ("The authority insists
  // the closure is about safety" of an article about failed talks, whose headline was left out)
  const ledes = consensus.length ? [] : sources.articles.flatMap(ledeClauses);
  for (const clause of [
    ...happened.map((f) => clauseOf(f.text)),
    ...ledes,
    ...[...sources.summary, ...other.map((f) => f.text)].map(clauseOf),
  ]) {
    if (fair(clause)) return clause;
  }
  // a title whose only fault is its length or a colon-led kicker ("Analysis: ...")
  for (const title of sources.articles.map(
    ({ article: a }) => a.title?.replace(/^[^:]{1,30}:\s+/, '') ?? '',
  )) {
    const clause = clauseOf(title);
    if (fair(clause)) return clause;
  }
  return null;
}
