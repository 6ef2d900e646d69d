/** The oldest Node that runs Parallax: 22.18 strips TypeScript types by default. */
export declare const MIN_NODE: readonly [number, number];

/** Why this Node cannot run Parallax, in words that fit how it was started, or null when it can. */
export declare function nodeVersionProblem(
  version: string,
  how: { readonly checkout: boolean; readonly viaNpm: boolean; readonly ownNode?: boolean },
): string | null;
