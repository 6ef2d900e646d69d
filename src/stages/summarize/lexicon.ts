import { type ContestedTerm, FALLBACK_CONTESTED_TERMS } from './data/contested-terms.ts';

/** The contested terms the summary keeps out of its own voice by default. */
export const DEFAULT_CONTESTED_TERMS: readonly ContestedTerm[] = FALLBACK_CONTESTED_TERMS;
