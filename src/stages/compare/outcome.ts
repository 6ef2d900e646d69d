import type { Conflict, Evidence } from '../../model/index.ts';
import { stem } from '../../text/normalise.ts';
import type { Claim } from './claims.ts';
import { EVENT_WORDS } from './data/outcome-cues.ts';

// stem → the first listed word for it, used to name the event ("meeting" rather than "met")
const EVENTS = new Map([...EVENT_WORDS].reverse().map((w) => [stem(w), w]));

/**
 * Outcomes told otherwise and the claims on their sides. The report lists them as a difference to
 * check, not a conflict: "failed to announce new measures" and "a very productive meeting" can both
 * hold, and no blind audit has shown these to be contradictions (issue 10).
 */
export interface OutcomeConflict {
  readonly conflict: Omit<Conflict, 'id'>;
  readonly claimIndices: readonly number[];
}

/**
 * Opposite outcome claims about the story's event from different independent sources: one outlet
 * says the talks failed to produce anything, another that they were productive. Only claims told as
 * done count (`toldAsDone`: a sentence told as planned or hypothetical is about another time). Sides
 * list every claim of that polarity with its evidence.
 */
export function outcomeConflict(
  claims: readonly Claim[],
  toldAsDone: (c: Claim) => boolean = () => true,
): OutcomeConflict | null {
  const negative: Claim[] = [];
  const positive: Claim[] = [];
  for (const c of claims) {
    // "will strike on Monday after talks broke down": a plan's sentence tells of earlier talks, not these
    if (c.outcome === 0 || !toldAsDone(c)) continue;
    if (c.outcome < 0) negative.push(c);
    if (c.outcome > 0) positive.push(c);
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
      // what the sources say, not more: "failed to announce new measures" is not "produced nothing"
      sides: [side(negative, 'says it fell short'), side(positive, 'says it went well')],
    },
    claimIndices: [...negative, ...positive].map((c) => c.index),
  };
}
