/**
 * Stems of verbs of saying that tell a one-off act ("announced the deal", "unveiled the plan"): one
 * announcement of one thing is made on one day, where a thing may be said again on another.
 */
export const ANNOUNCING_STEMS: ReadonlySet<string> = new Set(['announc', 'unveil']);
