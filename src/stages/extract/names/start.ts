// Where a person's, a body's or a place's name may start: a sentence's first word only when it is surely
// a name, a given name the tagger reads as a common word ("Rose Amsel said …") before a proper noun.
import { type Doc, sentenceOf, type Tok } from '../../../text/annotated.ts';
import { foldName } from '../../../text/normalise.ts';
import { GIVEN_COMMON_WORDS, GIVEN_NAMES } from '../data/given-names.ts';
import { LEGAL_SUFFIXES } from '../data/organizations.ts';
import { LABEL_NOUNS, ROLE_QUALIFIERS } from '../data/titles.ts';
import { CALENDAR_WORD, DATE_ENTITIES } from '../patterns.ts';
import { commonWord, lexiconOpener } from './common-word.ts';
import { extendRun } from './extend.ts';
import { isHonorific, isOrgWord, isPlaceWord, titleOf } from './lexicon.ts';
import { isNameWord, OPENERS } from './runs.ts';

/**
 * "Rose Amsel said …", "said Will Arden": a capitalised given name the tagger reads as a common word (a
 * verb, an auxiliary, a noun) opens a person's name of at most four words before a proper noun, unless
 * it ends in a body's or a place's word; not in a question ("Will Arden Park reopen?"), a Title-Case
 * line, nor before a date's word ("May Day").
 */
function givenAtHead(doc: Doc, i: number, t: Tok, sentence: Doc['sentences'][number] | undefined): boolean {
  // the shape first: it turns away most words at their first letter, before a look-up of the fold
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  const given = foldName(t.text);
  if (!(GIVEN_NAMES.has(given) || GIVEN_COMMON_WORDS.has(given))) return false;
  const next = doc.tokens[i + 1];
  if (!sentence || sentence.titleCase || next?.pos !== 'PROPN' || !isNameWord(next)) return false;
  if (doc.tokens[sentence.end - 1]?.text === '?') return false;
  const j = extendRun(doc, i, sentence.end);
  const last = (doc.tokens[j - 1] as Tok).text;
  return j - i <= 4 && !isOrgWord(last) && !isPlaceWord(last);
}

/**
 * Whether token i is a given name the tagger reads as a common word that opens a person's name ("Will"
 * of "Will Arden said"); the speaker phrases read it as a word of the name, as canStart does.
 */
export function givenNameOpens(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return t !== undefined && t.pos !== 'PROPN' && givenAtHead(doc, i, t, doc.sentences[sentenceOf(doc, i)]);
}

// A capitalised label noun ("Parent", "Fisherman") before two or more name words that end in no body's
// or place's word ("Parent Tomas Rydell", not "Farmer Brothers Ltd" nor "Miner Street Bridge").
function labelBeforeName(
  doc: Doc,
  i: number,
  t: Tok,
  sentence: Doc['sentences'][number] | undefined,
): boolean {
  if (
    !LABEL_NOUNS.has(t.text.toLowerCase()) ||
    !isNameWord(doc.tokens[i + 1]) ||
    !isNameWord(doc.tokens[i + 2])
  )
    return false;
  if (sentence?.titleCase) return false;
  const j = extendRun(doc, i + 1, sentence ? sentence.end : doc.tokens.length);
  const last = (doc.tokens[j - 1] as Tok).text;
  return !isOrgWord(last) && !isPlaceWord(last);
}

/**
 * Whether a name starts at token i; a sentence's first word only when it is surely a name, not just
 * capitalised (`storyLower`: the words its story writes in lower case, for lexiconOpener).
 */
export function canStart(doc: Doc, i: number, storyLower?: ReadonlySet<string>): boolean {
  const t = doc.tokens[i] as Tok;
  const sentence = doc.sentences[sentenceOf(doc, i)];
  const prev = doc.tokens[i - 1];
  const initial = !sentence || i === sentence.first || (prev !== undefined && OPENERS.has(prev.text));
  // (inside a sentence too: "said Will Arden"; not a month's "May")
  const date = !initial && ((t.entity && DATE_ENTITIES.has(t.entity)) || CALENDAR_WORD.test(t.text));
  if (t.pos !== 'PROPN' && !date && givenAtHead(doc, i, t, sentence)) return true;
  if (!isNameWord(t)) return false;
  // "Acme, Inc. said": a legal suffix after a comma closes the name before it, it opens none
  if (prev?.text === ',' && LEGAL_SUFFIXES.has(t.norm)) return false;
  if (!initial || isHonorific(t.text) || titleOf([t.text]) !== undefined) return true;
  // "City Manager Felix Darrow said": a title of two capitalised words opens a name as one word does
  const next = doc.tokens[i + 1];
  if (isNameWord(next) && titleOf([t.text, (next as Tok).text]) !== undefined) return true;
  // "Assistant general manager Siv Marten …": a role's qualifier before the role in lower case
  if (ROLE_QUALIFIERS.has(t.norm) && /^\p{Ll}/u.test(doc.tokens[i + 1]?.text ?? '')) return false;
  // "Fisherman Arvid Sten said …": a label noun before a full name is the label; the name starts after it
  if (labelBeforeName(doc, i, t, sentence)) return false;
  // "Residents of Tolmere will …": a lone first word the article writes in lower case elsewhere, and
  // never capitalised inside a sentence, is a common word (a surname "Banks" is met as "said Banks")
  // "Opposition councillor …", "Commuters will …": a common word of the lexicon used as one (lexiconOpener)
  if (t.pos === 'PROPN')
    return (
      isNameWord(doc.tokens[i + 1]) ||
      !(commonWord(doc, t.text, OPENERS) || lexiconOpener(doc, i, OPENERS, storyLower))
    );
  // "City Hall says", "Border Patrol agents …": a common word opens a body's or a place's name
  const end = sentence ? sentence.end : doc.tokens.length;
  const j = isNameWord(doc.tokens[i + 1]) ? extendRun(doc, i, end) : i + 1;
  const last = (doc.tokens[j - 1] as Tok).text;
  return j > i + 1 && (isOrgWord(last) || isPlaceWord(last));
}
