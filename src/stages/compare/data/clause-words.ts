/** Words that open a new clause after a comma (", but the talks failed ..."). */
export const CLAUSE_CONNECTORS: readonly string[] = [
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'yet',
  'however',
];

/**
 * Words that open a sentence with a subordinate clause ending at the first comma ("After the
 * officials visited Mexico, the two countries failed ...").
 */
export const SUBORDINATORS: readonly string[] = [
  'after',
  'as',
  'before',
  'when',
  'while',
  'although',
  'though',
  'since',
  'because',
  'once',
  'following',
  'despite',
  'amid',
  'if',
  'unless',
  'whereas',
];
