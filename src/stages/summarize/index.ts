import { checkDeadline } from '../../model/deadline.ts';
import type {
  Evidence,
  Stage,
  StoryComparison,
  StoryExtraction,
  StoryInput,
  StorySummary,
} from '../../model/index.ts';
import { sourceOf } from '../../text/source.ts';
import { inverseFrequencies, tfidf, type Vector } from '../../text/vectors.ts';
import { readSentences } from '../compare/support/index.ts';
import { toldAhead } from './ahead.ts';
import { besideWords, tellBeside } from './beside.ts';
import { buildCandidates, titleStems } from './candidates.ts';
import { voicedAt } from './claim-voice.ts';
import { clauseTwins } from './clauses.ts';
import { disputedValues } from './disputed-figures.ts';
import { toldElsewhere } from './elsewhere.ts';
import { chooseHeadline } from './headline.ts';
import { disputedCauses, disputedTimes } from './headline-disputed.ts';
import { judgedOnce } from './judged.ts';
import { tellable } from './left-out.ts';
import { type ContestedTerm, DEFAULT_CONTESTED_TERMS, storyTerms } from './lexicon.ts';
import { nearSentences, rankedNear } from './near.ts';
import { toldOnce } from './once.ts';
import { withOwnTails } from './own-tail.ts';
import {
  DEFAULT_WORDS,
  MAX_POINTS,
  MMR_LAMBDA,
  POINT_NEAR_SIMILARITY,
  SAME_EVENT_REASONS,
  SUPPORT_SIMILARITY,
} from './patterns.ts';
import { pendingOf } from './pending.ts';
import { pointsFromComparison, pointsFromSupport } from './points.ts';
import { selectLazily } from './select.ts';
import { senseCheck } from './senses.ts';
import { sharedWords } from './shared.ts';
import { supersededOf } from './superseded.ts';
import { supportFinder } from './support.ts';
import { contestedMatcher } from './text.ts';
import { toldOrder } from './told-order.ts';
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
    const totalSources = new Set(sources.values()).size;
    const shared = sharedWords(candidates, totalSources);
    checkDeadline(ctx, 'summarize');
    // 4. how each sentence tells its event; a plan another article tells as done, a value told anew
    // since, a plan its event has overtaken are left out
    const { tellings, superseded, overtaken: overtakenSet } = supersededOf(candidates, input, near, judged);
    checkDeadline(ctx, 'summarize');
    // 5. score the eligible ones (if none is, those whose only fault is a contested term), pick by
    // MMR within the budget, what happened first
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
    // a side of a dispute, or of a difference to check, is not told as fact, unless nothing else can
    // be told; a figure's side only as its outlets' with the other values beside it, a disputed claim
    // only as someone's with its dispute after it
    const {
      left: leftOut,
      usable,
      figured,
      disputed,
      tallies,
      cuts,
    } = tellable(candidates, input, superseded, tellsLikewise, overtakenSet);
    const beside = {
      articles: input.articles,
      entities: input.entities,
      sources,
      figures: figured,
      disputed,
      supports: checked,
      // (and without its outlet's own reading of the event closing it: own-tail.ts)
      cuts: withOwnTails(candidates, cuts),
    };
    // what is told beside a sentence costs its words too
    const extra = besideWords(beside);
    const pending = pendingOf(
      candidates
        .filter((c) => usable(c) && !leftOut.has(c.index))
        .map((c) => {
          const more = extra(c);
          return more ? { ...c, words: c.words + more } : c;
        }),
      { vectors, centroid, titles, totalSources, shared, tellings, supports },
    );
    // one event, quotation, trip or figure difference told once, nor what the chosen ones tell
    // together; the other wordings left out, by the chosen sentence they tell again (the headline
    // weighs them)
    const { same, alike, again, wordings } = toldOnce({
      figures: input.figures,
      quotes: input.quotes,
      judged,
      figured,
      tellings,
      tellsLikewise,
      idf,
      vectors,
    });
    const ahead = toldAhead(candidates, tellings);
    // a sentence more outlets stand behind in other words, or by its main clause alone, is told so
    const selected = selectLazily(pending, budget, lambda, same, again, ahead);
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
    // told in reading order (a follow-up's newest state first, an event before a reaction to it),
    // period by period where there are more
    const chosen = toldOrder(
      preferSupportedTwins(selected, {
        near,
        pending: new Map(pending.map((p) => [p.candidate.index, p])),
        budget,
        alternatives: (s) => clauses(s, taken),
        same: alike,
      }),
      { figured, read: judged.read, articles: input.articles, ahead },
    );
    // each told without its asides, with what must be told beside it
    const tell = tellBeside(beside);
    const told = chosen.map(({ candidate, support }) => tell(candidate, support));
    const summary = told.flat();
    // 6. the headline, and the points only some sources make
    const sides = [...input.conflicts, ...(input.differences ?? [])];
    const headline = chooseHeadline({
      articles: input.articles,
      facts: input.facts,
      // (a sentence told only with another beside it is no headline alone)
      summary: told.map((s) => (s.length === 1 ? (s[0]?.text ?? '') : '')),
      summaryStems: chosen.map((s) => [
        ...s.candidate.stems,
        ...(wordings.get(s.candidate.index) ?? []).flatMap((c) => c.stems),
      ]),
      findContested,
      inSense,
      disputed: {
        values: new Set([...disputedValues(sides, input.figures, overtakenSet), ...overtakenSet]),
        tallies,
        times: disputedTimes(sides, input.articles),
        causes: disputedCauses(sides, input.articles),
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
