import type { Token } from '../../model/index.ts';
import { fold } from '../../text/normalise.ts';
import type { ClaimFigure } from '../../text/quantities.ts';
import { toldInPart } from '../compare/in-part.ts';
import { type Mention, mentionAt } from '../compare/mentions.ts';
import { MIN_CLAIM_TERMS } from '../compare/patterns.ts';
import { coverOfTerms } from '../compare/support/cover.ts';
import type { ClaimDate } from '../compare/support/dates.ts';
import { type Reading, readClaim } from '../compare/support/index.ts';
import { isDateWord, participantShare, personMissing } from '../compare/support/relations.ts';
import { reportFrame } from './frame.ts';
import { ONLY_HERE_NAMES } from './patterns.ts';

/** A name, figure or date of a fact: the positions of its tokens in the fact's reading. */
export interface Detail {
  readonly kind: 'name' | 'figure' | 'date';
  readonly at: readonly number[];
  /** The tokens shown, when more than `at` (a figure with the noun it counts: "four more boys"). */
  readonly shown?: readonly number[];
  readonly date?: ClaimDate;
  readonly figure?: ClaimFigure;
}

/**
 * Reading `a` without the tokens of `details`: what the rest of the fact tells, read again (its
 * predicates, names and moods), its dates and figures those of `a` less the details'; null when too
 * little is left to be a claim (MIN_CLAIM_TERMS).
 */
export function withoutDetails(
  a: Reading,
  details: readonly Detail[],
  mentions: readonly Mention[],
): Reading | null {
  const gone = new Set(details.flatMap((d) => d.at));
  const { claim } = a;
  // the term keys a token gives (its name or entity, its stem)
  const keysOf = (t: Token, k: number): string[] => {
    const id = mentionAt(mentions, t)?.id;
    return [claim.tokenStems[k] as string, `n:${fold(t.text)}`, ...(id ? [`e:${id}`] : [])];
  };
  const kept = new Set<string>();
  const dropped = new Set<string>();
  claim.tokens.forEach((t, k) => {
    for (const key of keysOf(t, k)) (gone.has(k) ? dropped : kept).add(key);
  });
  if (claim.subject) kept.add(`e:${claim.subject.id}`);
  const lost = (key: string) => dropped.has(key) && !kept.has(key);
  const terms = new Map([...claim.terms].filter(([key]) => !lost(key)));
  if (terms.size < MIN_CLAIM_TERMS) return null;
  const tokens = claim.tokens.filter((_, k) => !gone.has(k));
  const read = readClaim(
    {
      ...claim,
      tokens,
      tokenStems: claim.tokenStems.filter((_, k) => !gone.has(k)),
      stems: claim.stems.filter((s) => !lost(s)),
      terms,
      entityIds: new Set([...claim.entityIds].filter((id) => !lost(`e:${id}`))),
      persons: new Map([...claim.persons].filter(([id]) => !lost(`e:${id}`))),
      figures: claim.figures.filter((f) => !details.some((d) => d.figure === f)),
    },
    null,
  );
  // (its dates as the whole fact's reading resolved them, less the details')
  return { ...read, dates: a.dates.filter((d) => !details.some((x) => x.date === d)) };
}

/**
 * The share of fact `a`'s IDF-weighted terms (who reports it aside) its reading without its details
 * keeps (the judge's cover, `coverOfTerms`): a rest that keeps too little (ONLY_HERE_REST_MIN) is no telling of the same fact ("was named
 * by the Halvik Ledger as one of its 40 Rising Skippers" less its paper, list and figure is only
 * "was named").
 */
export function restShare(a: Reading, rest: Reading, idf: ReadonlyMap<string, number>): number {
  return coverOfTerms(a, rest.claim.terms, idf, reportFrame(a).stems);
}

/**
 * Whether `b` tells the rest of a fact (its reading less its details, `withoutDetails`) in part,
 * held to more than a whole fact is (`toldInPart`): with less to hold, a sentence of another event
 * holds much of a rest ("a shooting at a college two years ago" / "shot two co-workers two years
 * ago"), so the rest must name a participant, `b` name nearly all it names (ONLY_HERE_NAMES: a
 * capital a tagger gives a common word, "the New Director", aside) and leave no person of it out
 * ("imposed tolls on Orvanian trucks" is not told by "Orvania hit back by imposing tolls on
 * Brennish trucks").
 */
export function restToldInPart(rest: Reading, b: Reading, idf: ReadonlyMap<string, number>): boolean {
  const frame = reportFrame(rest);
  const named = [...rest.nameWords].some((w) => !isDateWord(w) && !frame.names.has(w) && !w.endsWith('.'));
  return (
    named &&
    participantShare(rest, b) >= ONLY_HERE_NAMES &&
    !personMissing(rest, b) &&
    toldInPart(rest, b, idf, { skip: frame.stems })
  );
}
