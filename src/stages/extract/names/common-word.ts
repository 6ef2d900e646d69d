// A capitalised first word that is a common word of its article (names/start.ts `canStart`).
import { type Doc, sentenceOf, type Tok } from '../../../text/annotated.ts';
import { foldName } from '../../../text/normalise.ts';
import { getModelWords } from '../../../text/wink.ts';
import { GIVEN_NAMES } from '../data/given-names.ts';
import { KNOWN_ORGANIZATIONS } from '../data/organizations.ts';
import { RESIDENT_NOUNS } from '../data/places.ts';
import { SPEAKER_NOUNS } from '../data/speech.ts';
import { COMMON_SURNAMES, WORD_SURNAMES } from '../data/surnames.ts';
import { isOrgWord, isPlaceWord, PLACE_NAMES, titleOf } from './lexicon.ts';

/** What an article writes: see `writtenIn`. */
interface Written {
  /** The words it writes in lower case. */
  readonly lower: Set<string>;
  /** Those it capitalises inside running text. */
  readonly inside: Set<string>;
  /** Of those, the ones it capitalises there other than as the head of a longer name (`headOfName`). */
  readonly alone: Set<string>;
  /** Those it writes capitalised before another capitalised word as a given name ("Mark Tolvey"). */
  readonly named: Set<string>;
}

const WRITTEN = new WeakMap<Doc, Written>();

/**
 * Whether the article writes `word` in lower case somewhere and never capitalises it inside a
 * sentence (after a token of `openers`, a quote mark or a bracket, a word is capitalised as a
 * sentence's first) nor, a given name, before another capitalised word: "Residents may return …" of
 * an article that "told residents", not "Banks said" of one that writes "said Dana Banks" and "burst
 * its banks", nor "Mark said" of one that opens on "Mark Tolvey, 41, runs …" and writes "left its
 * mark"; but "Officers said" of one that opens on "Officers Tam Orr and Lio Vance were …" and writes
 * "two officers" (a plural noun before a name is no given name), and "Rescuers said" of one that opens
 * on "Rescuers Ada Lund and …" (`groupBeforeName`).
 */
export function commonWord(doc: Doc, word: string, openers: ReadonlySet<string>): boolean {
  const seen = writtenIn(doc, openers);
  const lower = word.toLowerCase();
  return seen.lower.has(lower) && !seen.inside.has(lower) && !seen.named.has(lower);
}

/**
 * Whether the capitalised first word at token i is a common word used as one: a word of the tagger's
 * lexicon (in lower case) the article never capitalises inside a sentence, that is no given name,
 * surname, place or organisation the lists know, and that qualifies a title before a person's name
 * ("Opposition councillor Delia Farrant", "Passenger group chair Oren Dask"), is a plural before its
 * verb or a preposition ("Commuters will be stranded", "Crews from the utility worked …"), stands
 * before another lower-case noun and is written in lower case somewhere in its story (`storyLower`:
 * "Council tax will rise" where another article writes "the council"), or is a body's or a
 * facility's word before a noun of those who speak for it ("Hospital officials said", "Council members
 * voted": the officials of a hospital, not a body called "Hospital"). A word the article capitalises
 * inside a sentence only as the head of a longer name ("Kelby General Hospital", "Millbrook Town
 * Council") is still a common word alone. A name before a noun that its story never writes in lower
 * case stays one ("Shell profits fell", "Apple shares"); "Varga said" stays a name (no plural, a verb
 * after it); "Senate leaders" stays one where the article writes "the Senate".
 */
export function lexiconOpener(
  doc: Doc,
  i: number,
  openers: ReadonlySet<string>,
  storyLower: ReadonlySet<string> = NO_WORDS,
): boolean {
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  if (!t || !next || sentenceOf(doc, i + 1) !== sentenceOf(doc, i) || !/^\p{Ll}+$/u.test(next.text))
    return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  const lower = t.text.toLowerCase();
  // a plural before its verb or a preposition ("Commuters will …", "Crews from …"), not before a
  // joiner ("Customs and Border Patrol")
  const plural = /[^s]s$/.test(lower) && PLURAL_BEFORE.has(next.pos);
  const qualifies =
    next.pos === 'NOUN' &&
    (storyLower.has(lower) ||
      titleBeforeName(doc, i + 1) ||
      ((isOrgWord(lower) || isPlaceWord(lower)) && SPEAKER_NOUNS.has(next.norm)));
  if (!plural && !qualifies) return false;
  if (!getModelWords().has(lower)) return false;
  const folded = foldName(t.text);
  if (GIVEN_NAMES.has(folded) || COMMON_SURNAMES.has(folded) || WORD_SURNAMES.has(folded)) return false;
  if (PLACE_NAMES.has(folded) || KNOWN_ORGS.has(folded)) return false;
  const seen = writtenIn(doc, openers);
  return !seen.alone.has(lower) && !seen.named.has(lower);
}

// what a plural common word opens a sentence before: its verb, or a preposition ("Crews from …")
const PLURAL_BEFORE: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADP']);

const NO_WORDS: ReadonlySet<string> = new Set();

/** The words the articles of a story write in lower case (for lexiconOpener). */
export function storyLowerWords(docs: readonly Doc[], openers: ReadonlySet<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const doc of docs) for (const w of writtenIn(doc, openers).lower) out.add(w);
  return out;
}

// at most this many lower-case nouns from the word to its title: "group chair", "councillor"
const TITLE_REACH = 3;

// Whether the lower-case nouns from token `from` end in a title that a capitalised name follows
// ("councillor Delia Farrant", "group chair Oren Dask").
function titleBeforeName(doc: Doc, from: number): boolean {
  const sentence = sentenceOf(doc, from);
  for (let k = from; k < from + TITLE_REACH; k++) {
    const w = doc.tokens[k];
    if (!w || sentenceOf(doc, k) !== sentence || w.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(w.text)) return false;
    const name = doc.tokens[k + 1];
    if (
      titleOf([w.text]) !== undefined &&
      name &&
      sentenceOf(doc, k + 1) === sentence &&
      /^\p{Lu}\p{Ll}/u.test(name.text)
    )
      return true;
  }
  return false;
}

const KNOWN_ORGS: ReadonlySet<string> = new Set([...KNOWN_ORGANIZATIONS].map(foldName));

// What the article writes: in lower case, capitalised inside a sentence, as a given name (WRITTEN).
function writtenIn(doc: Doc, openers: ReadonlySet<string>): Written {
  let seen = WRITTEN.get(doc);
  if (!seen) {
    seen = { lower: new Set(), inside: new Set(), alone: new Set(), named: new Set() };
    doc.tokens.forEach((t, k) => {
      const sentence = doc.sentences[sentenceOf(doc, k)];
      if (/^\p{Ll}+$/u.test(t.text)) {
        seen?.lower.add(t.text);
        return;
      }
      if (!/^\p{Lu}/u.test(t.text) || !sentence || sentence.titleCase) return;
      const next = doc.tokens[k + 1];
      const word = t.text.toLowerCase();
      // "Rescuers Ada Lund …": a group's word, written as a common one ("Rescuers said …" too)
      if (groupShape(doc, k) === 'given') seen?.lower.add(word);
      if (
        /^\p{Lu}\p{Ll}/u.test(t.text) &&
        next &&
        sentenceOf(doc, k + 1) === sentenceOf(doc, k) &&
        /^\p{Lu}\p{Ll}/u.test(next.text)
      )
        if (GIVEN_NAMES.has(word)) seen?.named.add(word);
      if (k !== sentence.first && !openers.has(doc.tokens[k - 1]?.text ?? '')) {
        seen?.inside.add(word);
        if (!headOfName(doc, k)) seen?.alone.add(word);
      }
    });
    WRITTEN.set(doc, seen);
  }
  return seen;
}

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

// Whether token k is a body's or a facility's word closing a longer name, after a capitalised word of
// it ("Council" of "Millbrook Town Council", "Hospital" of "Kelby General Hospital").
function headOfName(doc: Doc, k: number): boolean {
  const t = doc.tokens[k] as Tok;
  if (!isOrgWord(t.text) && !isPlaceWord(t.text)) return false;
  const prev = doc.tokens[k - 1];
  const next = doc.tokens[k + 1];
  return !!prev && /^\p{Lu}/u.test(prev.text) && prev.pos !== 'DET' && !/^\p{Lu}/u.test(next?.text ?? '');
}

/**
 * "Rescuers Ada Lund and Per Vik pulled …", "Officers Tam Orr and …": a plural word opening a sentence of
 * running text before a person's given name and surname (a given name the lists know, or any name when
 * the article writes the word in lower case elsewhere) is the group they belong to, no word of the name.
 * Not a given name itself, nor a place ("Texas", "Paris").
 */
export function groupBeforeName(doc: Doc, i: number, openers: ReadonlySet<string>): boolean {
  if (residentsOf(doc, i)) return true;
  const shape = groupShape(doc, i);
  return shape === 'given' || (shape === 'name' && commonWord(doc, (doc.tokens[i] as Tok).text, openers));
}

// "Residents of Ashby marched …": the people of a place, opening a sentence, are no word of its name
function residentsOf(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  const sentence = doc.sentences[sentenceOf(doc, i)];
  if (!t || !sentence || sentence.titleCase || i !== sentence.first || !RESIDENT_NOUNS.has(t.norm))
    return false;
  return doc.tokens[i + 1]?.norm === 'of' && CAPITALISED.test(doc.tokens[i + 2]?.text ?? '');
}

// A plural word opening a sentence before two capitalised words: 'given' when the first is a given
// name the lists know, else 'name'; null for another shape.
function groupShape(doc: Doc, i: number): 'given' | 'name' | null {
  const [t, given, surname] = [doc.tokens[i], doc.tokens[i + 1], doc.tokens[i + 2]];
  const sentence = doc.sentences[sentenceOf(doc, i)];
  if (!t || !given || !surname || !sentence || sentence.titleCase || i !== sentence.first) return null;
  const word = foldName(t.text);
  if (!/^\p{Lu}\p{Ll}+[^s]s$/u.test(t.text) || GIVEN_NAMES.has(word) || PLACE_NAMES.has(word)) return null;
  if (!CAPITALISED.test(given.text) || !CAPITALISED.test(surname.text)) return null;
  return GIVEN_NAMES.has(foldName(given.text)) ? 'given' : 'name';
}
