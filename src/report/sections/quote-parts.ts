import type { Quote, Report } from '../../model/index.ts';
import { wordRun } from '../../text/quotes/wording.ts';
import { evidenceText } from '../util.ts';

/**
 * The articles that carried only a part of a quote in quotation marks, with the part they quote: their
 * tellings of it (each distinct one once) hold fewer words together than the quote ("closing the
 * doors that matter most" of “We are closing the doors that matter most to the poorest families …”).
 * A quote told in pieces around its attribution (“This is a short-term fix,” she said, “for a
 * long-term problem.”) is quoted whole, as is one told in other words of the same length. The quote's
 * text is its longest telling; shown alone, it read as every carrier's words.
 */
export function quotedParts(q: Quote, report: Report): Map<string, string> {
  const parts = new Map<string, string>();
  if (q.kind === 'indirect') return parts;
  const whole = wordRun(q.text).length;
  const told = new Map<string, string[]>();
  for (const o of q.occurrences) {
    const text = evidenceText(report, o).trim();
    const texts = told.get(o.articleId) ?? [];
    if (!texts.includes(text)) told.set(o.articleId, [...texts, text]);
  }
  for (const [articleId, texts] of told) {
    const words = texts.reduce((n, t) => n + wordRun(t).length, 0);
    if (words > 0 && words < whole)
      parts.set(articleId, texts.map((t) => t.replace(/^[“”"‘’']+|[“”"‘’']+$/gu, '')).join(' … '));
  }
  return parts;
}
