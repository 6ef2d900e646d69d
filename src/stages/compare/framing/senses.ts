import type { Token } from '../../../model/index.ts';
import { stem } from '../../../text/normalise.ts';
import { OPENING_TOKENS } from '../../../text/quotes/marks.ts';
import { SUBORDINATORS } from '../data/clause-words.ts';
import {
  type ContestedSense,
  LABEL_PLURALS,
  MIGRATION_MENTIONS,
  MIGRATION_WORDS,
  MOVEMENT_NOUNS,
  TERM_SENSES,
  WAR_WORDS,
} from '../data/contested-terms.ts';
import { headAfter, isPeople } from './uses.ts';

const MOVEMENT_STEMS = new Set(MOVEMENT_NOUNS.map(stem));
// words between "of"/"in"/"at" and the noun phrase they open: "a flood of 8,000 migrants", "the tide of these"
const OPENERS = new Set(['DET', 'NUM', 'PRON']);
// what may stand before a verb said of someone: its subject, "to", a modal ("will slam")
const SUBJECTS = new Set(['NOUN', 'PROPN', 'PRON', 'AUX']);
// what may follow it: its object, or a quotation ("Varga blasts ‘witch hunt’")
const OBJECTS = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM']);

const LABELS = new Set(LABEL_PLURALS);
const MIGRATION_STEMS = new Set(MIGRATION_WORDS.map(stem));
const WAR = new Set(WAR_WORDS);
// the words of a sense 'arrivals' entry: in an article about migration, people arriving ("a wave in an invasion")
const ARRIVAL_STEMS = new Set(
  Object.entries(TERM_SENSES).flatMap(([term, sense]) => (sense === 'arrivals' ? [stem(term)] : [])),
);

const aboutPeople = (t: Token | null | undefined, migration: boolean): boolean =>
  t !== null &&
  t !== undefined &&
  (isPeople(t) ||
    LABELS.has(t.norm) ||
    MOVEMENT_STEMS.has(stem(t.text)) ||
    (migration && ARRIVAL_STEMS.has(stem(t.text))));

/**
 * Whether runs of tokens (an article's headline and sentences) are about migration: they use words of
 * MIGRATION_WORDS ("migrants", "asylum", "arrivals") at least MIGRATION_MENTIONS times.
 */
export function aboutMigration(runs: readonly (readonly Token[])[]): boolean {
  let n = 0;
  for (const tokens of runs)
    for (const t of tokens) if (MIGRATION_STEMS.has(stem(t.text)) && ++n >= MIGRATION_MENTIONS) return true;
  return false;
}

// A war's invasion at tokens[first, end): a war's word, a name, a nation's adjective or a possessive
// before it ("a ground invasion", "the Iraq invasion", "the Russian invasion", "Russia's invasion"), or a
// place after its "of", "into" or "on" ("the invasion of Crete").
function warUse(tokens: readonly Token[], first: number, end: number): boolean {
  const before = tokens[first - 1];
  if (before && (WAR.has(before.norm) || before.pos === 'PROPN' || /^['’]s$/.test(before.text))) return true;
  if (before?.pos === 'ADJ' && /^\p{Lu}/u.test(before.text)) return true;
  if (!['of', 'into', 'on'].includes(tokens[end]?.norm ?? '')) return false;
  let k = end + 1;
  while (tokens[k]?.pos === 'DET') k++;
  return tokens[k]?.pos === 'PROPN';
}

/**
 * Whether the words at `tokens[first, end)` are used in the entry's sense (see ContestedSense): a
 * metaphor about people when the noun phrase after its "of", "in" or "at", or the noun right before it
 * (a compound or its subject), names people or their movement; in an article about migration
 * (`migration`, see aboutMigration), an 'arrivals' word in every use but a war's; a verb said of
 * someone when a subject, "to" or a modal stands before it and an object or a quotation after it.
 */
export function inSense(
  sense: ContestedSense,
  tokens: readonly Token[],
  first: number,
  end: number,
  migration = false,
): boolean {
  const before = tokens[first - 1];
  if (sense === 'arrivals' && migration && !warUse(tokens, first, end)) return true;
  if (sense === 'said-of') {
    const after = tokens[end];
    const subject = before !== undefined && (SUBJECTS.has(before.pos) || before.norm === 'to');
    return subject && after !== undefined && (OBJECTS.has(after.pos) || OPENING_TOKENS.has(after.text));
  }
  if (
    before &&
    (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'ADJ') &&
    aboutPeople(before, migration)
  )
    return true;
  if (!['of', 'in', 'at'].includes(tokens[end]?.norm ?? '')) return false;
  let k = end + 1;
  while (OPENERS.has(tokens[k]?.pos ?? '')) k++;
  return aboutPeople(headAfter(tokens, k), migration);
}

// a form of "be" right before a participle makes it passive ("was admitted to hospital")
const BE_FORMS = new Set(['be', 'is', 'are', 'am', 'was', 'were', 'been', 'being']);
// words that open a clause of time, reason or condition, not of what was said
const OPENS_CLAUSE = new Set(SUBORDINATORS);
// how far after the verb the verb of what was said may come ("claimed on Twitter that …")
const CLAUSE_WINDOW = 8;

/**
 * Whether a form of a verb at `tokens[first, end)` (its base form too: "to claim asylum") is used as the entry's verb of saying
 * (VERB_FORM_USES): 'active' when no form of "be" stands right before it; 'clause' when "that",
 * "to", a quotation mark or a verb comes before the next punctuation, within a few words.
 */
export function verbFormInSense(
  use: 'clause' | 'active',
  tokens: readonly Token[],
  first: number,
  end: number,
): boolean {
  if (BE_FORMS.has(tokens[first - 1]?.norm ?? '')) return false;
  if (use === 'active') return true;
  for (let k = end; k < Math.min(tokens.length, end + CLAUSE_WINDOW); k++) {
    const t = tokens[k] as Token;
    if (t.norm === 'that' || t.norm === 'to' || OPENING_TOKENS.has(t.text) || t.text === ':') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    // a clause of time or reason is not what was said ("to claim asylum when they land")
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || OPENS_CLAUSE.has(t.norm)) return false;
  }
  return false;
}
