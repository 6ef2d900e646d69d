import type {
  Fact,
  SegmentedArticle,
  Stage,
  StoryExtraction,
  StoryInput,
  StoryTimeline,
} from '../../model/index.ts';
import { articleDateline } from '../../text/dateline.ts';
import { isoOf } from '../../text/dates/days.ts';
import { type DateMention, findDateMentions } from '../../text/dates/mentions.ts';
import { reportWeekday, saidBeforeOf } from '../../text/dates/quoted-day.ts';
import { markDisputedEvents } from './disputed.ts';
import { type DatedSentence, datedSentences } from './events.ts';
import { mergeEvents, type Supports, sameDateGroups } from './merge.ts';
import {
  ATTRIBUTIVE_BEFORE,
  LEDE_SENTENCES,
  MAX_SAME_DATE_COMPARED,
  PLAN_CUE,
  QUOTED_PASSAGE,
  REFERENCE_SLACK_DAYS,
  RELATIVE_BEFORE,
  SAME_EVENT_OVERLAP,
  SAME_EVENT_SHARED,
  STORY_SPREAD_DAYS,
} from './patterns.ts';
import { fromDayOfWriting } from './pins.ts';
import { ledeWeekday, plansOf } from './plans.ts';
import { inferReferences, type Reference } from './reference.ts';
import { sentenceDates, toldAsDone } from './sentence-dates.ts';
import { withSpeakers } from './speakers.ts';
import { factsAt } from './told.ts';
import { sentenceWords } from './words.ts';
import { fullDaysOf } from './years.ts';

/** Options of the timeline stage. */
export type TimelineOptions = {
  /** How many days past its lower bound an undated article's reference may move (default 10). */
  readonly slackDays?: number;
};

// The date of a dateline opening the article's first paragraph, and where it is in the text.
function datelineOf(doc: SegmentedArticle): { mention: DateMention; at: number } | null {
  const date = articleDateline(doc)?.date;
  const mention = date ? findDateMentions(date.text).find((d) => d.value.kind === 'day') : undefined;
  return date && mention ? { mention, at: date.start + mention.start } : null;
}

/** What reading a story's dates found: each sentence's date expressions and each article's reference date. */
export interface StoryDates {
  /** Per article, per sentence: its date expressions (a dateline's date left out). */
  readonly mentions: readonly (readonly DateMention[][])[];
  readonly references: ReadonlyMap<string, Reference | null>;
}

// Keyed by the story's article list (the same array every stage's input carries), so the compare and
// timeline stages read a story's dates once.
const STORY_DATES = new WeakMap<object, { slack: number; dates: StoryDates }>();

/**
 * Read a story's dates: the date expressions of every sentence, and each article's reference date
 * (its publication date, else its dateline's, else inferred from the dates the story states).
 */
export function readStoryDates(
  articles: readonly SegmentedArticle[],
  slack = REFERENCE_SLACK_DAYS,
): StoryDates {
  const cached = STORY_DATES.get(articles);
  if (cached && cached.slack === slack) return cached.dates;
  const datelines = articles.map(datelineOf);
  // a dateline's date is when the article was filed, not an event of the story
  const mentions = articles.map((doc, i) =>
    doc.sentences.map((s) => {
      const text = doc.article.text.slice(s.start, s.end);
      const found = findDateMentions(text, [0]).filter((m) => s.start + m.start !== datelines[i]?.at);
      return sentenceDates(s, text, found);
    }),
  );
  const placed = articles.map((doc, i) => {
    // the lede: the first sentences outside headings (a title, a section label); one that tells
    // something as still ahead in the writer's words ("will host the show on February 22") reports no
    // news of its day
    let body = 0;
    return doc.sentences.flatMap((s, k) => {
      const opening = doc.article.paragraphs[s.paragraph]?.kind !== 'heading' && body++ < LEDE_SENTENCES;
      const found = mentions[i]?.[k] ?? [];
      if (!found.length) return [];
      const text = doc.article.text.slice(s.start, s.end);
      const plan = PLAN_CUE.test(text.replace(QUOTED_PASSAGE, ' '));
      const lede = opening && !plan;
      // the day a plan was told ("… will cut sailings from January 5, it said on Wednesday") is no
      // day the plan's event was done
      const saidOn = plan ? reportWeekday(text, found) : null;
      const words = sentenceWords(s, found);
      return found.map((m) => {
        const before = doc.article.text.slice(s.start, s.start + m.start);
        return {
          ...m,
          words,
          ...(toldAsDone(s, m) ? {} : { notDone: true }),
          ...(m === saidOn ? { planToldOn: true } : {}),
          ...(ATTRIBUTIVE_BEFORE.test(before) ? { attributive: true } : {}),
          ...(RELATIVE_BEFORE.test(before) ? { background: true } : {}),
          ...(lede ? { lede: true } : {}),
        };
      });
    });
  });
  const references = inferReferences(
    articles.map((doc, i) => ({
      id: doc.article.id,
      publishedAt: doc.article.publishedAt,
      mentions: placed[i] ?? [],
      dateline: datelines[i]?.mention ?? null,
      plans: plansOf(doc, mentions[i] ?? []),
      lede: ledeWeekday(doc, mentions[i]?.[0] ?? []),
    })),
    {
      slackDays: slack,
      storySpreadDays: STORY_SPREAD_DAYS,
      minOverlap: SAME_EVENT_OVERLAP,
      minShared: SAME_EVENT_SHARED,
    },
  );
  const dates = { mentions, references };
  STORY_DATES.set(articles, { slack, dates });
  return dates;
}

/**
 * Build a story's dated timeline: find date expressions in every sentence, resolve them against each
 * article's publication date (inferred from the dates the story states when missing, and then marked
 * inferred), and merge the same event told by several articles into one event citing all of them.
 * @example
 * const { timeline: events } = timeline()({ story, articles, entities, quotes, figures }, ctx);
 */
export function timeline(
  options: TimelineOptions = {},
): Stage<
  StoryInput & StoryExtraction & { readonly facts?: readonly Fact[]; readonly supports?: Supports },
  StoryTimeline
> {
  const slack = options.slackDays ?? REFERENCE_SLACK_DAYS;
  return (input, ctx) => {
    // 1. date expressions per sentence; 2. a reference date per article (given, dateline, inferred)
    const { mentions, references } = readStoryDates(input.articles, slack);
    // 3. dated sentences, then events merged across articles
    // the compare stage's facts, when given: which dated words it told as one fact, and as planned
    const factsOf = factsAt(input.facts ?? []);
    const dated: DatedSentence[] = [];
    // the days of writing of the story's dated articles (a publication date, a dateline)
    // and the days the story states with their year: what backs the year of a day without one
    const knownDays = [...references.values()].flatMap((r) => (r && r.source !== 'stated' ? [r.day] : []));
    const years = { knownDays, fullDays: fullDaysOf(mentions) };
    // a quotation's "today" is of its article's day, unless the article tells a saying of an earlier
    // day or an article of an earlier day carries the words
    const saidBefore = saidBeforeOf(input.articles, mentions, (id) => references.get(id)?.day ?? null);
    input.articles.forEach((doc, i) => {
      const reference = references.get(doc.article.id) ?? null;
      const perSentence = mentions[i] ?? [];
      if (!reference && perSentence.some((m) => m.length)) {
        ctx.issues.push({
          code: 'timeline/no-reference-date',
          severity: 'info',
          articleId: doc.article.id,
          message:
            'no publication date, and no stated day of its own or of a story told within one week: relative dates left unresolved',
        });
      }
      if (
        reference?.source === 'stated' &&
        !reference.backed &&
        perSentence.some((m) => m.some(fromDayOfWriting))
      ) {
        ctx.issues.push({
          code: 'timeline/guessed-reference',
          severity: 'info',
          articleId: doc.article.id,
          message: `no publication date, and the day of writing guessed for it (${isoOf(reference.day)}) is borne out neither by its lede nor by another article telling the same event, or is before a date it tells as done: relative dates such as "on Friday" or "last month" left unresolved`,
        });
      }
      const mentionsOf = (k: number) => perSentence[k] ?? [];
      for (const event of datedSentences(doc, i, mentionsOf, reference, factsOf, years, saidBefore(doc)))
        dated.push(event);
    });
    let largest = 0;
    for (const group of sameDateGroups(dated).values()) largest = Math.max(largest, group.length);
    if (largest > MAX_SAME_DATE_COMPARED)
      ctx.issues.push({
        code: 'timeline/same-date-capped',
        severity: 'info',
        message: `story ${input.story.id}: ${largest} sentences on one date; each was compared with the ${MAX_SAME_DATE_COMPARED} before it only`,
      });
    // 4. an event told by a sentence of a disputed fact is marked disputed (disputed.ts)
    // another article's sentence of another verb is cited for a row only where it states its lead
    const events = mergeEvents(
      withSpeakers(dated, input.quotes),
      SAME_EVENT_OVERLAP,
      SAME_EVENT_SHARED,
      MAX_SAME_DATE_COMPARED,
      input.supports,
    );
    return { timeline: markDisputedEvents(events, input.facts ?? []) };
  };
}
