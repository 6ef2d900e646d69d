import { dict } from './dict.ts';

// British and American spellings of one word, read by `spellingFold` (text/spelling.ts): each rule
// rewrites a British ending as the American one, so "harbour" / "harbor" or "organisation" /
// "organization" fold alike. Two words fold alike only where both were written; a rule that made a
// British word into another English word ("filled" into "filed") is left out.

/** Endings rewritten (pattern on a folded word, replacement), in order. */
export const SPELLING_ENDINGS: readonly (readonly [RegExp, string])[] = [
  // colour, harbour, labourers, favoured, honouring, neighbourhood (not "four", "hour", "your": five
  // letters at least)
  [/(?<=\p{L}{3})our(s|ed|ing|er|ers|ite|ites|able|hood|hoods|ful|less)?$/u, 'or$1'],
  // organise, organisation, realised, analyse, paralysing
  [/(?<=\p{L}{2})is(e|es|ed|ing|ation|ations|er|ers)$/u, 'iz$1'],
  [/(?<=\p{L}{2})ys(e|es|ed|ing)$/u, 'yz$1'],
  // centre, theatres, metre, fibre (not "genre")
  [/(?<=[^n]\p{L})tre(s)?$/u, 'ter$1'],
  // travelled, cancelling, signalled, modeller (after e or a only: "filled" and "filed" stay two)
  [/([ea])ll(ed|ing|er|ers)$/u, '$1l$2'],
  // catalogue, dialogues
  [/(?<=\p{L}{3})ogue(s)?$/u, 'og$1'],
  // defence, offences, licence, pretence
  [/^(def|off|lic|pret)ence(s)?$/u, '$1ense$2'],
];

/** Whole words spelt otherwise, British then American. */
export const SPELLING_WORDS: Readonly<Record<string, string>> = dict({
  grey: 'gray',
  programme: 'program',
  programmes: 'programs',
  ageing: 'aging',
  judgement: 'judgment',
  judgements: 'judgments',
  tyre: 'tire',
  tyres: 'tires',
  kerb: 'curb',
  cheque: 'check',
  cheques: 'checks',
  plough: 'plow',
  aluminium: 'aluminum',
  sceptical: 'skeptical',
});
