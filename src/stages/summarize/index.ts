import { checkDeadline } from '../../model/deadline.ts';
import type {
  Evidence,
  Stage,
  StoryComparison,
  StoryExtraction,
  StoryInput,
  StorySummary,
} from '../../model/index.ts';
import { curledDoubles } from '../../text/quotes/marks.ts';
import { oncePerSource, sourceOf } from '../../text/source.ts';
import { inverseFrequencies, tfidf, type Vector } from '../../text/vectors.ts';
import { readSentences } from '../compare/support/index.ts';
import { participantShare } from '../compare/support/relations.ts';
import { buildCandidates, type Candidate, titleStems } from './candidates.ts';
import { voicedAt } from './claim-voice.ts';
import { clauseTwins } from './clauses.ts';
import { toldText } from './compress.ts';
import { disputedClaims } from './disputed-claims.ts';
import { disputedFigures, disputedValues } from './disputed-figures.ts';
import { disputedTallies } from './disputed-tallies.ts';
import { toldElsewhere } from './elsewhere.ts';
import { chooseHeadline } from './headline.ts';
import { disputedTimes } from './headline-disputed.ts';
import { judgedOnce } from './judged.ts';
import { type ContestedTerm, DEFAULT_CONTESTED_TERMS, storyTerms } from './lexicon.ts';
import { candidateTellings, disputedSides, supersededPlans } from './modality.ts';
import { nearSentences, rankedNear } from './near.ts';
import {
  DEFAULT_WORDS,
  MAX_POINTS,
  MMR_LAMBDA,
  POINT_NEAR_SIMILARITY,
  SAME_EVENT_REASONS,
  SUPPORT_SIMILARITY,
} from './patterns.ts';
import { pendingOf } from './pending.ts';
import { toldInPeriods } from './periods.ts';
import { pointsFromComparison, pointsFromSupport } from './points.ts';
import { readingOrder, selectLazily } from './select.ts';
import { senseCheck } from './senses.ts';
import { sharedWords } from './shared.ts';
import { supportFinder } from './support.ts';
import { contestedMatcher, sameQuotation } from './text.ts';
import { toldAgain } from './told.ts';
import { sameTrip } from './trips.ts';
import { preferSupportedTwins } from './twins.ts';

/** Options of the summarize stage. */
export type SummarizeOptions = {
  /** Length budget of the summary in words (default 120). */
  readonly words?: number;
  /** Contested terms to keep out of the summary's own voice (default: the compare stage's lexicon). */
  readonly contestedTerms?: readonly ContestedTerm[];
  /** MMR trade-off between worth and novelty (default 0.7). */
  readonly lambda?: number;
  /** Cosine similarity from which another article's sentence supports a sentence (default 0.3). */
  readonly supportSimilarity?: number;
};

/**
 * Write a story's neutral, cited summary: extractive sentences chosen for the best-supported facts
 * (consensus first) by maximal marginal relevance within a word budget, each citing every article that
 * supports it; a neutral headline; and the single-source and disputed points with their outlets.
 * @example
 * const { headline, summary, points } = summarize({ words: 80 })(story, ctx);
 */
export function summarize(
  options: SummarizeOptions = {},
): Stage<StoryInput & StoryExtraction & StoryComparison, StorySummary> {
  const budget = options.words ?? DEFAULT_WORDS;
  const lambda = options.lambda ?? MMR_LAMBDA;
  const threshold = options.supportSimilarity ?? SUPPORT_SIMILARITY;
  const terms = options.contestedTerms ?? DEFAULT_CONTESTED_TERMS;
  const baseMatcher = contestedMatcher(terms);
  const baseSenses = senseCheck(terms);
  return (input, ctx) => {
    const ownTerms = storyTerms(terms, input.framing);
    const findContested = ownTerms === terms ? baseMatcher : contestedMatcher(ownTerms);
    // a term with a plain sense too counts only in its contested one, as the compare stage counts it
    const inSense = ownTerms === terms ? baseSenses : senseCheck(ownTerms);
    // 1. every sentence with its features; 2. TF-IDF vectors over the story's sentences
    const candidates = buildCandidates(input.articles, { entities: input.entities, findContested, inSense });
    if (!candidates.length) return { headline: null, summary: [], points: [] };
    const idf = inverseFrequencies(candidates.map((c) => c.stems));
    const vectors: Vector[] = candidates.map((c) => tfidf(c.stems, idf));
    const centroid = tfidf(
      candidates.flatMap((c) => c.stems),
      idf,
    );
    // the outlets' own titles (not inferred ones), as one bag
    const titles = tfidf(input.articles.flatMap(titleStems), idf);
    // a story past its time budget stops between steps (the pipeline reports it without the rest)
    checkDeadline(ctx, 'summarize');
    // 3. who supports each sentence (facts, else lexical matches across articles), asked for only
    // of the sentences that may be chosen
    const sources = sourceOf(input.articles);
    // one judgement per (claim, evidence) pair, whichever step asks for it
    const judged = judgedOnce(input);
    const checked = judged.supports;
    // the sentences of other articles alike to each one, worked out when first asked for
    const near = nearSentences(candidates, vectors, threshold);
    // a sentence in the outlet's own voice is not cited to one reporting someone's claim of it
    const voiced = voicedAt(candidates, input.quotes);
    const supports = supportFinder(candidates, near, input.facts, sources, checked, voiced);
    const order = new Map(input.articles.map((d, i) => [d.article.id, i]));
    const totalSources = new Set(sources.values()).size;
    const shared = sharedWords(candidates, totalSources);
    checkDeadline(ctx, 'summarize');
    // 4. how each sentence tells its event; a plan another article tells as done is left out
    const tellings = candidateTellings(candidates, input.articles);
    const superseded = supersededPlans({
      candidates,
      near,
      tellings,
      facts: input.facts,
      plannedVsDone: (claim, evidence) => judged(claim, evidence).verdict === 'planned-vs-happened',
      namesEveryone: (claim, evidence) => {
        const [a, b] = [judged.read(claim), judged.read(evidence)];
        if (!a || !b || participantShare(a, b) < 1) return false;
        return a.names.filter((n) => b.claim.terms.has(n)).length >= 2;
      },
    });
    checkDeadline(ctx, 'summarize');
    // 5. score the eligible ones (if none is, those whose only fault is a contested term), pick by
    // MMR within the budget, what happened first
    // a side of a dispute, or of a difference to check, is not told as fact (the disputed points
    // and the report's differences show every side), unless nothing else can be told
    // the same event in two outlets' words is told once (each way round: one may hold more details);
    // told with another day or value it is told once too, the best supported way (the disputed points
    // show both)
    const tellsLikewise = (a: Evidence, b: Evidence) => {
      const { verdict, reason } = judged(a, b);
      return (
        verdict === 'supports' ||
        verdict === 'contradicts' ||
        verdict === 'differs' ||
        SAME_EVENT_REASONS.has(reason)
      );
    };
    const sides = [...input.conflicts, ...(input.differences ?? [])];
    const left = disputedSides(candidates, sides, superseded);
    // nor is a side's value told by another sentence of the same event
    for (const i of disputedFigures(candidates, sides, input.figures, tellsLikewise)) left.add(i);
    // nor a count of a vote another source gives otherwise, a difference to check or not
    const tallies = disputedTallies(candidates);
    for (const i of tallies.candidates) left.add(i);
    // nor a claim an article tells disputed, nor its dispute alone (compare/disputes.ts)
    for (const i of disputedClaims(candidates, input.facts)) left.add(i);
    const leftOut = candidates.some((c) => c.fallback && !left.has(c.index)) ? left : superseded;
    const usable = candidates.some((c) => c.eligible && !leftOut.has(c.index))
      ? (c: Candidate) => c.eligible
      : (c: Candidate) => c.fallback;
    const pending = pendingOf(
      candidates.filter((c) => usable(c) && !leftOut.has(c.index)),
      { vectors, centroid, titles, totalSources, shared, tellings, supports },
    );
    // the other wordings left out, by the chosen sentence they tell again (the headline weighs them)
    const wordings = new Map<number, Candidate[]>();
    const same = (a: Candidate, b: Candidate) => {
      // one quotation given to two speakers is told once too (the disputed points say who said it)
      // and one trip told by whoever went and by whoever sent them (the same destination and days)
      if (
        !sameQuotation(a.text, b.text) &&
        !sameTrip(a, b, tellings) &&
        !tellsLikewise(a.evidence, b.evidence) &&
        !tellsLikewise(b.evidence, a.evidence)
      )
        return false;
      wordings.set(a.index, [...(wordings.get(a.index) ?? []), b]);
      return true;
    };
    // nor what the chosen ones tell together (a wording of the one closest to it)
    const repeats = toldAgain(idf, vectors);
    const again = (chosen: readonly Candidate[], c: Candidate) => {
      const twin = repeats(chosen, c);
      if (twin) wordings.set(twin.index, [...(wordings.get(twin.index) ?? []), c]);
      return twin !== null;
    };
    // a sentence more outlets stand behind in other words, or by its main clause alone, is told so
    const selected = selectLazily(pending, budget, lambda, same, again);
    const taken = new Set(selected.map((s) => s.candidate.index));
    const clauses = clauseTwins({
      ...input,
      findContested,
      near,
      idf,
      sourceOf: sources,
      supports: checked,
      voiced,
    });
    // told in reading order, period by period when the story runs over more than one
    const chosen = toldInPeriods(
      readingOrder(
        preferSupportedTwins(selected, {
          near,
          pending: new Map(pending.map((p) => [p.candidate.index, p])),
          budget,
          alternatives: (s) => clauses(s, taken),
        }),
      ),
      input.articles,
    );
    // each told without its asides (its evidence stays the sentence as written)
    const docs = new Map(input.articles.map((d) => [d.article.id, d]));
    const summary = chosen.map(({ candidate, support }) => {
      const [own, ...others] = support.citations;
      const rest = others.sort((a, b) => (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0));
      const doc = docs.get(candidate.articleId);
      return {
        // its straight quotes curled as the other sentences' (a text file's beside a web page's)
        text: curledDoubles(
          doc ? toldText(candidate, doc, input.entities) : (candidate.standalone?.text ?? candidate.text),
        ),
        // a syndicated copy and its original are one source, cited once
        citations: oncePerSource(own ? [own, ...rest] : rest, sources),
        factIds: [...support.factIds],
      };
    });
    // 6. the headline, and the points only some sources make
    const headline = chooseHeadline({
      articles: input.articles,
      facts: input.facts,
      summary: summary.map((s) => s.text),
      summaryStems: chosen.map((s) => [
        ...s.candidate.stems,
        ...(wordings.get(s.candidate.index) ?? []).flatMap((c) => c.stems),
      ]),
      findContested,
      inSense,
      disputed: {
        values: disputedValues(sides, input.figures),
        tallies: tallies.tallies,
        times: disputedTimes(sides, input.articles),
      },
    });
    const elsewhere = () =>
      toldElsewhere({
        candidates,
        near: rankedNear(candidates, vectors, POINT_NEAR_SIMILARITY),
        sources,
        judge: judged,
        read: judged.read,
        idf: readSentences(input).idf,
        figures: input.figures,
        articles: input.articles,
        entities: input.entities,
        quotes: input.quotes,
      });
    const points =
      input.facts.length || input.conflicts.length
        ? pointsFromComparison(input.facts, input.conflicts, MAX_POINTS, elsewhere(), input.differences)
        : pointsFromSupport(candidates, supports.of, MAX_POINTS);
    return { headline, summary, points };
  };
}
