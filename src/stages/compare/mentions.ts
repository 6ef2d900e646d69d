import type { Entity, Span, Token } from '../../model/index.ts';
import { fold } from '../../text/normalise.ts';
import { CLOSING_TOKENS } from '../../text/quotes/marks.ts';
import { genderOf } from '../extract/index.ts';
import { inRegions } from './text.ts';

/** Entity id covering each character offset, per article, from the extract stage's mentions. */
export function mentionIndex(entities: readonly Entity[]): Map<string, Mention[]> {
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

/** A mention of a named entity in one article. */
export interface Mention {
  readonly span: Span;
  readonly id: string;
  readonly kind: Entity['kind'];
  readonly name: string;
  /** What the person's names tell of their gender (a given name, a title), if anything. */
  readonly gender?: Gender | undefined;
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
 * is someone else, whom the pronoun after goes on telling).
 */
export function antecedent(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  sentence: readonly Token[],
  before: readonly (readonly Token[])[] = [],
  genders: ReadonlyMap<string, Gender> = new Map(),
  quoted: readonly Span[] = [],
): Mention | null {
  // "but he wants …": the conjunction a clause opens with is not its subject
  const first = tokens.find((t) => t.pos !== 'CCONJ');
  const word = first ? fold(first.text) : '';
  const kinds = PRONOUN_KINDS[word];
  if (!first || !kinds || inSpeech(sentence, first) || inRegions(first, quoted)) return null;
  // "It's almost certain …", "It is possible …": "it" before a form of "be" is no one
  const next = tokens[tokens.indexOf(first) + 1];
  if (word === 'it' && /^(?:'s|’s|is|was)$/.test(next?.norm ?? '')) return null;
  const found = antecedentOf(first, word, kinds, mentions, sentence, before, quoted);
  // "He shot Wilhelm": whom a clause names is not its pronoun ("he" would be "himself")
  if (!found || mentionsIn(tokens, mentions).some((m) => m.id === found.id)) return null;
  // "she" is not a person the article calls "Mr." or "he", nor a Jerry or a Mrs.
  const gender = genders.get(found.id) ?? found.gender;
  return gender && (word === 'he' || word === 'she') && gender !== (word === 'he' ? 'm' : 'f') ? null : found;
}

/** Whether a person is a man or a woman, as the article tells it. */
export type Gender = 'm' | 'f';

const TITLE_GENDER: Readonly<Record<string, Gender>> = { mr: 'm', mrs: 'f', ms: 'f', miss: 'f' };
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
      vote(m.id, TITLE_GENDER[(tokens[at - 1]?.norm ?? '').replace(/\.$/, '')]);
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
      return only && !otherBefore(prior, only, word, quoted, false) ? only : null;
    }
  }
  return null;
}

// The words that tell the same one as a subject pronoun: its object, possessive and reflexive forms.
const PRONOUN_FORMS: Readonly<Record<string, readonly string[]>> = {
  he: ['he', 'him', 'his', 'himself'],
  she: ['she', 'her', 'hers', 'herself'],
  they: ['they', 'them', 'their', 'theirs', 'themselves'],
  it: ['it', 'its', 'itself'],
};

// Whether a sentence tells of someone by the pronoun's forms before it names the candidate, in the
// candidate's clause ("after she divorced Neal …") or in a quotation ("“… she saw a cross …,” Yeager
// said"): that one is not the name after, and the pronoun of the next sentence more likely goes on
// telling of them. Of a subject, only a form in its own noun phrase counts ("Her agent Mark Roesler
// said …"), never one of a clause before it ("When he left, Officer Kell …").
function otherBefore(
  sentence: readonly Token[],
  candidate: Mention,
  word: string,
  quoted: readonly Span[],
  subject: boolean,
): boolean {
  const forms = PRONOUN_FORMS[word] ?? [];
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

// Whether a sentence's main subject is the pronoun `word`: at its start, or after an opening phrase
// and its comma ("In that statement, he evoked …"), and followed by a verb; not in a clause it opens
// ("When he arrived, Vega said …").
function pronounSubject(sentence: readonly Token[], word: string): boolean {
  const words = sentence.filter((t) => /[\p{L}\p{N},]/u.test(t.text));
  return words.some(
    (t, k) =>
      fold(t.text) === word &&
      (k === 0 || words[k - 1]?.text === ',') &&
      ['VERB', 'AUX', 'ADV'].includes(words[k + 1]?.pos ?? ''),
  );
}

const PRONOUN_KINDS: Readonly<Record<string, readonly Entity['kind'][]>> = {
  he: ['person'],
  she: ['person'],
  // a named person is "he" or "she" in news copy; "they" after a name is the people around them
  they: ['organization'],
  it: ['organization'],
};

// Whether the token stands in quoted speech that ends later in the sentence: `…,'' he said`.
function inSpeech(sentence: readonly Token[], at: Token): boolean {
  for (let k = 1; k < sentence.length; k++) {
    const t = sentence[k] as Token;
    if (t.start > at.start && CLOSING_TOKENS.has(t.text) && /^[,.!?]$/.test((sentence[k - 1] as Token).text))
      return true;
  }
  return false;
}

// Whether a sentence's subject is a name (a proper noun before its first verb), known or not.
function namedSubject(sentence: readonly Token[], mentions: readonly Mention[]): boolean {
  for (const t of sentence) {
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.pos === 'PROPN' && !mentions.some((m) => m.span.start <= t.start && m.span.end >= t.end))
      return true;
  }
  return false;
}

// The mentions inside a run of tokens.
function mentionsIn(tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const from = tokens[0]?.start ?? 0;
  const to = tokens[tokens.length - 1]?.end ?? 0;
  return mentions.filter((m) => m.span.start >= from && m.span.end <= to);
}

// A sentence's subject of the given kinds: the last mention before its first verb that follows a noun
// or pronoun ("Speaking to reporters, Vega said …" → Vega), and before `until`, when it is of those kinds
// (in "Dubbed the “Oddfather”, Gigante had scored …" the subject is Gigante, no body for an "it").
function subjectOf(
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
