import type { Evidence } from '../../model/index.ts';

/** An evidence sentence's key within a story: its article and where it starts. */
export const evidenceKey = (e: Evidence): string => `${e.articleId}:${e.span.start}`;
