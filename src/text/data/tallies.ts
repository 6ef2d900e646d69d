// The words that make two counts joined by "to" or "against" one tally of a vote or a game, read by
// text/tally.ts: a bare "7 to 4" is a tally only after one of these verbs ("voted 7 to 4", "won 3 to 1",
// "passed by 6 to 5"), or when what its first count counts is one of these nouns ("by 6 votes to 5",
// "3 goals to 1"). Without them "N to M" is a range ("pupils in years 7 to 11", "open 9 to 5").
// No verb of a change or a crowd: "beds fell 12 to 9" and "fees rose 7 to 9" are changes, "the fair
// drew 300 to 400" a range ("the motion fell by 12 votes to 40" is a tally by its noun).

/** Verb forms that tell the outcome of a vote or a game, before its tally. */
export const TALLY_VERBS: ReadonlySet<string> = new Set([
  'vote',
  'votes',
  'voted',
  'win',
  'wins',
  'won',
  'lose',
  'loses',
  'lost',
  'beat',
  'beats',
  'defeat',
  'defeats',
  'defeated',
  'pass',
  'passes',
  'passed',
  'approve',
  'approves',
  'approved',
  'reject',
  'rejects',
  'rejected',
  'carry',
  'carries',
  'carried',
  'back',
  'backs',
  'backed',
  'elect',
  'elected',
  'edge',
  'edged',
]);

/** What the first count of a tally counts ("6 votes to 5", "3 goals to 1", "two sets to one"). */
export const TALLY_NOUNS: ReadonlySet<string> = new Set([
  'vote',
  'votes',
  'ballot',
  'ballots',
  'goal',
  'goals',
  'game',
  'games',
  'set',
  'sets',
  'point',
  'points',
  'seat',
  'seats',
  'run',
  'runs',
  'frame',
  'frames',
  'round',
  'rounds',
]);

/** The nouns whose tally a copula gives ("The vote on Sunday was five to four", "the score was 3 to 1"). */
export const TALLY_SUBJECTS: ReadonlySet<string> = new Set([
  ...TALLY_NOUNS,
  'score',
  'result',
  'tally',
  'count',
]);

/**
 * The nouns a tally written with a dash stands before as their count ("a 7–2 vote", "a 5–4 ruling",
 * "a 3–1 win"): "7–2" is then the vote's or the game's tally, not a range ("a 3–5 year wait").
 */
export const TALLY_AFTER: ReadonlySet<string> = new Set([
  'vote',
  'votes',
  'ballot',
  'decision',
  'ruling',
  'verdict',
  'majority',
  'split',
  'win',
  'victory',
  'defeat',
  'loss',
  'score',
  'scoreline',
]);
