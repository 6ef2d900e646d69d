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
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);
const VERBAL = new Set(['VERB', 'AUX']);
// the words that may close a clause after its verb before a comma-less "and" ("will go", "stepped down")
const AFTER_VERB = new Set(['ADV', 'ADP', 'PART']);

// "Twelve jobs will go and the libraries will close": a comma-less "and" joins two clauses when the part
// before ends on its verb (with a subject before it) and a new subject and verb follow. Not "Police held
// the man and the woman who fled" (the part before ends on an object) nor "rose and fell" (no subject).
function joinsClauses(tokens: readonly Token[], at: number, from: number): boolean {
  let k = at - 1;
  while (k > from && AFTER_VERB.has((tokens[k] as Token).pos)) k--;
  if (k <= from || !VERBAL.has((tokens[k] as Token).pos)) return false;
  let subject = false;
  for (let j = from; j < k && !subject; j++)
    subject = ['NOUN', 'PROPN', 'PRON'].includes((tokens[j] as Token).pos);
  if (!subject) return false;
  const first = tokens[at + 1];
  if (!first || !['DET', 'PRON', 'NUM'].includes(first.pos)) return false;
  for (let j = at + 2; j < Math.min(tokens.length, at + 10); j++) {
    const t = tokens[j] as Token;
    if (VERBAL.has(t.pos)) return true;
    if (t.pos === 'PUNCT' || RELATIVES.has(t.norm)) return false;
  }
  return false;
}
// a clause starts on a word (or an opening quotation mark or bracket) and ends before trailing punctuation
const CLAUSE_START = /[\p{L}\p{N}“"‘(]/u;
const CLAUSE_END_PUNCT = /^[,;:—–-]$/;

/**
 * Split a sentence's tokens into clauses: at semicolons, before ", but / while / although ...", before
 * ", and" when a new subject and verb follow (and before a comma-less "and" that ends a clause on its verb) (an opening subordinate clause, "After X, Y", stays with its main clause: alone it is a fragment). Never inside quotation marks. Clauses with
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
  const bareCuts = new Set<number>();
  tokens.forEach((t, i) => {
    // only a semicolon, a comma or a comma-less "and" cuts: the region test is left for those
    const bareAnd = t.norm === 'and' && tokens[i - 1]?.text !== ',';
    if (i === 0 || (t.text !== ';' && t.text !== ',' && !bareAnd) || inRegions(t, regions)) return;
    if (bareAnd) {
      if (joinsClauses(tokens, i, cuts[cuts.length - 1] ?? 0)) {
        cuts.push(i);
        bareCuts.add(i);
      }
      return;
    }
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
  // at a comma-less "and" a part's figure counts as a word: "Twelve jobs will go" stands alone
  const weightIn = (range: readonly [number, number], bare: boolean) =>
    contentIn(range) + (bare && tokens.slice(range[0], range[1]).some((t) => t.pos === 'NUM') ? 1 : 0);
  // the parts between cuts, as token ranges; a short one joins its neighbour (the ranges are consecutive)
  const merged: [number, number][] = [];
  let from = 0;
  for (const cut of [...cuts, tokens.length]) {
    if (cut <= from) continue;
    const part: [number, number] = [from, cut];
    const last = merged[merged.length - 1];
    const bare = bareCuts.has(from);
    if (last && (weightIn(part, bare) < minWords || weightIn(last, bare) < minWords)) last[1] = cut;
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
