// A vote the sources tell with other counts ("passed the budget by eight votes to three" in one outlet,
// "by seven votes to four" in another) still happened: all agree the budget passed. The summary tells
// such a sentence with its count cut ("passed the budget on Tuesday night"), leaving the counts to the
// report's differences, where leaving the sentence out would leave the story's outcome untold.
import type { Figure, Token } from '../../model/index.ts';
import { WEEKDAY_NAMES } from '../../text/calendar.ts';
import { tallySpansIn } from '../../text/tally.ts';
import type { Candidate } from './candidates.ts';
import type { Cut } from './compress.ts';
import { AFTER_TALLY, TALLY_LEADS } from './data/tally-cut-words.ts';
import type { FigureTellings } from './disputed-figures.ts';
import { MIN_WORDS } from './patterns.ts';

// punctuation after a count, which leaves the words around it whole when it is cut
const PUNCTUATION = /^[,.;:)—–-]$/;

const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);

/** Where the words leading the tally at token `first` start (`TALLY_LEADS`), else `first`. */
function leadStart(tokens: readonly Token[], first: number): number {
  for (const lead of TALLY_LEADS) {
    const at = first - lead.length;
    if (at > 0 && lead.every((w, k) => tokens[at + k]?.norm === w)) return at;
  }
  return first;
}

// what a tally (with its leading words) may follow and leave whole when it is cut: the verb or the
// object it tells the count of ("voted 7-4", "passed the budget by 8 votes to 3"), not "was" ("The
// vote was seven to four") nor a preposition ("after a vote of seven to four")
const BEFORE: ReadonlySet<string> = new Set(['VERB', 'NOUN', 'PROPN', 'NUM']);

/**
 * The cuts that take a sentence's disputed tallies out (`tallies`: the counts, larger first, "8-3"),
 * or null when one cannot be cut cleanly: the tally opens the sentence or follows no verb or noun
 * (`BEFORE`), a noun follows it ("a 7-4 vote"), or what is left is shorter than a summary sentence or
 * holds no verb.
 * @example
 * tallyCuts(tokens of 'The council passed the budget by 8 votes to 3 on Tuesday.', new Set(['8-3'])) // [cut of ' by 8 votes to 3']
 */
export function tallyCuts(tokens: readonly Token[], tallies: ReadonlySet<string>): Cut[] | null {
  const cuts: Cut[] = [];
  for (const span of tallySpansIn(tokens)) {
    if (!tallies.has(span.tally)) continue;
    const from = leadStart(tokens, span.first);
    const next = tokens[span.last + 1];
    const after =
      !next || PUNCTUATION.test(next.text) || AFTER_TALLY.has(next.norm) || WEEKDAYS.has(next.norm);
    if (from === 0 || !BEFORE.has(tokens[from - 1]?.pos ?? '') || !after) return null;
    cuts.push({
      start: (tokens[from - 1] as Token).end,
      end: (tokens[span.last] as Token).end,
      kind: 'tally',
    });
  }
  const kept = tokens.filter((t) => !cuts.some((c) => t.start >= c.start && t.end <= c.end));
  const words = kept.filter((t) => /\p{L}/u.test(t.text)).length;
  if (!cuts.length || words < MIN_WORDS || !kept.some((t) => t.pos === 'VERB' || t.pos === 'AUX'))
    return null;
  return cuts;
}

/**
 * Whether every figure of a disputed value (`values`) written in the candidate lies inside its cuts:
 * cut, the sentence gives no side of a figure difference, and is told as it is.
 */
export function cutsEveryDisputed(
  candidate: Candidate,
  cuts: readonly Cut[],
  figures: readonly Figure[],
  values: ReadonlySet<number>,
): boolean {
  const { articleId, span } = candidate.evidence;
  for (const f of figures) {
    if (!values.has(f.value) && !(f.valueHigh !== null && values.has(f.valueHigh))) continue;
    for (const o of f.occurrences) {
      if (o.articleId !== articleId || o.span.start < span.start || o.span.end > span.end) continue;
      if (!cuts.some((c) => o.span.start >= c.start && o.span.end <= c.end)) return false;
    }
  }
  return true;
}

/**
 * The sentences (by candidate index, of `left`: those giving a disputed tally in their own voice) that
 * are told with their tallies cut, each with its cuts: those whose tallies cut cleanly and whose every
 * figure of a disputed value (`values`) lies inside the cuts.
 */
export function cutTallies(
  candidates: readonly Candidate[],
  left: ReadonlySet<number>,
  tallies: ReadonlySet<string>,
  figures: readonly Figure[],
  values: ReadonlySet<number>,
): Map<number, readonly Cut[]> {
  const out = new Map<number, readonly Cut[]>();
  for (const c of candidates) {
    if (!left.has(c.index)) continue;
    const cuts = tallyCuts(c.tokens, tallies);
    if (cuts && cutsEveryDisputed(c, cuts, figures, values)) out.set(c.index, cuts);
  }
  return out;
}

/** The figure tellings without the sentences told with their tallies cut: cut, they give no value. */
export function withoutCut(figured: FigureTellings, cut: ReadonlyMap<number, unknown>): FigureTellings {
  if (!cut.size) return figured;
  const keep = <T>(map: ReadonlyMap<number, T>) => new Map([...map].filter(([i]) => !cut.has(i)));
  return {
    ...figured,
    told: keep(figured.told),
    kept: keep(figured.kept),
    earlier: keep(figured.earlier),
    left: new Set([...figured.left].filter((i) => !cut.has(i))),
  };
}
