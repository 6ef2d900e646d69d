import { type Doc, spacedAt, type Tok } from '../../../text/annotated.ts';
import { TEAM_CONTEXT_BEFORE } from '../data/organizations.ts';

// words that come before a team and seldom before anything else: "victory over", "No. 3"
const TEAM_BEFORE = new RegExp(
  `(?:^|[^\\p{L}-])(?:${TEAM_CONTEXT_BEFORE.join('|')}|no\\. ?\\d{1,2})\\s+(?:the\\s+)?$`,
  'u',
);
const SCORE = /^\d{1,3}$/;

/** True when a name is a sports team by the words around it: "victory over X", "X 20-13", "X (10-0)". */
export function teamByContext(doc: Doc, a: number, b: number): boolean {
  const toks = doc.tokens;
  const start = (toks[a] as Tok).start;
  if (TEAM_BEFORE.test(doc.text.slice(Math.max(0, start - 24), start).toLowerCase())) return true;
  const k = toks[b]?.text === '(' ? b + 1 : b;
  const dash = toks[k + 1];
  return (
    SCORE.test(toks[k]?.text ?? '') &&
    (dash?.text === '-' || dash?.text === '–') &&
    !spacedAt(doc, k + 1) &&
    SCORE.test(toks[k + 2]?.text ?? '') &&
    !spacedAt(doc, k + 2)
  );
}
