import type { Conflict, Evidence } from '../../model/index.ts';
import type { Claim } from './claims.ts';
import { EVENT_WORDS, NEGATIVE_OUTCOME_CUES, NEGATORS, POSITIVE_OUTCOME_CUES } from './data/outcome-cues.ts';
import { type CompiledPhrase, compilePhrases, matchPhrase, stem } from './text.ts';

const NEGATIVE = compilePhrases(NEGATIVE_OUTCOME_CUES);
const POSITIVE = compilePhrases(POSITIVE_OUTCOME_CUES);
const EVENTS = new Map(EVENT_WORDS.map((w) => [stem(w), w]));
const NEGATOR_STEMS = new Set(NEGATORS.map(stem));

function longestAt(stems: readonly string[], at: number, phrases: readonly CompiledPhrase[]): number {
  let best = 0;
  for (const p of phrases) best = Math.max(best, matchPhrase(stems, at, p));
  return best;
}

/**
 * The outcome a claim reports for an event: -1 when it says the event produced nothing ("failed to
 * announce", "no agreement"), +1 when it says it produced something ("very productive", "agreements
 * were reached"; a negator just before flips it), 0 when it says neither or names no event.
 */
export function outcomePolarity(stems: readonly string[]): -1 | 0 | 1 {
  if (!stems.some((s) => EVENTS.has(s))) return 0;
  let negative = 0;
  let positive = 0;
  for (let i = 0; i < stems.length; i++) {
    const neg = longestAt(stems, i, NEGATIVE);
    if (neg) {
      negative++;
      i += neg - 1;
      continue;
    }
    const pos = longestAt(stems, i, POSITIVE);
    if (!pos) continue;
    const negated = [stems[i - 1], stems[i - 2]].some((s) => s !== undefined && NEGATOR_STEMS.has(s));
    if (negated) negative++;
    else positive++;
    i += pos - 1;
  }
  return negative > positive ? -1 : positive > negative ? 1 : 0;
}

/** An outcome conflict and the claims on its sides (so their facts can be marked conflicting). */
export interface OutcomeConflict {
  readonly conflict: Omit<Conflict, 'id'>;
  readonly claimIndices: readonly number[];
}

/**
 * Opposite outcome claims about the story's event from different independent sources: one outlet
 * says the talks failed to produce anything, another that they were productive. Sides list every
 * claim of that polarity with its evidence.
 */
export function outcomeConflict(claims: readonly Claim[]): OutcomeConflict | null {
  const negative: Claim[] = [];
  const positive: Claim[] = [];
  for (const c of claims) {
    const polarity = outcomePolarity(c.stems);
    if (polarity < 0) negative.push(c);
    if (polarity > 0) positive.push(c);
  }
  const negSources = new Set(negative.map((c) => c.sourceId));
  const posSources = new Set(positive.map((c) => c.sourceId));
  const split = [...negSources].some((n) => [...posSources].some((p) => p !== n));
  if (!split) return null;
  const events = new Map<string, number>();
  for (const c of [...negative, ...positive])
    for (const s of new Set(c.stems)) if (EVENTS.has(s)) events.set(s, (events.get(s) ?? 0) + 1);
  const top = [...events].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const side = (list: Claim[], label: string) => ({
    claim: `${label}: ${(list[0] as Claim).text}`,
    evidence: list.map((c): Evidence => ({ articleId: c.articleId, span: { ...c.span } })),
  });
  return {
    conflict: {
      kind: 'outcome',
      about: `outcome of the ${EVENTS.get(top) ?? 'event'}`,
      sides: [side(negative, 'produced nothing'), side(positive, 'produced results')],
    },
    claimIndices: [...negative, ...positive].map((c) => c.index),
  };
}
