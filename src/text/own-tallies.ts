import { TALLY_VERBS } from './data/tallies.ts';
import { tallySpansIn, type Word } from './tally.ts';

// Which of a sentence's tallies (text/tally.ts) are its own vote's or game's, not another's that a
// subordinate clause tells ("approved the budget after an amendment … failed by 8 to 3").

// the words that open a clause of another event ("after an amendment … failed by 8 to 3", "who lost
// 2-0 a week earlier") when a verb follows them; not "that", which opens what was said ("said that the
// council approved it by 7 to 4") as often as a relative clause
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'when',
  'while',
  'whereas',
  'since',
  'because',
  'although',
  'though',
  'once',
  'until',
  'if',
  'as',
  'who',
  'which',
  'whose',
  'where',
]);

/**
 * The subordinator (its token index) that opens a clause of its own the tally at token `first` stands
 * in ("after an amendment to cut it failed by eight votes to three", "Kell Rovers, who lost 2-0 a week
 * earlier, beat …"), or -1. Read back to the nearest punctuation; "after a vote of 7 to 4" (no verb
 * between) stays the sentence's.
 */
function clauseOpener(tokens: readonly Word[], first: number): number {
  let verb = false;
  for (let j = first - 1; j >= 0; j--) {
    const w = tokens[j] as Word;
    if (w.pos === 'PUNCT') return -1;
    if (w.pos === 'VERB' || w.pos === 'AUX') verb = true;
    else if (verb && SUBORDINATORS.has(w.norm)) return j;
  }
  return -1;
}

/**
 * Whether the tally at token `first` is another vote's or game's than the sentence's: it stands in a
 * subordinate clause (`clauseOpener`) and the rest of the sentence tells a vote or game of its own (a
 * verb of TALLY_VERBS: "council approved the budget after an amendment … failed by 8 to 3", "…, who
 * lost 2-0 …, beat Pell Town"). When it tells none ("the mayor has admitted the budget will hit
 * services, after councillors approved it by eight votes to three"), the clause tells the sentence's
 * one vote: the outlet's own statement of it.
 */
function inOtherClause(tokens: readonly Word[], first: number): boolean {
  const opener = clauseOpener(tokens, first);
  if (opener < 0) return false;
  let end = first;
  while (end < tokens.length && tokens[end]?.pos !== 'PUNCT') end++;
  const rest = [...tokens.slice(0, opener), ...tokens.slice(end)];
  return rest.some((w) => TALLY_VERBS.has(w.norm));
}

/** The tallies of talliesIn that the sentence's own clause tells, not a subordinate clause of another vote or game. */
export function ownTalliesIn(tokens: readonly Word[]): string[] {
  return tallySpansIn(tokens)
    .filter((t) => !inOtherClause(tokens, t.first))
    .map((t) => t.tally);
}
