/**
 * The time budget of one item of work (an article's clean or segment step, a story's stages), given
 * to the stages through `RunContext.deadline`. The clock stays outside the stages: `expired` reads it.
 */
export interface Deadline {
  /** True once the budget is spent. */
  readonly expired: () => boolean;
  /** The budget in milliseconds, for the message that says it ran out. */
  readonly budgetMs: number;
}

/**
 * Thrown by `checkDeadline` when the item's budget is spent, to unwind the item's stages at once; the
 * pipeline catches it and records an `Issue` (it never reaches a caller of `analyze`).
 */
export class DeadlineError extends Error {
  /** The step that was running when the budget ran out (`segment`, `compare`, ...). */
  readonly step: string;
  readonly budgetMs: number;
  constructor(step: string, budgetMs: number) {
    super(`the ${budgetMs} ms time budget ran out in ${step}`);
    this.name = 'DeadlineError';
    this.step = step;
    this.budgetMs = budgetMs;
  }
}

/**
 * Stop the current item when its budget is spent: stages call it between their steps and in their
 * loops over sentences or claims, so that a slow item is cut short where it stands. Without a
 * deadline in `ctx` (a `RunContext`) it does nothing.
 * @example
 * for (const paragraph of article.paragraphs) { checkDeadline(ctx, 'segment'); ... }
 */
export function checkDeadline(ctx: { readonly deadline?: Deadline | undefined }, step: string): void {
  const deadline = ctx.deadline;
  if (deadline?.expired()) throw new DeadlineError(step, deadline.budgetMs);
}

/**
 * A deadline `budgetMs` from now on `clock` (milliseconds; default this thread's `performance.now`).
 * It has expired once the clock reaches it, so a budget of 0 stops the work at its first check.
 */
export function deadlineIn(budgetMs: number, clock: () => number = () => performance.now()): Deadline {
  const at = clock() + budgetMs;
  return { expired: () => clock() >= at, budgetMs };
}
