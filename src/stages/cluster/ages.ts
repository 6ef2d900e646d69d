// The ages an article gives its people ("a 38-year-old accountant", "Ilse Varga, 54,"): two stories
// that give two or more of the same are told of the same people (an office shooting and the gunman's
// charge: his age and a victim's), which look-alike events of one beat, told in the same words,
// seldom are.
import type { SegmentedArticle, Token } from '../../model/index.ts';
import { ageAt, ageFigure } from '../../text/ages.ts';
import { FEMALE_WORDS, MALE_WORDS } from '../extract/data/gender.ts';
import { SITE_NOUNS } from '../extract/data/organizations.ts';
import { FACILITY_WORDS, PLACE_WORDS } from '../extract/data/places.ts';
import { SPEAKER_NOUNS } from '../extract/data/speech.ts';
import { PERSON_HEADS } from './data/person-heads.ts';
import { THING_NOUNS } from './data/thing-nouns.ts';
import { SHARED_AGES, SHARED_AGES_MERGE_BAR } from './merge-patterns.ts';

const THINGS = new Set([...PLACE_WORDS, ...FACILITY_WORDS, ...SITE_NOUNS, ...THING_NOUNS]);
const PEOPLE = new Set([...PERSON_HEADS, ...SPEAKER_NOUNS, ...FEMALE_WORDS, ...MALE_WORDS]);
/** The shape of a noun of someone who does something ("worker", "accountant", "parolee", "firefighter"). */
const AGENT = /(?:er|or|ist|ee|ian|ant|ent|man|woman|person)$/;
const NOUN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ']);
/**
 * The most words of the noun phrase after "N-year-old" read for its head ("the 120-year-old Millrace
 * Bridge"); a longer phrase has no head found. Read to its end, a phrase whose first words name a
 * place is no thing ("a 31-year-old Kessor town council road worker").
 */
const HEAD_REACH = 6;

// The head noun an "N-year-old" age ending at `end` (its number at `i`) is told of: the last word of the
// noun phrase after it ("a 90-year-old stone crossing"), or, with none, the noun before "which is"
// ("the Kell pier, which is 80 years old"); null when neither is found.
function headOf(tokens: readonly Token[], i: number, end: number): Token | null {
  let head: Token | null = null;
  for (let k = end; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // a noun in "-ing" after a noun is often tagged a verb ("a stone crossing")
    const nounIng = head?.pos === 'NOUN' && t.pos === 'VERB' && /ing$/i.test(t.text);
    if (!NOUN_PHRASE.has(t.pos) && !nounIng) break;
    if (k - end === HEAD_REACH) return null;
    head = t;
  }
  if (head) return head;
  const [be, which, comma] = [tokens[i - 1], tokens[i - 2], tokens[i - 3]];
  if (!be || !/^(?:is|was|are|were)$/i.test(be.text) || !/^(?:which|that)$/i.test(which?.text ?? ''))
    return null;
  const noun = comma?.text === ',' ? tokens[i - 4] : comma;
  return noun && (noun.pos === 'NOUN' || noun.pos === 'PROPN') ? noun : null;
}

// Whether an age at `i` (ending at `end`) is told of a thing: "N-year-old" or "N years old" whose head
// noun names a place, a facility or a thing (`THINGS`), or is a common noun of no person (`PEOPLE`, nor
// of an agent's shape: "the 40-year-old tannery"); one with no head ("a 38-year-old was held"), a name
// for head ("the 52-year-old Ann Wu"), or set off after a name, "aged" or "was" is a person's.
function toldOfThing(tokens: readonly Token[], i: number, end: number): boolean {
  if (ageAt(tokens, i)?.kind !== 'year-old') return false;
  const head = headOf(tokens, i, end);
  if (!head) return false;
  const word = head.text.toLowerCase();
  const one = word.replace(/s$/, '');
  if (THINGS.has(word) || THINGS.has(one)) return true;
  return head.pos === 'NOUN' && !PEOPLE.has(word) && !PEOPLE.has(one) && !AGENT.test(one);
}

/**
 * The ages told in an article's sentences in digits, as the figure readers read them (`ageFigure`: no
 * range, no decade of life), with their unit (`38|age-year`), each once, sorted; none below 2, none
 * told of a thing ("the 120-year-old Millrace Bridge": a landmark's age is shared by every story of it).
 * @example
 * statedAges(doc) // ['38|age-year', '63|age-year']
 */
export function statedAges(doc: SegmentedArticle): string[] {
  const keys = new Set<string>();
  for (const { tokens } of doc.sentences)
    for (let i = 0; i < tokens.length; i++) {
      const code = tokens[i]?.text.charCodeAt(0) ?? 0;
      if (code < 0x30 || code > 0x39) continue;
      const read = ageFigure(tokens, i);
      const age = read?.figure;
      if (!age || age.worded || age.value < 2 || toldOfThing(tokens, i, read.end)) continue;
      keys.add(`${age.value}|${age.unit}`);
    }
  return [...keys].sort();
}

/** Each article's ages (`Particulars.ages`; undefined when not read). */
type AgesOf = readonly (readonly string[] | undefined)[];

/**
 * The most ages one article of `own` gives that one article of `theirs` gives too: ages told of the
 * same people in one telling each, not gathered over a large story's articles (whose many people give
 * many ages, so that it would clear the bar against any story of its beat more easily).
 */
export function sharedAges(own: AgesOf, theirs: AgesOf): number {
  let most = 0;
  for (const a of own) {
    if (!a?.length) continue;
    for (const b of theirs) {
      if (!b?.length) continue;
      let n = 0;
      for (const key of a) if (b.includes(key)) n++;
      most = Math.max(most, n);
    }
  }
  return most;
}

/**
 * The bar a story must pass, centroid and articles, to merge into another: `bar`, or at most
 * `SHARED_AGES_MERGE_BAR` when an article of each gives `SHARED_AGES` of the same ages or more
 * (`sharedAges`).
 */
export function agesBar(own: AgesOf, theirs: AgesOf, bar: number): number {
  return sharedAges(own, theirs) >= SHARED_AGES ? Math.min(bar, SHARED_AGES_MERGE_BAR) : bar;
}
