import type { Span, Token } from '../../model/index.ts';
import { CLAUSE_CONNECTORS } from './data/clause-words.ts';
import { inRegions } from './text.ts';

const CONNECTORS = new Set(CLAUSE_CONNECTORS);

// ", and the two leaders agreed …": a subject (determiner or pronoun phrase) soon followed by a verb,
// unlike the last item of a list (", and California").
function opensClause(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  if (!first || !['DET', 'PRON'].includes(first.pos)) return false;
  for (let k = at + 1; k < Math.min(tokens.length, at + 5); k++) {
    const pos = (tokens[k] as Token).pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
    if (pos === 'PUNCT') return false;
  }
  return false;
}

// ", but the talks failed …": after the connector, a subject (a noun, name or pronoun) before the
// first verb; not ", but still was listed …" (no subject: alone it is a fragment) nor ", but that
// fatigue was …" (a second object of the verb before: "said it was early, but that …").
function subjectFollows(tokens: readonly Token[], at: number): boolean {
  let k = at;
  if (tokens[k]?.text === ',') k++;
  if (COMPLEMENTIZERS.has(tokens[k]?.norm ?? '')) return false;
  for (; k < tokens.length; k++) {
    const pos = (tokens[k] as Token).pos;
    if (pos === 'VERB' || pos === 'AUX') return false;
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'NUM') return true;
  }
  return false;
}

const COMPLEMENTIZERS = new Set(['that', 'whether', 'if', 'to']);
// a clause starts on a word (or an opening quotation mark or bracket) and ends before trailing punctuation
const CLAUSE_START = /[\p{L}\p{N}“"‘(]/u;
const CLAUSE_END_PUNCT = /^[,;:—–-]$/;

/**
 * Split a sentence's tokens into clauses: at semicolons, before ", but / while / although ...", before
 * ", and" when a new subject and verb follow (an opening subordinate clause, "After X, Y", stays with its main clause: alone it is a fragment). Never inside quotation marks. Clauses with
 * fewer than `minWords` content words are joined to their neighbour, so a clause can stand alone.
 */
export function splitClauses(
  tokens: readonly Token[],
  regions: readonly Span[],
  isContent: (t: Token) => boolean,
  minWords: number,
): Token[][] {
  return clauseRanges(tokens, regions, (i) => isContent(tokens[i] as Token), minWords).map(([a, b]) =>
    tokens.slice(a, b),
  );
}

/**
 * The clauses of `splitClauses` as token ranges (`[start, end)`, never empty), with the content test
 * of the token at a position (asked once per token, in order).
 */
export function clauseRanges(
  tokens: readonly Token[],
  regions: readonly Span[],
  isContentAt: (i: number) => boolean,
  minWords: number,
): [number, number][] {
  const cuts: number[] = [];
  tokens.forEach((t, i) => {
    // only a semicolon or a comma cuts: the region test is left for those
    if (i === 0 || (t.text !== ';' && t.text !== ',') || inRegions(t, regions)) return;
    if (t.text === ';') cuts.push(i + 1);
    else if (t.text === ',' && CONNECTORS.has(tokens[i + 1]?.norm ?? '') && subjectFollows(tokens, i + 2))
      cuts.push(i + 1);
    else if (t.text === ',' && tokens[i + 1]?.norm === 'and' && opensClause(tokens, i + 2)) cuts.push(i + 1);
  });
  // content words before each token, so that a run's count is one subtraction
  const before = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) before[i + 1] = (before[i] as number) + (isContentAt(i) ? 1 : 0);
  const contentIn = ([from, to]: readonly [number, number]) =>
    (before[to] as number) - (before[from] as number);
  // the parts between cuts, as token ranges; a short one joins its neighbour (the ranges are consecutive)
  const merged: [number, number][] = [];
  let from = 0;
  for (const cut of [...cuts, tokens.length]) {
    if (cut <= from) continue;
    const part: [number, number] = [from, cut];
    const last = merged[merged.length - 1];
    if (last && (contentIn(part) < minWords || contentIn(last) < minWords)) last[1] = cut;
    else merged.push(part);
    from = cut;
  }
  // trim punctuation at the clause edges, so spans start and end on words
  const out: [number, number][] = [];
  for (const [start, end] of merged) {
    let a = start;
    let b = end;
    while (a < b && !CLAUSE_START.test(tokens[a]?.text ?? '')) a++;
    while (b > a && CLAUSE_END_PUNCT.test(tokens[b - 1]?.text ?? '')) b--;
    if (b > a) out.push([a, b]);
  }
  return out;
}
