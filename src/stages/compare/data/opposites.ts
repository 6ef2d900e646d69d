/**
 * Words of opposite outcomes or states, each side a list of written forms (matched by stem): a
 * sentence that tells one side of a pair where another tells the other side, of the same subject and
 * in the same mood, contradicts it ("the council rejected the plan" / "the council approved the
 * plan"). General newsroom wording, kept small on purpose: a pair missing here only leaves a
 * contradiction unfound.
 */
export const OPPOSITE_WORDS: readonly (readonly [readonly string[], readonly string[]])[] = [
  [
    ['approve', 'approved', 'approves', 'pass', 'passed', 'passes'],
    ['reject', 'rejected', 'rejects'],
  ],
  [
    ['accept', 'accepted', 'accepts'],
    ['reject', 'rejected', 'rejects'],
  ],
  [
    ['acquit', 'acquitted', 'acquits'],
    ['convict', 'convicted', 'convicts'],
  ],
  [
    ['admit', 'admitted', 'admits'],
    ['deny', 'denied', 'denies'],
  ],
  [
    ['confirm', 'confirmed', 'confirms'],
    ['deny', 'denied', 'denies'],
  ],
  [
    ['win', 'won', 'wins'],
    ['lose', 'lost', 'loses'],
  ],
  [
    ['succeed', 'succeeded', 'succeeds'],
    ['fail', 'failed', 'fails'],
  ],
  [
    ['survive', 'survived', 'survives', 'alive'],
    ['kill', 'killed', 'die', 'died', 'dead'],
  ],
  [
    ['naked', 'nude'],
    ['clothed', 'dressed'],
  ],
];
