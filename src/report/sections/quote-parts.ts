import type { Quote, Report } from '../../model/index.ts';
import { quotedParts as partsTold, type QuotedPart } from '../../text/quotes/parts.ts';
import { evidenceText } from '../util.ts';

/**
 * The articles that carried only a part of a quote in quotation marks, with the part they quote and the
 * negations of its clause it leaves out (text/quotes/parts.ts). The quote's text is its longest telling;
 * shown alone, it read as every carrier's words.
 */
export function quotedParts(q: Quote, report: Report): Map<string, QuotedPart> {
  return partsTold(q, (o) => evidenceText(report, o));
}

/** ", leaves out 'not'" for a part that drops a negation of its clause, else nothing. */
export function leftOutNote(part: QuotedPart | undefined): string {
  return part && part.leavesOut.length > 0
    ? `, leaves out ${part.leavesOut.map((w) => `'${w}'`).join(', ')}`
    : '';
}
