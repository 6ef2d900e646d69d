import { cosine, type Vector } from '../../text/vectors.ts';
import type { Modality } from '../compare/support/index.ts';
import type { Candidate } from './candidates.ts';
import { LONG_SENTENCE_WORDS, MAX_WORDS, UNATTRIBUTED_QUOTE_SHARE, WEIGHTS } from './patterns.ts';
import type { Support } from './support.ts';

/** What selection weighs for each candidate. */
export interface Scored {
  readonly candidate: Candidate;
  readonly support: Support;
  readonly vector: Vector;
  readonly modality: Modality;
  /** True when no word of it speaks of the future or of a possibility ("would", "could" …). */
  readonly plain: boolean;
  readonly relevance: number;
}

/** What a sentence's worth is weighed from, besides the candidate and its support. */
export interface Standing {
  /** Cosine similarity to the story's centroid. */
  readonly centrality: number;
  /** Cosine similarity to the articles' own titles. */
  readonly titles: number;
  /** Independent sources in the story. */
  readonly totalSources: number;
  /**
   * Its words the other sources use too: over its distinct content stems, the share of the story's
   * other independent sources that use each (a word every outlet writes counts 1).
   */
  readonly shared: number;
  readonly modality: Modality;
}

/**
 * A sentence's worth for the summary: the share of the story's independent sources that support it,
 * the status of the facts it states, how central it is to the story and how close to the outlets'
 * titles, how many of its words the other outlets use too, how early it comes, whether it is attributed; less for opinion words, quotation, repairs,
 * contested terms and length, and for telling a plan or a possibility instead of what happened.
 */
export function relevance(
  candidate: Candidate,
  support: { readonly sources: { readonly size: number }; readonly factWeight: number },
  standing: Standing,
): number {
  const { totalSources, modality } = standing;
  const share = totalSources > 1 ? (support.sources.size - 1) / (totalSources - 1) : 0;
  return (
    WEIGHTS.support * share +
    WEIGHTS.fact * support.factWeight +
    WEIGHTS.centrality * standing.centrality +
    WEIGHTS.title * standing.titles +
    WEIGHTS.shared * standing.shared +
    WEIGHTS.position * (1 - candidate.lead) +
    WEIGHTS.attributed * (candidate.attributed ? 1 : 0) -
    WEIGHTS.opinion * Math.min(candidate.opinion, 2) -
    WEIGHTS.quote * candidate.quoteShare -
    WEIGHTS.repaired * (candidate.standalone?.repaired ? 1 : 0) -
    WEIGHTS.contested * candidate.contested.length -
    (modality === 'happened' ? 0 : WEIGHTS[modality]) -
    (WEIGHTS.length * Math.max(0, candidate.words - LONG_SENTENCE_WORDS)) / (MAX_WORDS - LONG_SENTENCE_WORDS)
  );
}

// What a sentence tells: its facts, or without facts the spans it is supported by.
const units = (s: Scored): readonly string[] =>
  s.support.factIds.length
    ? s.support.factIds
    : s.support.citations.map((e) => `${e.articleId}:${e.span.start}:${e.span.end}`);

// Share of a sentence's units that sentences already chosen tell: a fact told twice is no news.
function covered(ids: readonly string[], told: ReadonlySet<string>): number {
  if (!ids.length || !told.size) return 0;
  let n = 0;
  for (const id of ids) if (told.has(id)) n++;
  return n / ids.length;
}

/**
 * A candidate for selection whose support (what costs most: judging other articles' sentences) is
 * worked out only when it may be the best: until then its relevance is known from above.
 */
export interface Pending {
  readonly candidate: Candidate;
  readonly vector: Vector;
  readonly modality: Modality;
  /** Its facts' ids when it states some (its units without its support), else null. */
  readonly factIds: readonly string[] | null;
  /** A relevance its resolved form cannot exceed, known at once. */
  readonly ceiling: number;
  /** A closer such bound (no more than `ceiling`), worked out on asking. */
  bound(): number;
  /** The candidate with its support and relevance. */
  resolve(): Scored;
}

type Opening = {
  readonly modality: Modality;
  readonly candidate: Pick<Candidate, 'quoteShare' | 'lead' | 'attributed'>;
};
// A sentence that may be chosen first: one that tells what happened, best in the outlet's own voice
// (the event, not a quotation about it); an article's first sentence so told (its lede) weighs
// `WEIGHTS.lede` more for it, over a later sentence that may tell a detail of the event and otherwise
// wins or loses by a shared word or two.
const happened = (s: Opening): boolean => s.modality === 'happened';
/** Whether a sentence may open a summary: it tells what happened, mostly in the outlet's own voice. */
export const leads = (s: Opening): boolean =>
  happened(s) && s.candidate.quoteShare < UNATTRIBUTED_QUOTE_SHARE;
/** Whether a sentence that may open a summary is its article's first (its lede). */
export const lede = (s: Opening): boolean => leads(s) && s.candidate.lead === 0;
// An article's first sentence, however it tells its event.
const ledeOf = (s: Opening): boolean => s.candidate.lead === 0;
// An article's first sentence that tells what happened in the outlet's own voice: no speaker's words
// ("said", "according to") and no quotation.
const ownLede = (s: Opening): boolean => lede(s) && !s.candidate.attributed && s.candidate.quoteShare === 0;
/**
 * Whether a sentence may open a summary of a story an article's lede tells in its own voice (`ownLede`):
 * that lede, or another sentence told as happened, but no later sentence giving a speaker's words (a
 * "said" or a quotation: "The opposition leader called the law “cruel and unworkable”" after the vote
 * the ledes tell): a reaction is no opening of what happened, however many outlets report it. A
 * speaker's words that an article leads with (the story is what was said) still may.
 */
const leadsOwnVoice = (s: Opening): boolean =>
  leads(s) && (ledeOf(s) || (!s.candidate.attributed && s.candidate.quoteShare === 0));

// Rounding room when a bound rules a candidate out: a bound within it is looked at anyway.
const SLACK = 1e-9;

/**
 * Whether two sentences tell the same event (one as the other, or with fewer details): a summary
 * tells it once.
 */
export type SameEvent = (a: Candidate, b: Candidate) => boolean;

/** Whether a sentence tells nothing the sentences already chosen do not (told.ts): it is left out. */
export type ToldAgain = (chosen: readonly Candidate[], c: Candidate) => boolean;

/**
 * Maximal marginal relevance within a word budget: repeatedly take the candidate with the best
 * `lambda * relevance * (share of its facts not yet told) - (1 - lambda) * (similarity to the
 * closest one already taken)` that still fits;
 * one that does not fit is passed over for shorter ones, and one that tells the same event as one
 * already taken (`same`) is left out. Takes at least one sentence; the first one tells what happened
 * in the outlet's own voice whenever some candidate does (an article's first sentence weighing
 * `WEIGHTS.lede` more), else what happened whenever some does.
 */
export function selectMmr(
  scored: readonly Scored[],
  budget: number,
  lambda: number,
  same?: SameEvent,
): Scored[] {
  return selectLazily(
    scored.map((s) => ({
      candidate: s.candidate,
      vector: s.vector,
      modality: s.modality,
      factIds: null,
      ceiling: s.relevance,
      bound: () => s.relevance,
      resolve: () => s,
    })),
    budget,
    lambda,
    same,
  );
}

/**
 * `selectMmr` over candidates resolved only when they may win a round: each round ranks them by the
 * most their score can be and resolves them best first until no one left can beat the best found
 * (ties going, as in `selectMmr`, to the earlier candidate), so the choice is the same as resolving
 * them all; a candidate that tells nothing the ones taken do not, together (`again`), is left out.
 */
export function selectLazily(
  items: readonly Pending[],
  budget: number,
  lambda: number,
  same?: SameEvent,
  again?: ToldAgain,
  ahead = false,
): Scored[] {
  const chosen: Scored[] = [];
  const told = new Set<string>();
  const resolved = new Map<Pending, { scored: Scored; units: readonly string[] }>();
  const resolve = (p: Pending) => {
    let known = resolved.get(p);
    if (!known) {
      const scored = p.resolve();
      known = { scored, units: units(scored) };
      resolved.set(p, known);
    }
    return known;
  };
  // the most a score can be with a relevance of at most `relevance`
  const most = (p: Pending, relevance: number, redundancy: number) =>
    (p.factIds ? lambda * relevance * (1 - covered(p.factIds, told)) : lambda * Math.max(relevance, 0)) -
    (1 - lambda) * redundancy;
  const place = new Map(items.map((p, i) => [p, i]));
  // the closest chosen sentence to each candidate, updated as sentences are chosen
  const closest = new Map(items.map((p) => [p, 0]));
  let words = 0;
  // the first sentence chosen tells what happened, when a sentence does; in a story told only ahead
  // of its event (`toldAhead`: every lede a plan), a lede
  const opening =
    ahead && items.some(ledeOf)
      ? ledeOf
      : items.some(ownLede)
        ? leadsOwnVoice
        : items.some(leads)
          ? leads
          : items.some(happened)
            ? happened
            : () => true;
  // and an article's first sentence (its lede: the event) weighs more for it than a later one
  const extra = (p: Pending) => (!chosen.length && lede(p) ? lambda * WEIGHTS.lede : 0);
  while (closest.size) {
    const open: { p: Pending; redundancy: number; most: number; at: number }[] = [];
    for (const [p, redundancy] of closest) {
      if (chosen.length ? words + p.candidate.words > budget : !opening(p)) continue;
      open.push({
        p,
        redundancy,
        most: most(p, p.ceiling, redundancy) + extra(p),
        at: place.get(p) as number,
      });
    }
    open.sort((a, b) => b.most - a.most || a.at - b.at);
    let best: { p: Pending; score: number; at: number } | null = null;
    for (const { p, redundancy, most: ceiling, at } of open) {
      if (best && ceiling + SLACK < best.score) break;
      if (best && most(p, p.bound(), redundancy) + extra(p) + SLACK < best.score) continue;
      const known = resolve(p);
      const score =
        lambda * known.scored.relevance * (1 - covered(known.units, told)) -
        (1 - lambda) * redundancy +
        extra(p);
      if (score > (best?.score ?? Number.NEGATIVE_INFINITY) || (best && score === best.score && at < best.at))
        best = { p, score, at };
    }
    if (!best) break;
    const pick = best.p;
    const { scored, units: said } = resolve(pick);
    closest.delete(pick);
    // the same sentence reached twice (a syndicated copy) is no new information
    if (chosen.some((c) => cosine(c.vector, scored.vector) > 0.8)) continue;
    // nor is the same event told again in another outlet's words
    if (same && chosen.some((c) => same(c.candidate, scored.candidate))) continue;
    // nor what the chosen ones tell together, told again in other words
    const taken = chosen.map((c) => c.candidate);
    if (again?.(taken, scored.candidate)) continue;
    chosen.push(scored);
    words += scored.candidate.words;
    for (const id of said) told.add(id);
    for (const [p, r] of closest) closest.set(p, Math.max(r, cosine(p.vector, scored.vector)));
  }
  return chosen;
}
