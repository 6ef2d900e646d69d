import type { Quote, Report } from '../../model/index.ts';
import { wordRun } from '../../text/quotes/wording.ts';
import { evidenceText } from '../util.ts';

/**
 * The articles that carried only a part of a quote in quotation marks, with the part they quote: each
 * of their occurrences has fewer words than the quote ("closing the doors that matter most" of “We
 * are closing the doors that matter most to the poorest families …”). The quote's text is its longest
 * telling; shown alone, it read as every carrier's words.
 */
export function quotedParts(q: Quote, report: Report): Map<string, string> {
  const parts = new Map<string, string>();
  if (q.kind === 'indirect') return parts;
  const whole = wordRun(q.text).length;
  const longest = new Map<string, { text: string; words: number }>();
  for (const o of q.occurrences) {
    const text = evidenceText(report, o).trim();
    const words = wordRun(text).length;
    const held = longest.get(o.articleId);
    if (!held || words > held.words) longest.set(o.articleId, { text, words });
  }
  for (const [articleId, { text, words }] of longest)
    if (words > 0 && words < whole) parts.set(articleId, text.replace(/^[“”"‘’']+|[“”"‘’']+$/gu, ''));
  return parts;
}
