/**
 * Verbs whose object a "to" + verb completes ("expected 4,000 members to join the strike", "urged
 * parents to keep children at home", "asked residents to leave"): the infinitive after their object
 * is what is expected, asked or urged, no purpose clause, and cutting it would change what the
 * sentence says ("… said it expected 4,000 members."). General English wording, kept small on
 * purpose; plain words, stemmed when compiled.
 */
export const OBJECT_INFINITIVE_VERBS: readonly string[] = [
  'expect',
  'ask',
  'urge',
  'tell',
  'order',
  'want',
  'allow',
  'force',
  'persuade',
  'encourage',
  'invite',
  'require',
  'help',
  'enable',
  'permit',
  'advise',
  'warn',
  'cause',
  'compel',
  'oblige',
  'pressure',
  'press',
  'instruct',
  'authorise',
  'authorize',
  'forbid',
  'appeal',
  'prompt',
  'believe',
  'predict',
  'forecast',
  'estimate',
  'reckon',
  'consider',
  'convince',
];
