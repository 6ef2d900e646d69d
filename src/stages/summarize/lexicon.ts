import type { Framing } from '../../model/index.ts';
import { CONTESTED_TERMS } from '../compare/data/contested-terms.ts';

/** A contested word or phrase and its neutral alternative (a neutral of "(neutral)" marks a term that is not avoided). */
export interface ContestedTerm {
  /** The phrase as written; matched with common inflections (plural, -ly, -ed, -ing). */
  readonly term: string;
  readonly neutral: string;
}

/** The contested terms the summary keeps out of its own voice by default: the compare stage's lexicon. */
export const DEFAULT_CONTESTED_TERMS: readonly ContestedTerm[] = CONTESTED_TERMS;

/** The lexicon with the story's own contested terms added (the compare stage reports user-file terms there too). */
export function storyTerms(
  base: readonly ContestedTerm[],
  framing: Framing | null,
): readonly ContestedTerm[] {
  const known = new Set(base.map((t) => t.term.toLowerCase()));
  const extra = (framing?.contested ?? []).filter((t) => !known.has(t.term.toLowerCase()));
  return extra.length ? [...base, ...extra.map((t) => ({ term: t.term, neutral: t.neutral }))] : base;
}
