/**
 * Words of opposite directions or states, each side a list of written forms (matched by stem), for
 * support only: a candidate that tells one side where the claim tells the other, and none of the
 * claim's side, does not state it ("the authority had lost 3 million" / "had made a profit of 3
 * million"; "will close in June" / "will stay open through June"). Wider than OPPOSITE_WORDS (which
 * proves a contradiction and so checks the subject too): a pair here only withholds a ✓. General
 * newsroom wording, kept small; a missing pair leaves a false ✓ possible.
 */
export const ANTONYM_WORDS: readonly (readonly [readonly string[], readonly string[]])[] = [
  [
    ['loss', 'losses', 'lost', 'lose', 'loses', 'deficit'],
    ['profit', 'profits', 'profitable', 'surplus'],
  ],
  [
    ['close', 'closed', 'closes', 'closing', 'closure', 'closures', 'shut', 'shuts', 'shutting'],
    ['open', 'opened', 'opens', 'opening', 'reopen', 'reopened', 'reopens', 'reopening'],
  ],
  [
    [
      'rise',
      'rose',
      'risen',
      'rises',
      'rising',
      'increase',
      'increased',
      'increases',
      'raise',
      'raised',
      'growth',
      'grow',
      'grew',
      'grown',
      'grows',
    ],
    [
      'shrink',
      'shrank',
      'shrunk',
      'shrinks',
      'fall',
      'fell',
      'fallen',
      'falls',
      'falling',
      'decrease',
      'decreased',
      'decreases',
      'decline',
      'declined',
    ],
  ],
  [
    ['rise', 'rose', 'risen', 'rises', 'increase', 'increased', 'increases', 'raise', 'raised', 'raises'],
    ['cut', 'cuts', 'reduce', 'reduced', 'reduces', 'lower', 'lowered', 'lowers', 'drop', 'dropped'],
  ],
  [
    ['win', 'won', 'wins', 'winner', 'victory'],
    ['lose', 'lost', 'loses', 'loser', 'defeat'],
  ],
  [
    ['allow', 'allowed', 'allows', 'permit', 'permitted', 'permits'],
    ['ban', 'banned', 'bans', 'forbid', 'forbade', 'forbidden', 'prohibit', 'prohibited'],
  ],
];
