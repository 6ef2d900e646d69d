// Type-only import: a value from src/model would load zod on every analyze and widen the public API.
import type { Evidence } from '../../model/index.ts';

/**
 * An evidence sentence's key within a story: its article and where it starts. A claim (its article
 * and sentence span) has the same key as the evidence that cites it.
 * @example evidenceKey({ articleId: 'a1', span: { start: 40, end: 92 } }) // 'a1:40'
 */
export const evidenceKey = (e: Evidence): string => `${e.articleId}:${e.span.start}`;
