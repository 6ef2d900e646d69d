import type { Token } from '../../../model/index.ts';
import { modelNameAt } from '../../../text/model-number.ts';
import { fold, stem } from '../../../text/normalise.ts';
import { PARTICLE_TOLD_BY, PREDICATE_CLASSES, UNDOING_VERBS } from '../data/predicates.ts';
import { REPORTING_STEMS } from '../data/word-forms.ts';
import { isDateWord } from '../patterns.ts';
import { nounOfAnotherWord } from './other-word.ts';
import { perReading, type Reading } from './reading.ts';
import { unlinkedNames, unlinkedNameWords } from './unlinked-names.ts';

// Stem → the stems of its predicate class (data/predicates.ts).
const CLASS_OF = new Map<string, string[]>();
for (const words of PREDICATE_CLASSES) {
  const stems = words.map(stem);
  for (const s of stems) CLASS_OF.set(s, [...(CLASS_OF.get(s) ?? []), ...stems]);
}
const UNDOING = new Set(UNDOING_VERBS.map(stem));
// a predicate → the other stems that tell it: its class's, and a state particle's ("out" → "fire",
// "dismiss" …), in one look-up
const TOLD_BY = new Map(CLASS_OF);
for (const [p, words] of Object.entries(PARTICLE_TOLD_BY))
  TOLD_BY.set(p, [...(CLASS_OF.get(p) ?? []), ...words.map(stem)]);
const NONE: readonly string[] = [];

/** Whether two stems are one word or of one predicate class ("killed" / "died"). */
export const sameClass = (p: string, q: string): boolean => p === q || (CLASS_OF.get(p) ?? NONE).includes(q);

/** Whether two readings' main predicates (their first) are the same or of one class. */
export const sameMainPredicate = (a: Reading, b: Reading): boolean => {
  const [p, q] = [a.predicates[0], b.predicates[0]];
  return p !== undefined && q !== undefined && (p === q || (CLASS_OF.get(p) ?? NONE).includes(q));
};

/** Whether `b` tells predicate `p`: the same stem in any part of speech ("met" / "the meeting"), or one of its class. */
export const tells = (p: string, b: Reading): boolean =>
  b.allStems.has(p) || (TOLD_BY.get(p) ?? NONE).some((q) => b.allStems.has(q));

// Whether `b` tells `a`'s predicate `p`: as `tells`, but a verb whose noun is another word ("placed
// on the list" / "took his place") is told by that noun only where `a` writes it as a noun too.
const tellsOf = (a: Reading, p: string, b: Reading): boolean =>
  tells(p, b) && (!nounOfAnotherWord(a, p, b) || (TOLD_BY.get(p) ?? NONE).some((q) => b.allStems.has(q)));

/** Whether `b` tells one of `a`'s predicates (a claim with no predicate verb passes). */
export const sharesPredicate = (a: Reading, b: Reading): boolean =>
  a.predicates.length === 0 || a.predicates.some((p) => tellsOf(a, p, b));

/**
 * Whether `b` tells every predicate of `a`, as support needs: "appointed a prosecutor … despite
 * opinions that said it would be difficult to proceed" is not stated by a sentence without the proceeding.
 */
export const tellsEveryPredicate = (a: Reading, b: Reading): boolean =>
  a.predicates.every((p) => tellsOf(a, p, b));

/** Whether a verb undoes the event on one side only ("cancelled the talks" / "held the talks"). */
export const undoneOnOneSide = (a: Reading, b: Reading): boolean =>
  [...UNDOING].some((u) => a.allStems.has(u) !== b.allStems.has(u));

/**
 * The share of `a`'s names that `b` names: by entity or spelling, or else by the words of the names
 * ("Rep. Elijah E. Cummings" / "Cummings", "INS Sukanya" / "Sukanya").
 */
export function nameShare(a: Reading, b: Reading): number {
  if (a.names.length === 0) return 1;
  const byKey = a.names.filter((n) => b.claim.terms.has(n)).length / a.names.length;
  if (a.nameWords.size === 0) return byKey;
  let shared = 0;
  for (const w of a.nameWords) if (b.nameWords.has(w)) shared++;
  return Math.max(byKey, shared / a.nameWords.size);
}

// (isDateWord is defined beside the date patterns it reads; its readers import it from here too)
export { isDateWord };

// The words of the names that report the claim, not take part in it: the subject of a reporting verb
// ("The Harbour Office said last week that …", "…, police in Vessmark said", "…, said Sgt. Ola Brandt").
export const sourceWords = perReading(
  (r: Reading): ReadonlySet<string> =>
    new Set([...sourceAt(r)].map((k) => fold((r.claim.tokens[k] as Token).text))),
);

/** Where the names that report the claim stand: the indices of sourceWords' proper nouns. */
export const sourceAt = perReading((r: Reading): ReadonlySet<number> => {
  const tokens = r.claim.tokens;
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || !REPORTING_STEMS.has(stem(t.text))) return;
    // "continues to add to its range": no one reports there ("according to" keeps its source)
    if (['add', 'continu'].includes(stem(t.text)) && tokens[i + 1]?.norm === 'to') return;
    // the phrase before the verb, and after it when the verb ends the clause ("…, said Lee Park.")
    for (let k = i - 1; k >= 0 && tokens[k]?.pos !== 'VERB' && !/^[,;:]$/.test(tokens[k]?.text ?? ''); k--)
      if (tokens[k]?.pos === 'PROPN') out.add(k);
    if (tokens[i - 1]?.text === ',' || i === 0)
      for (let k = i + 1; k < tokens.length && tokens[k]?.pos !== 'VERB' && tokens[k]?.text !== ','; k++)
        if (tokens[k]?.pos === 'PROPN') out.add(k);
    // and whom it was told to, between the verb and its "that" ("told Iranian media that …")
    let j = i + 1;
    while (j < tokens.length && tokens[j]?.pos !== 'VERB' && !/^(,|that)$/.test(tokens[j]?.norm ?? '')) j++;
    if (tokens[j]?.norm === 'that')
      for (let k = i + 1; k < j; k++) if (tokens[k]?.pos === 'PROPN') out.add(k);
  });
  return out;
});

/** Every word of a claim, folded, and a code with its number as one word ("AK 47": "ak-47"). */
export const foldedWords = perReading((r): ReadonlySet<string> => {
  const tokens = r.claim.tokens;
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    out.add(fold((tokens[i] as Token).text));
    const code = modelNameAt(tokens, i);
    if (code !== null) out.add(code);
  }
  return out;
});

/**
 * The share of `a`'s participants (the words of its names, dates left out) that `b` names: a
 * supporter names who and where the claim names ("23 Estonian pirates" is not stated by "23
 * pirates" of a look-alike capture; "a gang boss in Torrecava" not by one "in a Vessmark jail"). Who
 * reports it ("the Harbour Office said") is its source, not a participant. A claim that names no one
 * (its names are pronouns, dates or sources) has nothing to check here.
 */
export function participantShare(a: Reading, b: Reading): number {
  const sources = sourceWords(a);
  // titles cut short ("Mr.", "Gov.") are no names
  const words = [...a.nameWords].filter((w) => !isDateWord(w) && !sources.has(w) && !w.endsWith('.'));
  if (words.length === 0) return 1;
  // a name's words, in any case ("the Western Hemisphere" / "the western hemisphere"), or its
  // entity ("Mr Lunde" / "Lunde"), whichever shares more; by entity, the name words no entity
  // covers count too ("23 Orvanian and Brennish pirates in the Gulf of Vell" is not stated by "23
  // pirates in the Gulf of Vell")
  const inB = foldedWords(b);
  const byWord = words.filter((w) => inB.has(w)).length / words.length;
  const keys = a.names.filter((n) => n.startsWith('e:'));
  if (keys.length === 0) return byWord;
  const unlinked = words.filter((w) => unlinkedNameWords(a).has(w));
  const found = keys.filter((n) => b.claim.terms.has(n)).length + unlinked.filter((w) => inB.has(w)).length;
  return Math.max(found / (keys.length + unlinked.length), byWord);
}

/**
 * Whether a person the claim names (or its subject pronoun stands for) goes unnamed in `b`, by
 * entity or surname: "Police arrested Ray Dunmore" is not stated by "Police arrested Tom Ashby",
 * nor "Bright and Ashby were arrested" by "Bright was arrested". Who reports the claim is left out.
 */
export function personMissing(a: Reading, b: Reading): boolean {
  const { persons, surnames } = personsToFind(a);
  const inB = foldedWords(b);
  for (const [id, surname] of persons) {
    if (b.claim.entityIds.has(id)) continue;
    if (surname === undefined || !inB.has(surname)) return true;
  }
  return surnames.some((w) => !inB.has(w));
}

// Who personMissing looks for in the other side, read once per reading: each person not only a
// source, by entity id with its surname (undefined when it has none), and the surname of each
// full name no entity was found for ("Ilse Brandt" counts as a person too).
const personsToFind = perReading((a: Reading) => {
  const sources = sourceWords(a);
  const persons: (readonly [string, string | undefined])[] = [];
  for (const [id, words] of a.claim.persons) {
    const own = words.filter((w) => !w.endsWith('.') && !isDateWord(w));
    if (own.length && own.every((w) => sources.has(w))) continue;
    persons.push([id, own[own.length - 1]]);
  }
  const surnames = unlinkedNames(a)
    .filter((run) => !run.every((w) => sources.has(w)))
    .map((run) => run[run.length - 1] as string);
  return { persons, surnames };
});

/**
 * Whether a predicate both tell (itself or one of its class) is negated on one side only: "has
 * died" / "has not died", where the claim's first predicate is in an aside ("Williams, who starred
 * in …, has died"). Only polarity: a mood read per predicate ("would raise" / "to raise") is too
 * often a paraphrase.
 */
export function predicatePolarityDiffers(a: Reading, b: Reading): boolean {
  for (const p of a.predicates) {
    const mine = a.moods.get(p);
    if (!mine) continue;
    const theirs = moodOf(p, b);
    if (theirs && theirs.negated !== mine.negated) return true;
  }
  return false;
}

/**
 * The mood in `b` of `a`'s main predicate, where `b` tells it as a predicate of its own, else `b`'s; or
 * `b`'s own where `a`'s mood is not that predicate's ('"We did not want …, but they left us no choice,"
 * he said': negated, "left" not) and `b` tells it in `a`'s mood of it: like with like.
 */
export function moodIn(a: Reading, b: Reading): { modality: Reading['modality']; negated: boolean } {
  const p = a.predicates[0];
  const theirs = p !== undefined ? moodOf(p, b) : undefined;
  if (!theirs) return { modality: b.modality, negated: b.negated };
  const mine = moodOf(p as string, a);
  const mainMood = mine !== undefined && mine.negated === a.negated && mine.modality === a.modality;
  const sameMood = mine !== undefined && mine.negated === theirs.negated && mine.modality === theirs.modality;
  return !mainMood && sameMood ? { modality: b.modality, negated: b.negated } : theirs;
}

// The mood in `b` of predicate `p` itself, else of the first of its class `b` tells as a predicate.
function moodOf(
  p: string,
  b: Reading,
): { readonly modality: Reading['modality']; readonly negated: boolean } | undefined {
  const own = b.moods.get(p);
  if (own) return own;
  for (const q of CLASS_OF.get(p) ?? NONE) {
    const mood = b.moods.get(q);
    if (mood) return mood;
  }
  return undefined;
}
