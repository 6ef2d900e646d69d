/** Tunables and patterns of the syndicate stage. */

/** Words per shingle. */
export const SHINGLE_WORDS = 5;
/** Share of the smaller article's shingles found in the other above which two texts are copies. */
export const MIN_CONTAINMENT = 0.5;
/** Fewest shared shingles for a copy (short texts sharing one stock phrase are not copies). */
export const MIN_SHARED = 8;
/** Shingles found in more articles than this are stock phrases and not indexed. */
export const MAX_POSTINGS = 50;
/** Words for shingling: letters and digits of any script. */
export const WORD = /[\p{L}\p{N}]+/gu;
/** A `removed[]` reason that marks an aggregator's disclaimer (set by the clean stage). */
export const AGGREGATOR_REASON = /^aggregator/i;
/** The aggregator's own name in its disclaimer (shared with the clean stage, which names the outlet by it). */
export { AGGREGATOR_NAME } from '../clean/data/outlets.ts';
