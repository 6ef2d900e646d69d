import type { Entity, Span, Token } from '../../model/index.ts';
import { fold } from '../../text/normalise.ts';
import { genderFits, pronounTaker, type Gender as Told } from '../../text/pronoun-rule.ts';
import { CLOSING_TOKENS } from '../../text/quotes/marks.ts';
import { roleSubject } from '../extract/index.ts';
import { PERSON_NOUNS } from './data/person-nouns.ts';
import { inRegions } from './text.ts';

// How a sentence reads around the named entities it mentions: its subject, the forms of its pronouns,
// its quoted speech (the pieces that `antecedent` in mentions.ts puts together).

/** A mention of a named entity in one article. */
export interface Mention {
  readonly span: Span;
  readonly id: string;
  readonly kind: Entity['kind'];
  readonly name: string;
  /** What the person's names tell of their gender (a given name, a title), if anything. */
  readonly gender?: Gender | undefined;
}

/** Whether a person is a man or a woman, as the article tells it. */
export type Gender = 'm' | 'f';

// The words that tell the same one as a subject pronoun: its object, possessive and reflexive forms.
// Maps, not object literals, for every table looked up by a word of the text: "constructor" or
// "toString" must find nothing, not Object.prototype's function.
const PRONOUN_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['he', ['he', 'him', 'his', 'himself']],
  ['she', ['she', 'her', 'hers', 'herself']],
  ['they', ['they', 'them', 'their', 'theirs', 'themselves']],
  ['it', ['it', 'its', 'itself']],
]);

// Whether a sentence tells of someone by the pronoun's forms before it names the candidate, in the
// candidate's clause ("after she divorced Neal …") or in a quotation ("“… she saw a cross …,” Yeager
// said"): that one is not the name after, and the pronoun of the next sentence more likely goes on
// telling of them. Of a subject, only a form in its own noun phrase counts ("Her agent Mark Roesler
// said …"), never one of a clause before it ("When he left, Officer Kell …").
export function otherBefore(
  sentence: readonly Token[],
  candidate: Mention,
  word: string,
  quoted: readonly Span[],
  subject: boolean,
): boolean {
  const forms = PRONOUN_FORMS.get(word) ?? [];
  let inQuote = false;
  let inClause = false;
  for (const t of sentence) {
    if (t.start >= candidate.span.start) break;
    if (forms.includes(fold(t.text))) {
      if (inRegions(t, quoted)) inQuote = true;
      else inClause = true;
    } else if (t.text === ',' || (subject && (t.pos === 'VERB' || t.pos === 'AUX'))) inClause = false;
  }
  return inQuote || inClause;
}

// Whether a sentence brings in someone after the candidate by "a" or "an" and a noun for a person whose
// gender fits the pronoun ("after she divorced Neal when she met a police officer whose hobby was
// photography. He suggested …"): the pronoun after may stand for that one as well.
export function newcomerAfter(sentence: readonly Token[], candidate: Mention, word: string): boolean {
  const gender = word === 'he' ? 'm' : word === 'she' ? 'f' : null;
  if (!gender) return false;
  return sentence.some((t, k) => {
    if (t.start < candidate.span.end || (t.norm !== 'a' && t.norm !== 'an')) return false;
    // the noun a few words on, past its adjectives and nouns ("a young police officer")
    for (let j = k + 1; j <= k + 4; j++) {
      const n = sentence[j];
      if (!n || (n.pos !== 'NOUN' && n.pos !== 'ADJ')) return false;
      const told = PERSON_NOUNS[fold(n.text)];
      if (told && (sentence[j + 1]?.pos !== 'NOUN' || !PERSON_NOUNS[fold(sentence[j + 1]?.text ?? '')]))
        return told === 'either' || told === gender;
    }
    return false;
  });
}

// Whether a sentence's main subject is the pronoun `word`: at its start, or after an opening phrase
// and its comma ("In that statement, he evoked …"), and followed by a verb; not in a clause it opens
// ("When he arrived, Vega said …").
export function pronounSubject(sentence: readonly Token[], word: string): boolean {
  const words = sentence.filter((t) => /[\p{L}\p{N},]/u.test(t.text));
  return words.some(
    (t, k) =>
      fold(t.text) === word &&
      (k === 0 || words[k - 1]?.text === ',') &&
      ['VERB', 'AUX', 'ADV'].includes(words[k + 1]?.pos ?? ''),
  );
}

/** The kinds of entity a subject pronoun stands for. */
export const PRONOUN_KINDS: ReadonlyMap<string, readonly Entity['kind'][]> = new Map([
  ['he', ['person']],
  ['she', ['person']],
  // a named person is "he" or "she" in news copy; "they" after a name is the people around them
  ['they', ['organization']],
  ['it', ['organization']],
]);

// Whether the token stands in quoted speech that ends later in the sentence: `…,'' he said`.
export function inSpeech(sentence: readonly Token[], at: Token): boolean {
  for (let k = 1; k < sentence.length; k++) {
    const t = sentence[k] as Token;
    if (t.start > at.start && CLOSING_TOKENS.has(t.text) && /^[,.!?]$/.test((sentence[k - 1] as Token).text))
      return true;
  }
  return false;
}

// Whether a sentence's subject is a name (a proper noun before its first verb), known or not.
export function namedSubject(sentence: readonly Token[], mentions: readonly Mention[]): boolean {
  for (const t of sentence) {
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.pos === 'PROPN' && !mentions.some((m) => m.span.start <= t.start && m.span.end >= t.end))
      return true;
  }
  return false;
}

// The mentions inside a run of tokens.
export function mentionsIn(tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const from = tokens[0]?.start ?? 0;
  const to = tokens[tokens.length - 1]?.end ?? 0;
  return mentions.filter((m) => m.span.start >= from && m.span.end <= to);
}

// A sentence's subject of the given kinds: the last mention before its first verb that follows a noun
// or pronoun ("Speaking to reporters, Vega said …" → Vega), and before `until`, when it is of those kinds
// (in "Dubbed the “Oddfather”, Gigante had scored …" the subject is Gigante, no body for an "it").
export function subjectOf(
  sentence: readonly Token[],
  mentions: readonly Mention[],
  kinds: readonly Entity['kind'][],
  until: number,
): Mention | null {
  let seenNoun = false;
  let verbAt = -1;
  for (const t of sentence) {
    if (t.start >= until) break;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && seenNoun) {
      verbAt = t.start;
      break;
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') seenNoun = true;
  }
  let found: Mention | null = null;
  for (const m of mentionsIn(sentence, mentions)) if (m.span.end <= verbAt) found = m;
  return found && kinds.includes(found.kind) ? found : null;
}

/**
 * The mention covering a token: mentions are sorted by start, so a binary search finds the last one
 * starting at or before it; a few before that are looked at for longer, enclosing mentions.
 */
export function mentionAt(mentions: readonly Mention[], t: Token): Mention | undefined {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).span.start <= t.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= Math.max(0, lo - 4); k--) {
    const m = mentions[k] as Mention;
    if (m.span.end >= t.end) return m;
  }
  return undefined;
}

// "Officials said that he …", "Police say she …": a plural reporter (no person named) and its verb of
// saying at the clause's opening; the he or she after it is the reported clause's subject, told of
// someone named before (one reporter, "The spokesman said he …", "Ada Holm said she …", is as often
// that one: not read so).
const SAYING = /^(?:said|say|says|added|noted|stated|announced|reported)$/;
const plural = (t: Token | undefined): boolean =>
  t !== undefined && (t.norm === 'police' || (/[^s]s$/.test(t.norm) && !/(?:us|is)$/.test(t.norm)));

/**
 * The subject pronoun of a clause: the word it opens with (past a conjunction), or the he or she
 * right after a plural reporter's opening "said (that)" ("Officials said that he looked …").
 */
export function openingSubject(tokens: readonly Token[], mentions: readonly Mention[]): Token | undefined {
  const first = tokens.find((t) => t.pos !== 'CCONJ');
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const reporter = tokens.slice(0, Math.max(verb, 0));
  if (verb < 1 || verb > 4 || !SAYING.test(tokens[verb]?.norm ?? '') || !plural(reporter.at(-1)))
    return first;
  if (!reporter.every((t) => ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(t.pos))) return first;
  if (mentionsIn(reporter, mentions).some((m) => m.kind === 'person')) return first;
  const next = tokens[verb + (tokens[verb + 1]?.norm === 'that' ? 2 : 1)];
  return next?.norm === 'he' || next?.norm === 'she' ? next : first;
}

/**
 * "Robin Ames met Paul Gruber. He wants …": whom a "he" or "she" (`word`) at `at` stands for, `found`
 * (the subject the order of the text gave it) or, when `found` is known to be of the other gender, the
 * last person named before `at` in `holder` (the sentence that names `found`) who may be ("Paul Gruber met
 * Karen Holt. She wants …"); then by the one pronoun rule of the quote speakers (text/pronoun-rule.ts
 * pronounTaker), the others who may be meant being the people named before `at` in `holder`: no one when
 * `found`'s names say no gender and another may be meant, or when two men may be ("Paul Gruber met Tom
 * Weller. He wants …").
 */
export function fittingMention(
  found: Mention,
  word: string,
  at: number,
  holder: readonly Token[],
  mentions: readonly Mention[],
  gender: (m: Mention) => Gender | undefined,
): Mention | null {
  const told = (m: Mention): Told => {
    const g = gender(m);
    return g === 'm' ? 'male' : g === 'f' ? 'female' : null;
  };
  const people = mentionsIn(holder, mentions).filter((m) => m.kind === 'person' && m.span.start < at);
  const chosen = genderFits(told(found), word)
    ? found
    : people.findLast((m) => m.id !== found.id && genderFits(told(m), word));
  if (!chosen) return null;
  const others = people.filter((m) => m.id !== chosen.id).map((m) => ({ id: m.id, gender: told(m) }));
  // "The minister met Paul Gruber. He wants …": the minister, whom no name tells, may be meant as well
  const role = roleSubject(holder);
  if (role !== undefined) others.push({ id: '', gender: role });
  const subject = chosen === found && subjectOf(holder, mentions, ['person'], at) === found;
  return pronounTaker(word, { id: chosen.id, gender: told(chosen), subject }, others) === undefined
    ? null
    : chosen;
}
