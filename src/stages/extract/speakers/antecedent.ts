import { type Doc, sentenceOf } from '../../../text/annotated.ts';
import { WRITING_CUES } from '../data/speech.ts';
import { KIN_NOUNS } from '../data/titles.ts';
import type { PersonMention, ResolvedEntities } from '../entities/resolve.ts';
import { SPEAKER_LOOKBACK_PARAGRAPHS } from '../patterns.ts';
import { mentionEnd, possessiveAfter } from './bodies-joined.ts';
import { isCue } from './cues.ts';
import { fitsPronoun, type Gender, genderBefore } from './gender.ts';
import { fittingPerson, knownGender } from './pronoun-fit.ts';
import { untypedNameBetween } from './unnamed-subject.ts';

// Who a "he" or "she" speaker stands for.

/** What the antecedent reads of an earlier speaker: who, and where their phrase stands. */
interface EarlierSpeaker {
  readonly entityId: string | null;
  readonly token: number;
  readonly paragraph: number;
  readonly cueToken?: number;
}

/** Tokens a cue that closes its sentence may have after it ("he said on Thursday night."). */
const CLOSING_TAIL = 4;
/** Tokens within which a person named after the last speaker still leaves the pronoun to that speaker. */
const NAMED_AFTER = 40;
/** What a sentence may open with before its subject's name: a role ("Union president Kara Lind"). */
const ROLE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

const writes = (doc: Doc, cue: number): boolean => WRITING_CUES.has(doc.tokens[cue]?.norm ?? '');

/** The word right before the name at `token`, past a comma ("his wife, Ann Wu"). */
function wordBefore(doc: Doc, token: number): string {
  return doc.tokens[doc.tokens[token - 1]?.text === ',' ? token - 2 : token - 1]?.norm ?? '';
}

// "Jackman … makes pancakes for son Oscar, 8, daughter Ava, 3": a relative named by the relation after
// another person of their sentence who fits the pronoun is that person's relative, not whom a later "he"
// or "she" stands for.
function relativeOfEarlier(
  doc: Doc,
  list: readonly PersonMention[],
  k: number,
  fits: (entityId: string) => boolean,
): boolean {
  const m = list[k] as PersonMention;
  if (!KIN_NOUNS.has(wordBefore(doc, m.token))) return false;
  const sentence = sentenceOf(doc, m.token);
  for (let j = k - 1; j >= 0; j--) {
    const p = list[j] as PersonMention;
    if (sentenceOf(doc, p.token) !== sentence) return false;
    if (p.entityId !== m.entityId && !KIN_NOUNS.has(wordBefore(doc, p.token)) && fits(p.entityId))
      return true;
  }
  return false;
}

/** The last person mentioned before `token`, within the lookback, who fits `fits`, relatives of another aside. */
function nearestPerson(
  doc: Doc,
  list: readonly PersonMention[] | undefined,
  token: number,
  paragraph: number,
  fits: (entityId: string) => boolean,
): PersonMention | undefined {
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as PersonMention).token < token) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const found = list[k] as PersonMention;
    if (paragraph - found.paragraph > SPEAKER_LOOKBACK_PARAGRAPHS) return undefined;
    if (fits(found.entityId) && !relativeOfEarlier(doc, list, k, fits)) return found;
  }
  return undefined;
}

// "…, he added." and "…,” he said on Monday.": the pronoun and its cue close the sentence, so what
// comes before is what was said, and a person it names is talked about, not speaking.
function closesReport(doc: Doc, a: number, cueToken: number): boolean {
  const end = doc.sentences[sentenceOf(doc, a)]?.end ?? doc.tokens.length;
  if (cueToken !== a + 1 || end - cueToken - 1 > CLOSING_TAIL) return false;
  return doc.tokens.slice(cueToken + 1, end).every((x) => x.pos !== 'VERB' && x.pos !== 'AUX');
}

// Whether the person named at `token` is the subject of their sentence: nothing but a role before the
// name ("Union president Kara Lind was more guarded.").
function opensSentence(doc: Doc, token: number): boolean {
  const first = doc.sentences[sentenceOf(doc, token)]?.first ?? token;
  return doc.tokens.slice(first, token).every((t) => ROLE_POS.has(t.pos));
}

// "Ann Wu, a former aide of Governor Tom Hale's council, said …. “…,” she said": one named as the owner of
// something inside a sentence that opens with another person who fits is talked about; the subject speaks.
function subjectOverOwner(
  doc: Doc,
  entities: ResolvedEntities,
  people: readonly PersonMention[],
  person: PersonMention,
  fits: (entityId: string) => boolean,
): PersonMention {
  if (!possessiveAfter(doc, entities, person.entityId, person.token)) return person;
  const sentence = sentenceOf(doc, person.token);
  const subject = subjectBefore(doc, people, person, sentence, fits);
  return subject ?? person;
}

// "Oppal said Blackmore is alleged to be married to 20 women, while Oler is accused …. “…,” he told
// The Canadian Press": one named after a speech cue of the sentence before is talked about; the person
// who opens that sentence and speaks in it is whom "he" stands for.
function speakerOverReported(
  doc: Doc,
  people: readonly PersonMention[],
  person: PersonMention,
  pronounSentence: number,
  fits: (entityId: string) => boolean,
): PersonMention {
  const sentence = sentenceOf(doc, person.token);
  if (sentence === -1 || sentence === pronounSentence) return person;
  const subject = subjectBefore(doc, people, person, sentence, fits);
  if (!subject) return person;
  const cue = doc.tokens.slice(subject.token + 1, person.token).some((t) => isCue(t));
  return cue ? subject : person;
}

// "Ms Vollan walked through the town with Mayor Ann Wu and fire chief Oskar Brenlow. She promised …": one
// who opens an earlier sentence known to be of the pronoun's gender (a name, an honorific, a role word
// before a mention) is whom it stands for, not one named in the sentence's object, unless that one spoke
// ("Paul Gruber met Tom Weller. “…,” he said": Gruber, as a claim "He wants …" is; text/pronoun-rule.ts).
function knownSubjectOver(
  doc: Doc,
  entities: ResolvedEntities,
  people: readonly PersonMention[],
  person: PersonMention,
  at: { sentence: number; pronoun: string; spoke: (entityId: string) => boolean },
): PersonMention {
  const want: Gender = at.pronoun === 'she' ? 'female' : at.pronoun === 'he' ? 'male' : null;
  const sentence = sentenceOf(doc, person.token);
  if (want === null || sentence === -1 || sentence === at.sentence) return person;
  const gender = (id: string): Gender => knownGender(doc, entities, people, id);
  if (gender(person.entityId) !== null && at.spoke(person.entityId)) return person;
  return subjectBefore(doc, people, person, sentence, (id) => gender(id) === want) ?? person;
}

/**
 * The person a "he" or "she" at token `a` stands for: one named earlier in its own sentence ("Wu said she …")
 * unless the pronoun closes the words it reports ("…, he added."), else the last speaker unless a person was
 * named well after them or opens a sentence after theirs, else the last person named; never one whose names
 * or the role word before them ("his wife X") say the other gender, nor a relative named after another
 * person of their sentence ("… for son Tom, daughter Ava").
 */
export function antecedent(
  doc: Doc,
  entities: ResolvedEntities,
  previous: readonly EarlierSpeaker[],
  at: { a: number; paragraph: number; pronoun: string; cueToken: number },
): string | undefined {
  const { a, paragraph, pronoun } = at;
  const people = entities.people.get(doc.id) ?? [];
  // "his wife Deborra-Lee Furness": a role word before the names tells what the given name does not
  const other = pronoun === 'he' ? 'female' : pronoun === 'she' ? 'male' : null;
  const fits = (id: string) =>
    fitsPronoun(entities.byId.get(id), pronoun) &&
    (other === null || genderBefore(doc, people, id) !== other);
  const sentence = sentenceOf(doc, a);
  const closing = closesReport(doc, a, at.cueToken);
  const before = closing ? (doc.sentences[sentence]?.first ?? a) : a;
  // (one who spoke before: an earlier quote's speaker, or a person named right before a verb of saying,
  // "Robin Ames said the depot would reopen, and thanked Paul Gruber. “…,” he said": Ames)
  const spoke = (id: string) =>
    previous.some((p) => p.entityId === id && p.token < a) ||
    people.some(
      (m) => m.entityId === id && m.token < a && isCue(doc.tokens[mentionEnd(doc, entities, id, m.token)]),
    );
  const nearest = nearestPerson(doc, people, before, paragraph, fits);
  const owner = nearest && subjectOverOwner(doc, entities, people, nearest, fits);
  const reported = owner && speakerOverReported(doc, people, owner, sentence, fits);
  const known = reported && knownSubjectOver(doc, entities, people, reported, { sentence, pronoun, spoke });
  // "Sten's lawyer was not in court. “…,” she said later": one named as the owner of a relative or counsel
  // who opens an earlier sentence is talked about; the pronoun may stand for that unnamed person
  const person = known && ownerOfSubject(doc, entities, known, sentence) ? undefined : known;
  // "Robin Ames met Paul Gruber. He said …": one whose names say no gender gives way to one whose say the
  // pronoun's, or to no one when two may be meant
  const candidate = (k: number) =>
    fits((people[k] as PersonMention).entityId) && !relativeOfEarlier(doc, people, k, fits);
  const fitting = (who: { token: number; entityId: string }) => {
    const chosen = { ...who, subject: opensSentence(doc, who.token) };
    return fittingPerson(doc, entities, chosen, { before, pronoun }, candidate, spoke);
  };
  if (person && sentenceOf(doc, person.token) === sentence) return fitting(person);
  const prev = previous.findLast(
    (p) =>
      p.entityId && p.token < a && paragraph - p.paragraph <= SPEAKER_LOOKBACK_PARAGRAPHS && fits(p.entityId),
  );
  // "“…,” said Ann Wu. Ysolde Carrowmere of the Friends of Orlen Library wept. “…,” she said": a
  // sentence between that opens with a name no entity holds may name whom "she" stands for; unsure,
  // the speaker stays unnamed rather than another person
  const sure = (who: { token: number; entityId: string | null } | undefined) =>
    who?.entityId && !untypedNameBetween(doc, entities, who.token, sentence)
      ? fitting({ token: who.token, entityId: who.entityId })
      : undefined;
  if (!prev) return sure(person);
  if (!person) return sure(prev);
  // "“…,” author Ann Wu wrote in a letter. Chris Lane … was hired. The director “…,” she wrote": one who
  // wrote goes on writing, whoever the letter names
  if (writes(doc, at.cueToken) && prev.cueToken !== undefined && writes(doc, prev.cueToken))
    return sure(prev);
  const later =
    sentenceOf(doc, person.token) > sentenceOf(doc, prev.token) && opensSentence(doc, person.token);
  return sure(prev.token >= person.token - NAMED_AFTER && !later ? prev : person);
}

// Whether `person`, in a sentence before `sentence`, opens it as the owner of a relative or counsel
// ("Sten's lawyer was …", "Wu's wife said …").
function ownerOfSubject(
  doc: Doc,
  entities: ResolvedEntities,
  person: PersonMention,
  sentence: number,
): boolean {
  if (sentenceOf(doc, person.token) === sentence || !opensSentence(doc, person.token)) return false;
  const end = mentionEnd(doc, entities, person.entityId, person.token);
  return (
    possessiveAfter(doc, entities, person.entityId, person.token) &&
    KIN_NOUNS.has(doc.tokens[end + 1]?.norm ?? '')
  );
}

// Another person of `sentence`, before `person`, who opens the sentence (its subject) and fits.
function subjectBefore(
  doc: Doc,
  people: readonly PersonMention[],
  person: PersonMention,
  sentence: number | undefined,
  fits: (entityId: string) => boolean,
): PersonMention | undefined {
  return people.find(
    (p) =>
      p.token < person.token &&
      sentenceOf(doc, p.token) === sentence &&
      p.entityId !== person.entityId &&
      fits(p.entityId) &&
      opensSentence(doc, p.token),
  );
}
