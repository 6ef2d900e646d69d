/**
 * The words around a vote's count that the summary cuts with it or leaves beside the cut
 * (tally-cut.ts). General English, kept small; plain lower-case words.
 */

/** Words that lead a count and are cut with it: "by 8 votes to 3", "by a vote of 8-3". */
export const TALLY_LEADS: readonly (readonly string[])[] = [
  ['by', 'a', 'vote', 'of'],
  ['in', 'a', 'vote', 'of'],
  ['on', 'a', 'vote', 'of'],
  ['by', 'a', 'margin', 'of'],
  ['by'],
];

/**
 * Words that may follow a count and leave the words around it whole when it is cut ("passed the
 * budget 8-3 late Tuesday", "voted seven to four to approve it"); a weekday may too. A noun after it
 * ("a 7-4 vote") would hang.
 */
export const AFTER_TALLY: ReadonlySet<string> = new Set(
  `on at in late early after before with ending and to as when while last this tonight today yesterday`.split(
    /\s+/,
  ),
);
