/**
 * Words that tell a planned event as called off ("Tuesday's strike has been called off", "the union
 * suspended the walkout", "the visit was postponed"): an article that tells the plan so tells what
 * became of it, it does not leave the plan out (compare/called-off.ts), and the day the event was
 * set for is still the coming one, not a day gone by ("called off Tuesday's strike" in a Saturday
 * article: text/dates/mentions.ts). Each entry is a run of lower-case words matched whole.
 * Not "halted" or "dropped" ("the strike will halt every ferry", "the toll dropped to three"), which
 * tell other things as often.
 */
export const CALL_OFF_CUES: readonly (readonly string[])[] = [
  ['called', 'off'],
  ['call', 'off'],
  ['calls', 'off'],
  ['calling', 'off'],
  ['cancelled'],
  ['canceled'],
  ['cancels'],
  ['cancel'],
  ['cancellation'],
  ['suspended'],
  ['suspends'],
  ['scrapped'],
  ['scraps'],
  ['postponed'],
  ['postpones'],
  ['put', 'off'],
  ['averted'],
  ['abandoned'],
  ['shelved'],
];
