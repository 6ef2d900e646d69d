// Prepositions, read by the extract stage's names and by the shared number reading (model-number.ts).

/** Prepositions after which a name is most often a place ("in X", "near X"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'from',
  'near',
  'into',
  'across',
  'outside',
  'inside',
  'toward',
  'towards',
  'through',
  'via',
]);
