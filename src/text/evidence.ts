// One test of where two pieces of evidence meet, shared by the stages that merge what they read.
// Kept here rather than beside the model's schemas: a stage that imports a value from src/model's
// zod module loads zod on every run (see test/startup.test.ts); this module imports types only.
import type { Evidence } from '../model/index.ts';

/**
 * Whether two spans of evidence overlap in one article (half-open spans: touching is no overlap).
 * @example
 * evidenceOverlaps({ articleId: 'a1', span: { start: 0, end: 10 } }, { articleId: 'a1', span: { start: 9, end: 20 } }) // true
 */
export const evidenceOverlaps = (a: Evidence, b: Evidence): boolean =>
  a.articleId === b.articleId && a.span.start < b.span.end && b.span.start < a.span.end;

/**
 * Whether one piece of evidence lies within another in one article (a figure's occurrence inside a sentence).
 * @example
 * evidenceWithin({ articleId: 'a1', span: { start: 4, end: 6 } }, { articleId: 'a1', span: { start: 0, end: 10 } }) // true
 */
export const evidenceWithin = (inner: Evidence, outer: Evidence): boolean =>
  inner.articleId === outer.articleId &&
  inner.span.start >= outer.span.start &&
  inner.span.end <= outer.span.end;
