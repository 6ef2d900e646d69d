// The words that tell a level someone voted or wanted kept ("two members voted to keep rates at 4.75
// per cent", "argued for holding the rate at 4.75%"), read by compare/support/change-links.ts: what a
// dissenter wanted is where a change started, not another value of the level it reached.

/** Verbs of keeping a level where it stands, before "at" and the level ("hold the rate at 4.75%"). */
export const KEEP_VERBS: ReadonlySet<string> = new Set([
  'keep',
  'keeping',
  'hold',
  'holding',
  'leave',
  'leaving',
  'maintain',
  'maintaining',
]);

/** Verbs of voting or wanting before "to keep" or "for keeping" ("voted to hold", "wanted to keep"). */
export const WANT_VERBS: ReadonlySet<string> = new Set([
  'vote',
  'votes',
  'voted',
  'voting',
  'want',
  'wanted',
  'wants',
  'prefer',
  'preferred',
  'prefers',
  'argue',
  'argued',
  'argues',
  'push',
  'pushed',
  'urge',
  'urged',
  'favour',
  'favoured',
  'favor',
  'favored',
  'back',
  'backed',
  'wish',
  'wished',
  'seek',
  'sought',
]);
