import type { Token } from '../../../model/index.ts';
import { getStopWords } from '../../../text/wink.ts';
import type { Reading } from './reading.ts';

// The words that open a condition or an open question over the clause after them.
const OPENERS = new Set(['if', 'unless', 'whether']);
// "even if", "as if": no condition over what follows
const NOT_CONDITION_AFTER = new Set(['even', 'as']);

const word = (t: Token | undefined): string => t?.norm ?? '';

// The token ranges of a clause's conditions: from an opener to the first comma after it (or the end),
// "If police cleared the office, …" → "police cleared the office".
function conditionSpans(tokens: readonly Token[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!OPENERS.has(word(tokens[k])) || NOT_CONDITION_AFTER.has(word(tokens[k - 1]))) continue;
    let end = k + 1;
    while (end < tokens.length && tokens[end]?.text !== ',') end++;
    spans.push([k + 1, end]);
    k = end;
  }
  return spans;
}

// The stems of a clause's content words (no stop word, no punctuation).
function contentStems(r: Reading, from = 0, to = r.claim.tokens.length): Set<string> {
  const stops = getStopWords();
  const out = new Set<string>();
  for (let i = from; i < to; i++) {
    const t = r.claim.tokens[i] as Token;
    if (/[\p{L}\p{N}]/u.test(t.text) && !stops.has(word(t))) out.add(r.claim.tokenStems[i] as string);
  }
  return out;
}

/**
 * Whether `b` tells the claim only under a condition or an open question the claim does not have:
 * most of the content words `a` and `b` share stand inside `b`'s "if", "unless" or "whether" clause
 * ("If police told staff to stay but later cleared the office, …" does not state "Police told staff
 * to stay but later cleared the office"), and `a` has no such word. A condition beside the claim's
 * words ("If convicted, he faces ten years" for "He faces ten years") leaves it alone.
 */
export function conditionOnlyInB(a: Reading, b: Reading): boolean {
  if (conditionSpans(a.claim.tokens).length > 0) return false;
  const spans = conditionSpans(b.claim.tokens);
  if (spans.length === 0) return false;
  const mine = contentStems(a);
  const shared = [...contentStems(b)].filter((s) => mine.has(s));
  if (shared.length === 0) return false;
  const inside = new Set<string>();
  for (const [from, to] of spans) for (const s of contentStems(b, from, to)) if (mine.has(s)) inside.add(s);
  return inside.size * 2 > shared.length;
}
