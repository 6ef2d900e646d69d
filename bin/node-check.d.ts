/** The oldest Node that runs Parallax: 22.18 strips TypeScript types by default. */
export declare const MIN_NODE: readonly [number, number];

/** Whether a Node version (`process.version`) is older than MIN_NODE: the one comparison. */
export declare function olderThanMin(version: string): boolean;

/** Why this Node cannot run Parallax, in words that fit how it was started, or null when it can. */
export declare function nodeVersionProblem(
  version: string,
  how: { readonly checkout: boolean; readonly viaNpm: boolean; readonly ownNode?: boolean },
): string | null;
