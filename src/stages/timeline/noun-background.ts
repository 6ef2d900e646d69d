import type { Sentence, Token } from '../../model/index.ts';
import type { DateMention } from '../../text/dates/mentions.ts';
import { stem } from '../../text/normalise.ts';
import { REPORTING_STEMS } from '../compare/data/word-forms.ts';
import { irregularPast } from '../compare/support/plan-tense.ts';

// A date told after a past participle that follows a noun ("a strike over the budget cut approved
// last month"): the noun's background, a reduced relative clause, not the sentence's event. Told
// beside a date of the main clause ("were shut on Wednesday as staff began a strike over the cut
// approved last month"), the sentence is dated by its main clause only.

const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'earlier', 'late', 'early']);
const NOUN_POS = new Set(['NOUN', 'PROPN']);
// The words of a noun phrase before its head ("the 40 percent budget cut"), and what starts a clause.
const PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'VERB']);
const CLAUSE_START = new Set(['PUNCT', 'CCONJ', 'SCONJ']);

// Pasts that are also the verb's base ("cut", "set"): no sure participle ("approved the library cut
// last month" tells when it was approved).
const SAME_AS_BASE = new Set([
  'cut',
  'put',
  'set',
  'hit',
  'cost',
  'shut',
  'let',
  'hurt',
  'spread',
  'quit',
  'bet',
  'cast',
  'burst',
  'split',
  'read',
  'bid',
  'broadcast',
  'forecast',
  'upset',
]);

// Whether a token is a past participle: a verb in -ed, or an irregular past ("the law passed", "the
// plan drawn up").
const participle = (t: Token | undefined): boolean =>
  t !== undefined &&
  (t.pos === 'VERB' || t.pos === 'ADJ') &&
  !SAME_AS_BASE.has(t.norm) &&
  (/ed$/.test(t.norm) || irregularPast(t.norm));

// Whether token k ends a noun phrase: a noun, or a noun's word the tagger read as a verb after a noun
// ("the budget cut").
const nounAt = (tokens: readonly Token[], k: number): boolean =>
  NOUN_POS.has(tokens[k]?.pos ?? '') || (tokens[k]?.pos === 'VERB' && NOUN_POS.has(tokens[k - 1]?.pos ?? ''));

// A day told as a possessive before a noun ("an inquiry into Monday's fire", "after Tuesday's vote"):
// the noun's day, no time of the main clause (whose own date, where it has one, dates the sentence).
function possessiveDay(tokens: readonly Token[], offset: number, m: DateMention): boolean {
  if ((m.value.kind !== 'weekday' && m.value.kind !== 'day') || !/['’]s$/.test(m.text)) return false;
  const next = tokens.find((t) => t.start >= offset + m.end);
  return next !== undefined && (NOUN_POS.has(next.pos) || next.pos === 'ADJ');
}

/**
 * Whether date mention `m` of `sentence` (offsets within it) is a possessive day before a noun
 * ("Monday's fire"), or follows a participle that tells of the
 * noun before it, itself past a verb of the main clause that is no reporting verb ("… began a strike
 * over the cut approved last month"; not "The council approved the cut last month", nor "Staff said
 * the council approved it last month").
 */
export function nounBackground(sentence: Sentence, m: DateMention): boolean {
  const tokens = sentence.tokens;
  if (possessiveDay(tokens, sentence.start, m)) return true;
  const at = tokens.findIndex((t) => t.start >= sentence.start + m.start);
  if (at < 2) return false;
  if (inRelativeClause(tokens, at)) return true;
  let k = at - 1;
  if (PREPOSITIONS.has(tokens[k]?.norm ?? '')) k--;
  if (!participle(tokens[k]) || !nounAt(tokens, k - 1)) return false;
  if (REPORTING_STEMS.has(stem(tokens[k]?.norm ?? ''))) return false;
  // the noun phrase is an object, after a preposition or a determiner that follows no clause's start
  // ("over the budget cut approved …"), not a subject ("…, city officials said Wednesday")
  let j = k - 1;
  while (j >= 0 && PHRASE_POS.has(tokens[j]?.pos ?? '')) j--;
  const opener = tokens[j];
  if (
    !opener ||
    !(opener.pos === 'ADP' || (opener.pos === 'DET' && !CLAUSE_START.has(tokens[j - 1]?.pos ?? '')))
  )
    return false;
  // the main clause's verb before the noun phrase
  for (j--; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    return !REPORTING_STEMS.has(stem(t.norm));
  }
  return false;
}

// Relative pronouns that open a clause telling of the noun before them.
const RELATIVES = new Set(['that', 'which', 'who']);

// Whether token `at` sits in a relative clause after a noun, past a verb of the main clause that is
// no reporting verb ("ordered an inquiry into the fire that killed one worker … on Tuesday": the
// fire's day, not the order's); not "officials said that it opened on Tuesday" (no noun before
// "that"), nor past a comma or semicolon (another clause).
function inRelativeClause(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k > 0; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',' || t.text === ';') return false;
    if (!RELATIVES.has(t.norm)) continue;
    const next = tokens[k + 1];
    const verbNext = next?.pos === 'VERB' || next?.pos === 'AUX';
    if (!nounAt(tokens, k - 1) || !verbNext) return false;
    for (let j = k - 2; j >= 0; j--) {
      const v = tokens[j] as Token;
      if (v.pos === 'VERB' || v.pos === 'AUX') return !REPORTING_STEMS.has(stem(v.norm));
    }
    return false;
  }
  return false;
}

/**
 * The mentions of a sentence with the nouns' background left out when another mention dates its main
 * clause; all of them when every one is background (then nothing tells the main clause's time).
 */
export function mainClauseDates<T extends { readonly m: DateMention }>(
  sentence: Sentence,
  dated: readonly T[],
): T[] {
  const main = dated.filter((d) => !nounBackground(sentence, d.m));
  return main.length ? main : [...dated];
}
