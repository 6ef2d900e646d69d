import type { Doc, Tok } from '../../../text/annotated.ts';
import type { QuoteSpan } from '../../../text/quotes/spans.ts';
import { CLAUSE_ONLY_CUES } from '../data/speech.ts';
import { opensClause } from './content-shape.ts';

/** Characters of [start, end) inside quote marks. */
export function quotedChars(quotes: readonly QuoteSpan[], start: number, end: number): number {
  let n = 0;
  for (const q of quotes) {
    if (q.open >= end) break;
    n += Math.max(0, Math.min(end, q.close + 1) - Math.max(start, q.open));
  }
  return n;
}

/**
 * True when the content after cue `c` is marked as a clause: by "that" (before a comma too: "joked that,
 * among voters, …") or by a subject and its verb.
 */
export function clauseAfter(doc: Doc, c: number, content: [number, number]): boolean {
  const before = doc.tokens[content[0] - 1]?.text === ',' ? content[0] - 2 : content[0] - 1;
  return (
    doc.tokens[before]?.norm === 'that' || (content[0] === c + 1 && opensClause(doc, content[0], content[1]))
  );
}

/** The content, unless the cue speaks only before a clause ("added 12 sailings" is no speech). */
export function clauseFor(doc: Doc, c: number, content: [number, number] | null): [number, number] | null {
  if (!content || !CLAUSE_ONLY_CUES.has((doc.tokens[c] as Tok).norm)) return content;
  return clauseAfter(doc, c, content) ? content : null;
}
