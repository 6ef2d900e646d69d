import type { Entity, Span, Token } from '../../model/index.ts';
import { fold } from '../../text/normalise.ts';
import { TITLES } from '../extract/data/titles.ts';
import { genderOf } from '../extract/index.ts';
import {
  fittingMention,
  type Gender,
  inSpeech,
  type Mention,
  mentionsIn,
  namedSubject,
  newcomerAfter,
  openingSubject,
  otherBefore,
  PRONOUN_KINDS,
  pronounSubject,
  subjectOf,
} from './mention-reading.ts';
import { inRegions } from './text.ts';

export { type Gender, type Mention, mentionAt } from './mention-reading.ts';

// By the story's entity list (the same array in every stage's input): the compare stage's claims and
// the later readings of the same sentences (support/index.ts) read one index, so that a sentence's
// terms read for one are the other's (claim-terms.ts sentenceTerms, kept by the mentions it read).
const INDEXES = new WeakMap<readonly Entity[], ReadonlyMap<string, readonly Mention[]>>();

/** Entity id covering each character offset, per article, from the extract stage's mentions (one index per entity list). */
export function mentionIndex(entities: readonly Entity[]): ReadonlyMap<string, readonly Mention[]> {
  let known = INDEXES.get(entities);
  if (!known) {
    known = indexMentions(entities);
    INDEXES.set(entities, known);
  }
  return known;
}

function indexMentions(entities: readonly Entity[]): Map<string, Mention[]> {
  const index = new Map<string, Mention[]>();
  for (const entity of entities) {
    if (entity.kind === 'date' || entity.kind === 'quantity') continue;
    const named = entity.kind === 'person' ? genderOf(entity) : null;
    const gender = named === 'female' ? 'f' : named === 'male' ? 'm' : undefined;
    for (const m of entity.mentions) {
      const list = index.get(m.articleId) ?? [];
      list.push({ span: m.span, id: entity.id, kind: entity.kind, name: entity.name, gender });
      index.set(m.articleId, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => a.span.start - b.span.start);
  return index;
}

/**
 * The entity a subject pronoun opening a clause stands for ("but he wants …"): the subject of the
 * sentence's first clause when the clause is not its first; else the subject of the sentence before
 * (followed back through "He … . He …" and sentences naming nobody, at most two sentences), or the
 * one person that sentence names (for he, she: "it" and "they" stand for a subject or no one named). Null when that is not clear: a pronoun inside quoted speech (the
 * speaker's "he" is someone else; `quoted`, the article's quoted regions, holds quotations that run
 * over several sentences), a sentence before naming several people and none as its subject
 * ("He shot Barnes, Brandau and Teasley. He fled …" is not about Teasley), or one whose own "her" or
 * "his" comes before the name ("Her agent Mark Roesler said …", "after she divorced Neal …": that "her"
 * is someone else, whom the pronoun after goes on telling), or one that brings in someone after the name
 * by "a" and a person's noun of the pronoun's gender ("after she divorced Neal when she met a police
 * officer … . He suggested …").
 */
export function antecedent(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  sentence: readonly Token[],
  before: readonly (readonly Token[])[] = [],
  genders: ReadonlyMap<string, Gender> = new Map(),
  quoted: readonly Span[] = [],
): Mention | null {
  // "but he wants …": the conjunction a clause opens with is not its subject; "Officials said that he
  // …": the pronoun after a plural reporter's opening report is (read from the pronoun on)
  const first = openingSubject(tokens, mentions);
  const word = first ? fold(first.text) : '';
  const kinds = PRONOUN_KINDS.get(word);
  if (!first || !kinds || inSpeech(sentence, first) || inRegions(first, quoted)) return null;
  // "It's almost certain …", "It is possible …": "it" before a form of "be" is no one
  const next = tokens[tokens.indexOf(first) + 1];
  if (word === 'it' && /^(?:'s|’s|is|was)$/.test(next?.norm ?? '')) return null;
  const reported = first !== tokens.find((t) => t.pos !== 'CCONJ');
  const from = reported ? sentence.filter((t) => t.start >= first.start) : sentence;
  const found = antecedentOf(first, word, kinds, mentions, from, before, quoted);
  // "He shot Wilhelm": whom a clause names is not its pronoun ("he" would be "himself")
  if (!found || mentionsIn(tokens, mentions).some((m) => m.id === found.id)) return null;
  // "she" is not a person the article calls "Mr." or "he", nor a Jerry or a Mrs.
  const gender = genders.get(found.id) ?? found.gender;
  if (word !== 'he' && word !== 'she') return found;
  // "Robin Ames met Paul Gruber. He wants …": no one, either may be meant; "Paul Gruber met Karen Holt.
  // She wants …": Holt (the speakers' rule, text/pronoun-rule.ts). Not where the subject who may be
  // meant reports ("Officer Lee Bright said Paul Dunmore was arrested. He said …")
  const fits = !gender || gender === (word === 'he' ? 'm' : 'f');
  const holder =
    [sentence, ...before].find((s) =>
      s.some((t) => t.start <= found.span.start && found.span.start < t.end),
    ) ?? [];
  if (fits && holder.some((t) => t.start >= found.span.end && SAYS.test(t.norm))) return found;
  const told = (m: Mention) => genders.get(m.id) ?? m.gender;
  const taker = fittingMention(found, word, first.start, holder, mentions, told);
  return taker && !mentionsIn(tokens, mentions).some((m) => m.id === taker.id) ? taker : null;
}

// (a Map: the word before a name may be "constructor", which an object literal would answer)
const TITLE_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'm'],
  ['mrs', 'f'],
  ['ms', 'f'],
  ['miss', 'f'],
]);
const SAYS = /^(?:said|says|told|added|explained|noted|recalled|wrote)$/;

/**
 * The persons of an article whose gender its words tell: a title before a mention ("Mr. Pigeon",
 * "Ms. Bright") or a pronoun right after the person's reporting verb ("Pigeon said he …"); a person
 * told both ways is left out.
 */
export function gendersOf(
  sentences: readonly (readonly Token[])[],
  mentions: readonly Mention[],
): Map<string, Gender> {
  const votes = new Map<string, Set<Gender>>();
  const vote = (id: string, g: Gender | undefined) => {
    if (g) votes.set(id, (votes.get(id) ?? new Set()).add(g));
  };
  for (const tokens of sentences)
    for (const m of mentionsIn(tokens, mentions)) {
      if (m.kind !== 'person') continue;
      const at = tokens.findIndex((t) => t.start >= m.span.start);
      const end = tokens.findIndex((t) => t.start >= m.span.end);
      vote(m.id, TITLE_GENDER.get((tokens[at - 1]?.norm ?? '').replace(/\.$/, '')));
      if (end > 0 && SAYS.test(tokens[end]?.norm ?? '')) {
        const next = tokens[end + 1]?.norm === 'that' ? tokens[end + 2]?.norm : tokens[end + 1]?.norm;
        vote(m.id, next === 'he' ? 'm' : next === 'she' ? 'f' : undefined);
      }
    }
  const out = new Map<string, Gender>();
  for (const [id, g] of votes) if (g.size === 1) out.set(id, [...g][0] as Gender);
  return out;
}

function antecedentOf(
  first: Token,
  word: string,
  kinds: readonly Entity['kind'][],
  mentions: readonly Mention[],
  sentence: readonly Token[],
  before: readonly (readonly Token[])[],
  quoted: readonly Span[],
): Mention | null {
  const opening = sentence.find((t) => t.pos !== 'CCONJ' && /[\p{L}\p{N}]/u.test(t.text));
  // a later clause: the sentence's own subject, unless the sentence opens with the same pronoun
  if (opening && opening !== first && opening.start < first.start) {
    const own = subjectOf(sentence, mentions, kinds, first.start);
    if (own) return otherBefore(sentence, own, word, quoted, true) ? null : own;
    if (fold(opening.text) !== word) return null;
  }
  for (const prior of before) {
    // "He burst in … . He fled …", "In that statement, he mentioned Joseph Smith. He also asked …",
    // "Like Dean and Monroe, she brought …": the same pronoun as the subject carries the same subject
    // back a sentence, whatever names stand before it
    if (pronounSubject(prior, word)) continue;
    const found = subjectOf(prior, mentions, kinds, Number.POSITIVE_INFINITY);
    if (found) return otherBefore(prior, found, word, quoted, true) ? null : found;
    // a name as the subject that is not of the kind (or not known): not the one named later; "it"
    // and "they" stand for the subject or for no one named ("It follows a memo …": the event)
    if (namedSubject(prior, mentions) || !kinds.includes('person')) return null;
    const named = new Map<string, Mention>();
    for (const m of mentionsIn(prior, mentions)) if (kinds.includes(m.kind)) named.set(m.id, m);
    // a sentence naming nobody of the kind ("The details of her death are known:") passes back
    if (named.size) {
      const only = named.size === 1 ? ([...named.values()][0] as Mention) : null;
      return only && !otherBefore(prior, only, word, quoted, false) && !newcomerAfter(prior, only, word)
        ? only
        : null;
    }
  }
  return null;
}

/**
 * Whether the subject pronoun opening clause `tokens` may stand for someone else than `subject`,
 * its antecedent: the sentence before that names it reports there what another did (reportsAnother).
 * The pronoun is then not shown as the name, though it is read as it.
 */
export function subjectUnclear(
  tokens: readonly Token[],
  sentence: readonly Token[],
  before: readonly (readonly Token[])[],
  subject: Mention,
  mentions: readonly Mention[] = [],
): boolean {
  const first = openingSubject(tokens, mentions);
  const prior = before.find((p) =>
    p.some((t) => t.start <= subject.span.start && subject.span.start < t.end),
  );
  if (first === undefined || prior === undefined) return false;
  return reportsAnother(prior, subject, sentence, first) || nameBefore(prior, subject);
}

/**
 * Whether a name stands before `found` in its clause with a word between ("Vescari shot Riva in the
 * chest, then left …", wink tagging "shot" a noun, so Riva is read as the subject): the sentence may
 * be about that name, which the extract stage may not know, so a pronoun after it is not shown as
 * `found`. A comma or semicolon opens another clause; a title run ("Sgt. Amy Kell") is one name, and a
 * title between ("Union president Marguerite Selby", extract's TITLES) is part of the subject.
 */
function nameBefore(prior: readonly Token[], found: Mention): boolean {
  let clause: Token[] = [];
  for (const t of prior) {
    if (t.start >= found.span.start) break;
    if (t.text === ',' || t.text === ';') clause = [];
    else clause.push(t);
  }
  const last = clause.length - 1;
  const word = (k: number) => clause[k]?.text.toLowerCase() ?? '';
  if (TITLES[word(last)] !== undefined || TITLES[`${word(last - 1)} ${word(last)}`] !== undefined)
    return false;
  const name = clause.findIndex((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text));
  if (name < 0) return false;
  // a word between the name's run and `found`
  let k = name;
  while (clause[k + 1]?.pos === 'PROPN') k++;
  return clause.slice(k + 1).some((t) => /\p{L}/u.test(t.text));
}

/**
 * Whether `found`, the subject of sentence `prior`, reports there what someone else did ("X told
 * police LaCalamita loaded …", "Fanning said the man … walked into the party"): a pronoun after it
 * may go on telling either ("He then walked toward …"), unless its own verb is one of saying ("He
 * added …": the speaker).
 */
function reportsAnother(
  prior: readonly Token[],
  found: Mention,
  sentence: readonly Token[],
  first: Token,
): boolean {
  const own = sentence.find((t) => t.start > first.start && t.pos === 'VERB');
  if (own && SAYS.test(own.norm)) return false;
  const verb = prior.findIndex((t) => t.start >= found.span.end && (t.pos === 'VERB' || t.pos === 'AUX'));
  if (verb < 0 || !SAYS.test(prior[verb]?.norm ?? '')) return false;
  // the reported clause's own subject: a noun or a name, then a verb
  const rest = prior.slice(verb + 1);
  const subject = rest.findIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  return subject >= 0 && rest.slice(subject + 1).some((t) => t.pos === 'VERB');
}
