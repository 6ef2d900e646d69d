/**
 * Verbs that tell a measure changed, by the direction of the change: "the jobless rate rose" and
 * "jobless rate climbs" tell one rise. A movement verb tells a direction only with its particle
 * ("ticked up", "edged lower"; "ticked down" is a fall). General English, plain words, stemmed when
 * compiled; a word missing here only lists a point another outlet's headline tells.
 */
export const CHANGE_VERBS: Readonly<Record<'up' | 'down', readonly string[]>> = {
  up: ['rise', 'increase', 'climb', 'grow', 'jump', 'surge', 'soar', 'spike'],
  down: ['fall', 'drop', 'decline', 'decrease', 'plunge', 'slump', 'dip', 'slip', 'sink', 'tumble'],
};

/** Verbs of movement that tell a direction by the particle right after them. */
export const MOVEMENT_VERBS: readonly string[] = [
  'tick',
  'edge',
  'inch',
  'creep',
  'go',
  'move',
  'nudge',
  'trend',
];

/** The particles that give a movement verb its direction. */
export const DIRECTION_PARTICLES: Readonly<Record<'up' | 'down', readonly string[]>> = {
  up: ['up', 'higher'],
  down: ['down', 'lower'],
};

/**
 * Nouns that name the measure of what their modifiers name ("the unemployment rate", "the level of
 * the river"): a headline on "unemployment" tells the rate's change without the word.
 */
export const MEASURE_HEADS: readonly string[] = ['rate', 'level', 'number', 'figure', 'total', 'index'];
