/**
 * Words that carry no claim of their own: reporting verbs and attribution glue. They are left out of
 * claim similarity so "X said Y" and "Y, according to X" compare on Y.
 */
export const REPORTING_STEMS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'add',
  'accord',
  'state',
  'note',
  'report',
  'continu',
  'stress',
  'emphasiz',
  'explain',
  'announc',
  'claim',
  'write',
  'also',
  'just',
  'even',
  'still',
  'now',
]);

/** Words a speaker's name is taken from but that name institutions, not people. */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'house',
  'department',
  'ministry',
  'office',
  'council',
  'agency',
  'administration',
  'government',
  'committee',
  'commission',
  'police',
  'patrol',
  'protection',
  'service',
  'statement',
  'court',
  'party',
  'congress',
  'senate',
  'university',
  'association',
  'company',
  'bank',
  'press',
  'news',
]);

/** Titles and roles: a speaker known only by one of these ("Chief", "the minister") is not compared. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'chief',
  'justice',
  'judge',
  'president',
  'vice',
  'minister',
  'secretary',
  'senator',
  'sen',
  'rep',
  'representative',
  'governor',
  'gov',
  'mayor',
  'general',
  'gen',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'official',
  'officials',
  'director',
  'chairman',
  'chair',
  'leader',
  'speaker',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prime',
  'king',
  'queen',
  'prince',
  'pope',
]);

/**
 * Prepositions that open the occasion of a saying between its verb and the day it was said ("said at
 * a news conference Wednesday", "said in a statement on Friday", "told reporters during a briefing
 * Monday"): the day dates the saying, not the event told.
 */
export const OCCASION_PREPOSITIONS: readonly string[] = ['at', 'in', 'during'];

/** Verbs that give quoted words to a speaker by naming a thing with them ("called the bill “cruel”"), any inflection. */
export const NAMING_VERBS: ReadonlySet<string> = new Set(
  'call calls called calling term termed dub dubbed brand branded label labels labelled labeled'.split(' '),
);

/** Words of a quotation that carry no content of their own ("the", "our", "to"): two wordings of it may differ in them. */
export const QUOTE_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'the a an our their his her its my your to of and or in on at for by with from that this these those it is are was were be'.split(
    ' ',
  ),
);
