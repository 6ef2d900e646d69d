import { z } from 'zod';

/** A half-open character range `[start, end)` into one article's cleaned `text`. */
export const SpanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .describe('Half-open character range [start, end) into the article text');
/** A half-open character range into one article's cleaned text. */
export type Span = z.infer<typeof SpanSchema>;

/** Where something was read: an article and a span of its cleaned text. */
export const EvidenceSchema = z.object({ articleId: z.string(), span: SpanSchema });
/** Where something was read: an article and a span of its cleaned text. */
export type Evidence = z.infer<typeof EvidenceSchema>;

/** A problem found in the content (not a misuse of the tool): reported, never thrown. */
export const IssueSchema = z.object({
  code: z.string().describe('stage/problem, e.g. clean/no-title'),
  severity: z.enum(['error', 'warning', 'info']),
  articleId: z.string().optional(),
  source: z.string().optional().describe('input path the problem belongs to'),
  span: SpanSchema.optional(),
  message: z.string(),
});
/** A problem found in the content: reported as data, never thrown. */
export type Issue = z.infer<typeof IssueSchema>;
