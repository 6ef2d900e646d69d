// A sentence's capitalised first word that the tagger reads as a proper noun though it is a common
// plural ("Councillors in Carrow approved …", "Buses will run …"): claims read it as the common
// word it is, so it is no name a supporter must give ("Carrow City Council
// voted to approve …" names no "Councillors") and weighs as a word, not a name, in alignment.
import type { Token } from '../../model/index.ts';
import { fold, foldName, stem } from '../../text/normalise.ts';
import { getModelWords } from '../../text/wink.ts';
import { GIVEN_NAMES } from '../extract/data/given-names.ts';
import { COMMON_SURNAMES, WORD_SURNAMES } from '../extract/data/surnames.ts';
import { PLACE_NAMES } from '../extract/index.ts';
import { REPORTING_STEMS } from './data/word-forms.ts';
import { type Mention, mentionAt } from './mentions.ts';

// One capitalised word in a plural's form ("Councillors", "Buses"; not "Bus", "Financial",
// "Indian": a singular or an adjective may be a name's word, a demonym or a name's qualifier).
const PLURAL_WORD = /^\p{Lu}\p{Ll}+[^su]s$/u;

/**
 * The clause's tokens with its first token read as a common noun when it opens its sentence
 * (`sentence`'s first token), is tagged a proper noun, is one capitalised plural the tagger's
 * lexicon knows in lower case and no list knows as a given name, surname or place, no name the extract stage
 * found covers it (`mentions`), no proper noun follows it ("Mayor Ilsa Brannock", "Carrow City
 * Council" stay names) and it is not who reports ("Engineers have said …": a source stays one a
 * supporter must give, so "The authority has said …" states no claim of the engineers); else the
 * tokens as they are (the same array).
 * @example
 * commonOpener(tokensOf('Councillors in Carrow approved …'), same, []) // 'Councillors' a NOUN
 */
export function commonOpener(
  tokens: readonly Token[],
  sentence: readonly Token[],
  mentions: readonly Mention[],
): readonly Token[] {
  const t = tokens[0];
  if (!t || t !== sentence[0] || t.pos !== 'PROPN' || !PLURAL_WORD.test(t.text)) return tokens;
  const next = tokens[1];
  if (!next || next.pos === 'PROPN' || mentionAt(mentions, t)) return tokens;
  const folded = foldName(t.text);
  if (!getModelWords().has(fold(t.text)) || GIVEN_NAMES.has(folded) || PLACE_NAMES.has(folded)) return tokens;
  if (COMMON_SURNAMES.has(folded) || WORD_SURNAMES.has(folded)) return tokens;
  // (its verb past an aside in commas: "Officials, asked whether …, said …" reports as "Officials said" does)
  const aside = tokens[1]?.text === ',' ? tokens.findIndex((x, i) => i > 1 && x.text === ',') : 0;
  const verb = tokens.findIndex((x, i) => i > Math.max(aside, 0) && x.pos !== 'AUX' && x.pos !== 'ADV');
  if (verb > 0 && REPORTING_STEMS.has(stem(fold(tokens[verb]?.text ?? '')))) return tokens;
  return [{ ...t, pos: 'NOUN' }, ...tokens.slice(1)];
}
