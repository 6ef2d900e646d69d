import type { Evidence, SegmentedArticle, Token } from '../../model/index.ts';
import { NUMBER_WORDS } from '../../text/data/quantities.ts';
import type { DateMention } from '../../text/dates/mentions.ts';
import { inQuotedQuestion, quotedDeicticBase, type SaidBefore } from '../../text/dates/quoted-day.ts';
import { type Precision, resolveDate } from '../../text/dates/resolve.ts';
import { noteSentences } from '../../text/editors-notes.ts';
import { NEGATION } from '../../text/negated-words.ts';
import { talliesIn } from '../../text/tally.ts';
import { irregularPast } from '../compare/support/plan-tense.ts';
import { datesPlanAnchor } from './anchor.ts';
import { clauseAround } from './clause.ts';
import { aheadIfPresent, reportedPlanDay } from './counted-from.ts';
import { mainClauseDates } from './noun-background.ts';
import { PLAN_CUE, QUOTED_PASSAGE } from './patterns.ts';
import { fromDayOfWriting } from './pins.ts';
import { lineStart } from './quoted.ts';
import type { Reference } from './reference.ts';
import { countedSince, sinceOpened } from './sentence-dates.ts';
import { generalToday, movedFrom, yearModeAt } from './tense.ts';
import { dateVerbAt, moodAt, type VerbOfDate, verbOfDate } from './told.ts';
import { updateReference } from './updated.ts';
import { PARTICIPANT_POS, sentenceWords } from './words.ts';
import { paragraphYears, storyDayOf, type YearBacking, yearBacked, yearlessDay } from './years.ts';

/** One dated sentence of one article, before events are merged across articles. */
export interface DatedSentence {
  readonly day: number;
  readonly precision: Precision;
  readonly inferred: boolean;
  /** When inferred: the words the day was worked out from ("Monday", "last week", "June 3"). */
  readonly from?: string;
  readonly evidence: Evidence;
  readonly text: string;
  /** Content words of the sentence outside its date expressions, for matching across articles. */
  readonly words: ReadonlySet<string>;
  /** Position of the article in the story, for a stable order. */
  readonly order: number;
  /** True when the sentence tells something as still ahead ("will vote on Tuesday", "said it would"). */
  readonly future?: boolean;
  /**
   * True when what happens on the date is a plan or an expectation: by the compare stage's modality
   * rules, the mood of the verb the date belongs to (`moodAt`), or a date after the article's.
   */
  readonly planned?: boolean;
  /** The compare stage's facts whose evidence holds the date (see `toldAt`), when it made one. */
  readonly facts?: ReadonlySet<number>;
  /** The numbers the sentence holds outside its date expressions (counts, amounts), when any. */
  readonly counts?: ReadonlySet<string>;
  /** The tallies of a vote or game it tells ("voted 7 to 4": '7-4', text/tally.ts), when any. */
  readonly tallies?: ReadonlySet<string>;
  /** The stem of the verb the date belongs to, unless a reporting verb (see `predicateAt`). */
  readonly predicate?: string;
  /** Nouns and names of the sentence outside its date expressions. */
  readonly participants?: ReadonlySet<string>;
  /** With a predicate: the stems of the verbs after it (see `dateVerbAt`). */
  readonly later?: ReadonlySet<string>;
  /** True when the verb the date belongs to is a reporting verb ("said on Monday that …"). */
  readonly said?: boolean;
  /** With `said`: the speakers of the quotes it carries (entity ids, else names; see `withSpeakers`). */
  readonly speakers?: ReadonlySet<string>;
  /** True when it tells that what is dated did not happen ("did not vote on Monday", "was due to … but did not"). */
  readonly negated?: boolean;
}

/** Days a date of each precision spans (a year at its longest). */
export const PERIOD_DAYS: Readonly<Record<Precision, number>> = { day: 1, week: 7, month: 31, year: 366 };

/** The dated sentences of one article: one per date expression, dropping a coarse date that holds a finer one. */
export function datedSentences(
  doc: SegmentedArticle,
  order: number,
  mentionsOf: (sentenceIndex: number) => readonly DateMention[],
  stated: Reference | null,
  factsOf: (articleId: string, at: number) => ReadonlySet<number> | null = () => null,
  story: YearBacking = { knownDays: [], fullDays: new Set() },
  saidBefore: SaidBefore = () => false,
): DatedSentence[] {
  const out: DatedSentence[] = [];
  const { article } = doc;
  // a day of writing guessed before a date the article tells as done is in the wrong years: no reference
  const published = stated?.beforeDone ? null : stated;
  const guessed = published?.source === 'stated' && published.backed !== true;
  const yearsOf = paragraphYears(doc, mentionsOf);
  const notes = noteSentences(doc);
  // an "Update:" item counts from the day the article was changed (its modifiedAt)
  const updated = updateReference(doc, published);
  doc.sentences.forEach((sentence, index) => {
    const reference = updated(index) ?? published;
    if (article.paragraphs[sentence.paragraph]?.kind === 'heading') return;
    const mentions = mentionsOf(index);
    if (!mentions.length) return;
    // a line with no verb tells nothing that happened: a byline's date ("TNN Nov 12, 2011, 05."), a
    // date line, a caption's stamp; a past form the tagger read as a noun is a verb ("The gang member
    // shot Jerry Ortiz … in 2005")
    if (!sentence.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || irregularPast(t.norm))) return;
    // a day of writing only guessed (a lower bound) that no other article bears out resolves no date
    // told from it: "on Friday" would be a Friday of the guess's week, not of the writer's
    const sentenceText = article.text.slice(sentence.start, sentence.end);
    // "This article was updated on Wednesday …": the article's own history, no event of the story
    if (notes.has(index)) return;
    const fromReport = reportedPlanDay(sentenceText, mentions, reference);
    // no event on its date: a "today" that means "these days", the old day of a postponement
    const moves = new Map(mentions.map((m) => [m, movedFrom(sentenceText, sentence.tokens, m, mentions)]));
    const newDays = new Set(moves.values());
    // a "tonight" inside a quotation counts from the day it was said, or dates nothing if unknown
    const bases = new Map(
      mentions.map((m) => [
        m,
        quotedDeicticBase(doc, sentence.start, sentenceText, m, mentions, reference?.day ?? null, saidBefore),
      ]),
    );
    const resolved = mentions
      .filter((m) => (!guessed || !fromDayOfWriting(m)) && bases.get(m) !== null)
      .filter((m) => !generalToday(sentence.tokens, m, sentence.start + m.start) && !moves.get(m))
      // nor a date inside a quoted question ("what next year?"), which tells no event
      .filter((m) => !inQuotedQuestion(doc, sentence.start + m.start))
      // nor a year that starts the span of a count ("have injured 40 people since 2021")
      .filter((m) => !countedSince(sentence, m))
      .map((m) => {
        const read = aheadIfPresent(m, sentence.tokens, reference);
        // the verb the date belongs to, found once for its year, its event and its mood
        const verb = verbOfDate(sentence.tokens, sentence.start + m.start);
        const mode = newDays.has(m)
          ? 'closest'
          : yearModeAt(sentence.tokens, read, sentence.start + m.start, verb);
        const r = resolveDate(read, bases.get(m) ?? fromReport(m) ?? reference?.day ?? null, mode);
        // nor does it give a day without a year its year, unless the paragraph or the story's dates
        // back that year; the story stating that day with its year gives it one
        if (r && !(guessed && yearlessDay(m) && !yearBacked(read, r.day, yearsOf(index), story)))
          return { m, r, verb };
        return { m, r: !reference || guessed ? storyDayOf(m, story) : null, verb };
      })
      .filter((x): x is { m: DateMention; r: NonNullable<typeof x.r>; verb: VerbOfDate } => x.r !== null);
    const kept = mainClauseDates(sentence, resolved).filter(
      ({ r }) =>
        !resolved.some(
          (o) =>
            PERIOD_DAYS[o.r.precision] < PERIOD_DAYS[r.precision] &&
            o.r.day >= r.day &&
            o.r.day < r.day + PERIOD_DAYS[r.precision],
        ),
    );
    const words = sentenceWords(sentence, mentions);
    const participants = sentenceWords(sentence, mentions, PARTICIPANT_POS);
    const numbers = sentence.tokens.filter(
      (t) =>
        t.pos === 'NUM' &&
        !mentions.some((m) => t.start < sentence.start + m.end && t.end > sentence.start + m.start),
    );
    // (a number in words as its digits: "six votes" and "6 votes" hold one number)
    const counts = numbers.length ? new Set(numbers.map(numberOf)) : null;
    const told = counts ? talliesIn(sentence.tokens) : [];
    const tallies = told.length ? new Set(told) : null;
    // a sentence the split cut inside a quotation is read from the quotation's opening mark
    const from = lineStart(doc, sentence.start);
    const text = article.text.slice(from, sentence.end).replace(/\s+/g, ' ');
    // told as still ahead, in the writer's words: "will", "due to", "said … would" outside quotes
    const ownWords = text.replace(QUOTED_PASSAGE, ' ');
    const aheadInWords = PLAN_CUE.test(ownWords) || /\bwould\b/i.test(ownWords);
    const seen = new Set<string>();
    for (const { m, r, verb } of kept) {
      const id = `${r.day}:${r.precision}`;
      if (seen.has(id)) continue;
      seen.add(id);
      // the compare stage's facts holding the date, and the mood of what is dated (by its rules); a
      // date whose period starts after the day of writing is still ahead
      const at = sentence.start + m.start;
      const facts = factsOf(article.id, at);
      const ahead = reference !== null && r.day > reference.day;
      // (never a date a phrase "since" opens: "closed since a fire in March")
      const toldPlanned = !sinceOpened(sentence, m) && moodAt(sentence.tokens, at, verb) === 'planned';
      // "will close after a vote on Sunday": the vote's weekday, counted ahead only for the plan's
      // tense, may be past or ahead: left undated; a full date is kept, planned only when ahead
      const anchor = (toldPlanned || ahead) && datesPlanAnchor(sentence.tokens, at, verb);
      if (anchor && r.relative) continue;
      // "was due to open on Friday but did not", "called off Tuesday's strike": a plan that fell
      // through is no plan
      const planned = !m.failed && !m.calledOff && (ahead || (toldPlanned && !anchor));
      const { predicate, later, said } = dateVerbAt(sentence.tokens, at, verb);
      out.push({
        day: r.day,
        precision: r.precision,
        inferred: r.relative,
        ...(r.relative ? { from: m.text } : {}),
        evidence: { articleId: article.id, span: { start: from, end: sentence.end } },
        text: clauseAround(article.text.slice(from, sentence.end), m.start + sentence.start - from) ?? text,
        words,
        order,
        future: m.future || aheadInWords,
        planned,
        ...(facts ? { facts } : {}),
        ...(counts ? { counts } : {}),
        ...(tallies ? { tallies } : {}),
        ...(predicate && later ? { predicate, participants, later } : {}),
        ...(said ? { said: true } : {}),
        ...(m.failed || m.calledOff || negatedVerb(sentence.tokens, verb.verb) ? { negated: true } : {}),
      });
    }
  });
  return out;
}

/** Most auxiliaries and adverbs looked through back from a verb to its negation ("had not yet voted"). */
const NEGATION_REACH = 3;
const BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);

// Whether the verb at `k` is negated: "not", "n't" or "never" among the auxiliaries and adverbs right
// before it ("did not vote", "has never met", "wasn't opened")
function negatedVerb(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - NEGATION_REACH; j--) {
    const t = tokens[j] as Token;
    if (NEGATION.has(t.norm)) return true;
    if (!BEFORE_VERB.has(t.pos)) return false;
  }
  return false;
}

// A number token as the timeline compares counts: a number in words as its digits ("six" → "6").
const numberOf = (t: Token): string => String(NUMBER_WORDS[t.norm] ?? t.norm);
