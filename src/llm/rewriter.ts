/** What a rewriter is asked: the summary's sentences, in order, and the text each one cites. */
export interface RewriteRequest {
  readonly sentences: readonly string[];
  /** For each sentence, the cited source sentences (context for the model; they are also what it is checked against). */
  readonly sources: readonly (readonly string[])[];
}

/**
 * Something that rewrites summary sentences for fluency, one output per input sentence, in order.
 * Implementations may fail (throw or reject); callers fall back to the extractive sentences.
 */
export interface Rewriter {
  /** `signal` aborts the request (the run's overall budget ran out). */
  rewrite(request: RewriteRequest, signal?: AbortSignal): Promise<readonly string[]>;
}
