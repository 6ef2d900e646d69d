import { checkDeadline } from '../../model/deadline.ts';
import type { Conflict, Stage, StoryComparison, StoryExtraction, StoryInput } from '../../model/index.ts';
import { isoOf } from '../../text/dates/days.ts';
import { isOpinion } from '../../text/genre.ts';
import { articleQuoteRegions, reportedSpeech, wordedOccurrences } from '../../text/quotes/article-regions.ts';
import { sourceOf } from '../../text/source.ts';
import { alignClaims } from './align.ts';
import { buildClaims, type Claim } from './claims.ts';
import { storyCorrections } from './corrections.ts';
import type { ContestedTermEntry } from './data/contested-terms.ts';
import { markDisputes } from './disputes.ts';
import { markEndedEvents } from './ended-events.ts';
import { finishFacts, orderFacts } from './facts.ts';
import { frameStory, mergeTerms } from './framing/index.ts';
import { omissionsOf } from './omissions.ts';
import { outcomeConflict } from './outcome.ts';
import { markPlansBeforeEvent } from './plans-before.ts';
import { markOutcomesBeforeEvent } from './pre-event.ts';
import { quoteMatrix } from './quote-matrix.ts';
import { quoteSpeakers } from './quote-speakers.ts';
import { readQuoteWordings } from './quote-wordings.ts';
import { markQuotedFacts } from './quoted-facts.ts';
import { silentOnFigures } from './silent-measures.ts';
import { speakerConflicts } from './speakers.ts';
import { storyDifferences } from './story-differences.ts';
import { factConflicts, toldBy } from './support/conflicts.ts';
import { checkFacts } from './support/facts.ts';
import { shareReadings } from './support/index.ts';
import { storyDays } from './support/quoted-days.ts';
import { type Reading, readClaim } from './support/reading.ts';
import { markToldOtherwise, type ToldInstead } from './told-otherwise.ts';
import { markUpdatedValues } from './updated-marks.ts';
import type { OutletEntry } from './user-files.ts';

export type { ContestedTermEntry } from './data/contested-terms.ts';
export { corpusPrior } from './framing/index.ts';
export type { OutletEntry } from './user-files.ts';

/** Options of the compare stage. */
export interface CompareOptions {
  /** Contested terms added to (or replacing same-term entries of) the built-in lexicon. */
  readonly terms?: readonly ContestedTermEntry[];
  /** A user-supplied outlet table (name, domains, leaning, owner), shown beside the framing. */
  readonly outlets?: readonly OutletEntry[];
  /**
   * Term counts of the whole run's articles (see `corpusPrior`) for the framing's Dirichlet prior;
   * without it the prior comes from the story's own articles.
   */
  readonly prior?: ReadonlyMap<string, number>;
}

/**
 * Compare a story's coverage across outlets: align claims into facts with their independent
 * sources and status, find conflicts (figures, dates, speakers, outcomes), list each article's
 * omissions, build the quote matrix and measure framing.
 * @example
 * const comparison = compare()({ ...input, ...extraction }, ctx);
 * comparison.facts.filter((f) => f.status === 'consensus');
 */
export function compare(options: CompareOptions = {}): Stage<StoryInput & StoryExtraction, StoryComparison> {
  const terms = mergeTerms(options.terms);
  const outlets = options.outlets ?? [];
  return (input, ctx) => {
    const { story, articles } = input;
    const sources = sourceOf(articles);
    // an opinion piece gives its writer's view: none of its sentences is a reported fact, and it is
    // silent on none (no coverage mark, no omission); its quotes, corrections and framing are read
    const opinion = articles.some((a) => isOpinion(a.article));
    const news = opinion ? articles.filter((a) => !isOpinion(a.article)) : articles;
    const storySources = new Set(news.map((a) => sources.get(a.article.id))).size;
    if (articles.length > 0 && storySources < 2)
      ctx.issues.push({
        code: 'compare/single-source-story',
        severity: 'info',
        message: `story ${story.id} has one independent source: every fact is single-source, nothing to compare`,
      });
    // 1. quoted passages, so own voice and quotes can be told apart
    const worded = wordedOccurrences(input.quotes);
    const regions = new Map(articles.map((a) => [a.article.id, articleQuoteRegions(a.article, worded)]));
    // 2. claims, aligned across articles into candidate groups
    const claims = buildClaims(news, input, sources, regions);
    // a story past its time budget stops between steps (the pipeline reports it without the rest)
    checkDeadline(ctx, 'compare');
    const alignment = alignClaims(claims);
    checkDeadline(ctx, 'compare');
    // 3. support checked, not assumed: each group's claim judged against every other article's closest sentences
    // each article's stated date (given, or its dateline's; never inferred): relative dates in
    // claims resolve against it, and an article dated before an event is "published before"
    // (an "Update:" item's sentences from the item's own day, as the timeline reads them)
    const { publishedDay, writtenDay: dayAt, quotedBase } = storyDays(articles);
    const writtenDay = (c: Claim) => dayAt(c.articleId, c.sentence.start);
    const referenceIso = (c: Claim) => {
      const day = writtenDay(c);
      return day === null ? null : isoOf(day);
    };
    // a "tonight" inside quotation marks is the speaker's: counted from the day it was said (quotedBase)
    // claims are read for support only when judged (most are never compared with anything)
    // (at its full length: filled out of order, a growing array turns sparse, and slow to read)
    const read: (Reading | undefined)[] = new Array(claims.length);
    const readingOf = (i: number): Reading => {
      let r = read[i];
      if (!r) {
        const c = claims[i] as Claim;
        r = readClaim(c, referenceIso(c), quotedBase(c.articleId));
        read[i] = r;
      }
      return r;
    };
    // who a claim's words belong to: the named speaker of a quote (direct, partial or reported) inside it
    const speakers = quoteSpeakers(input.quotes);
    const speakerIn = (c: Claim, kinds: readonly string[]): string | null =>
      speakers(c.articleId, c.span.start, c.span.end, kinds);
    const speakerOf = (c: Claim) => speakerIn(c, ['direct', 'partial']);
    const attributionOf = (c: Claim) => speakerIn(c, ['direct', 'partial', 'indirect']);
    shareReadings(articles, claims, readingOf);
    // (a fact that is a speaker's quoted words is told by every article quoting them: quoted-facts.ts)
    const checked = orderFacts(
      markQuotedFacts(
        checkFacts(alignment.groups, {
          claims,
          readingOf,
          publishedDay,
          writtenDay,
          alignment,
          idf: alignment.idf,
          articles: news,
          speakerOf,
          attributionOf,
        }),
        claims,
        input.quotes,
      ),
    );
    checkDeadline(ctx, 'compare');
    // 4. conflicts: contradicted facts, speakers of one quote, outcomes of the event (which an
    // article written before the event cannot have told)
    const outcome = outcomeConflict(claims, (c) => readingOf(c.index).modality === 'happened');
    // an article that tells the event ended on its day tells it took place; one that announces it
    // for that day was written before it
    const ended = markEndedEvents(checked, claims, readingOf);
    const planned = markPlansBeforeEvent(ended, claims, readingOf);
    // a value an article's own update has since given anew is its earlier value, no agreement now
    const marked = markUpdatedValues(markOutcomesBeforeEvent(planned, outcome), news);
    const quoted = speakerConflicts(articles, sources, regions, input.quotes, input.entities);
    const found: Omit<Conflict, 'id'>[] = [
      ...factConflicts(marked).filter(
        (c) => !(outcome && c.kind === 'outcome') && !(c.kind === 'speaker' && toldBy(c, quoted)),
      ),
      ...quoted,
    ];
    const conflicts = found.map((c, i) => ({ id: `${story.id}-c${i + 1}`, ...c }));
    // (each quote's words and its speaker's remarks in other words, read once for the differences and the matrix)
    const wordings = readQuoteWordings(input.quotes);
    // differences to check, never ✗, and the updates of a measure told over time: story-differences.ts
    const differences = storyDifferences({
      storyId: story.id,
      claims,
      readingOf,
      news,
      sources,
      publishedDay,
      marked,
      found,
      outcome,
      quotes: input.quotes,
      wordings,
      figures: input.figures,
      speakerAt: (id, start, end) => speakers(id, start, end, ['direct', 'partial', 'indirect']),
    });
    // facts with status and every article's mark, then what each article leaves out
    // (an article's ✓ told as someone's claim says whose; a claim told disputed is no consensus)
    const facts = markDisputes(finishFacts(marked, storySources, story.id, input), marked, {
      articles: news,
      attributionOf,
      speakerAt: (id, start, end) => speakers(id, start, end, ['direct', 'partial', 'indirect']),
    });
    // (an article told a fact otherwise is no omission, and no "does not state it": told-otherwise.ts)
    const instead: ToldInstead = new Map();
    const omissions = omissionsOf(
      facts,
      marked,
      claims,
      alignment,
      news,
      sources,
      readingOf,
      (f, a, how, claim) => instead.set(f, (instead.get(f) ?? new Map()).set(a, { how, claim })),
      input.figures,
    );
    // (an article that gives none of the values of a figure other outlets tell leaves it out: silent-measures.ts)
    silentOnFigures(differences, claims, news, sources, omissions);
    checkDeadline(ctx, 'compare');
    // 5. what each outlet corrected in its own article, who carried which quote, and how each frames the story
    const shown = markToldOtherwise(facts, instead, differences, claims);
    return {
      facts: shown,
      conflicts,
      differences,
      omissions,
      corrections: storyCorrections(articles, { facts: shown, figures: input.figures }),
      // (who paraphrases a quote in their own words: every article's, the opinion pieces' too)
      quoteMatrix: quoteMatrix(
        input.quotes,
        articles,
        opinion ? buildClaims(articles, input, sources, regions) : claims,
        alignment.idf,
        regions,
        wordings,
      ),
      framing: articles.length
        ? frameStory(
            articles,
            sources,
            regions,
            terms,
            outlets,
            options.prior,
            reportedSpeech(input.quotes),
            input.quotes,
          )
        : null,
    };
  };
}
