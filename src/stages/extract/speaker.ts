import type { Evidence } from '../../model/index.ts';
import type { PersonMention, ResolvedEntities } from './aliases.ts';
import {
  CUE_VERBS,
  DOCUMENT_NOUNS,
  INDIRECT_CUES,
  SPEAKER_NOUNS,
  SPEAKER_PRONOUNS,
  WEAK_CUES,
} from './data/speech.ts';
import { TITLES } from './data/titles.ts';
import type { Doc, Tok } from './doc.ts';
import { fitsPronoun } from './gender.ts';
import { MAX_ASIDE_TOKENS, MAX_SPEAKER_TOKENS, SPEAKER_LOOKBACK_PARAGRAPHS } from './patterns.ts';

/** A speaker as found for one quote: who, the phrase that names them, and the cue. */
export interface Attribution {
  readonly name: string;
  readonly entityId: string | null;
  readonly evidence: Evidence;
  readonly cue: string;
  /** Token index of the cue, so an indirect quote does not reuse it. */
  readonly cueToken: number;
  /** Head noun of the speaker phrase (for "the spokesperson" to find its antecedent). */
  readonly head: string;
  readonly token: number;
  readonly paragraph: number;
}

/** What speaker resolution reads besides the article: the story's entities and the article's earlier speakers. */
export interface SpeakerContext {
  readonly doc: Doc;
  readonly entities: ResolvedEntities;
  readonly previous: Attribution[];
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'PRON', 'NUM', 'X']);
const NP_INNER = new Set(['of', 'for', 'in', 'at', 'from', '-', '.', "'s", '’s', '&', 'and']);
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);
const DETERMINERS = /^(?:the|a|an|another|one|this|that|these|those|some|two|three|several|many|both)\s+/i;

/** True for a speech verb used as a verb. */
export function isCue(t: Tok | undefined): boolean {
  if (t === undefined || t.pos !== 'VERB') return false;
  if (CUE_VERBS.has(t.norm)) return true;
  // "asking", "noting": the participle of a cue
  const stem = t.norm.endsWith('ing') ? t.norm.slice(0, -3) : '';
  return stem.length > 2 && (CUE_VERBS.has(stem) || CUE_VERBS.has(`${stem}e`));
}

/** True for a cue that attributes on its own (not "read", "reported"), or a weak one after a document. */
export function isStrongCue(t: Tok | undefined): boolean {
  return isCue(t) && !WEAK_CUES.has((t as Tok).norm);
}

/** True for a finite speech verb that can introduce indirect speech. */
export function isIndirectCue(t: Tok | undefined): boolean {
  return t !== undefined && t.pos === 'VERB' && INDIRECT_CUES.has(t.norm);
}

const UPPER = /^\p{Lu}/u;
const FUNCTION_POS = new Set(['ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'SYM']);

/** A token that may be part of a speaker phrase; capitalised words count whatever their tag. */
function npToken(t: Tok): boolean {
  return (
    NP_POS.has(t.pos) ||
    (UPPER.test(t.text) && t.text !== 'I' && !FUNCTION_POS.has(t.pos) && !CUE_VERBS.has(t.norm))
  );
}

/** The second word of a hyphened modifier ("Texas-based", "state-run"), whatever its tag. */
function compoundPart(doc: Doc, k: number): boolean {
  const hyphen = doc.tokens[k - 1];
  return hyphen?.text === '-' && !hyphen.spaced && !(doc.tokens[k] as Tok).spaced && k >= 2;
}

/** A token that may stand inside a phrase before a cue: "of", "on", "&", "'s", the bare apostrophe of "Sanders' aide". */
function inner(t: Tok, next: Tok | undefined): boolean {
  if (t.norm === 'on') return next?.pos === 'PROPN' && next.entity !== 'DATE';
  return NP_INNER.has(t.text) || ((t.text === "'" || t.text === '’') && !t.spaced);
}

/** The noun phrase that ends just before token `end` (exclusive): [first, end) or null. */
export function phraseBefore(doc: Doc, end: number, floor: number): [number, number] | null {
  let a = end;
  while (a > floor && end - a < MAX_SPEAKER_TOKENS) {
    const t = doc.tokens[a - 1] as Tok;
    if (t.text === ')' && a === end) {
      // "Rep. John Mica (R-Fla.) said": step over the parenthesis
      let k = a - 2;
      while (k > floor && end - k < MAX_SPEAKER_TOKENS && (doc.tokens[k] as Tok).text !== '(') k--;
      if ((doc.tokens[k] as Tok | undefined)?.text !== '(') break;
      a = k;
      end = k;
      continue;
    }
    if (a === end && t.pos === 'PRON') return SPEAKER_PRONOUNS.has(t.norm) ? [a - 1, end] : null;
    // "sources inside City Hall said": any preposition after a speaker noun
    const afterSpeaker =
      t.pos === 'ADP' && a < end && a - 1 > floor && SPEAKER_NOUNS.has((doc.tokens[a - 2] as Tok).norm);
    if (
      npToken(t) ||
      compoundPart(doc, a - 1) ||
      afterSpeaker ||
      (inner(t, doc.tokens[a]) && a - 1 > floor && a < end)
    )
      a--;
    else break;
  }
  // "in which Adelson said": the relative pronoun is not part of the name
  while (a < end && (NP_INNER.has((doc.tokens[a] as Tok).text) || RELATIVES.has((doc.tokens[a] as Tok).norm)))
    a++;
  return a < end && validPhrase(doc, a, end) ? [a, end] : null;
}

/** The noun phrase that starts at token `start`: [start, end) or null. */
export function phraseAfter(doc: Doc, start: number, ceil: number): [number, number] | null {
  let b = start;
  while (b < ceil && b - start < MAX_SPEAKER_TOKENS) {
    const t = doc.tokens[b] as Tok;
    // "a supporter who runs the account": the relative clause is not part of the name
    if (b > start && RELATIVES.has(t.norm)) break;
    if (
      npToken(t) ||
      (NP_INNER.has(t.text) &&
        b > start &&
        b + 1 < ceil &&
        (t.text !== 'and' || doc.tokens[b + 1]?.pos === 'PROPN'))
    )
      b++;
    else break;
  }
  while (b > start && NP_INNER.has((doc.tokens[b - 1] as Tok).text)) b--;
  return b > start && validPhrase(doc, start, b) ? [start, b] : null;
}

function validPhrase(doc: Doc, a: number, b: number): boolean {
  const last = doc.tokens[b - 1] as Tok;
  // "one Democratic operative said": a speaker noun the tagger took for an adjective still heads the phrase
  if (last.pos === 'ADJ' && SPEAKER_NOUNS.has(last.norm)) return true;
  if (last.pos === 'DET' || last.pos === 'ADJ' || last.pos === 'NUM') return false;
  if (last.pos === 'PRON') return b - a === 1 && SPEAKER_PRONOUNS.has(last.norm);
  return true;
}

function headOf(doc: Doc, b: number): string {
  return (doc.tokens[b - 1] as Tok).norm;
}

/** The last person mentioned before `token`, within the lookback, who fits `fits`. */
function nearestPerson(
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
    if (fits(found.entityId)) return found;
  }
  return undefined;
}

/**
 * The person a "he" or "she" at token `a` stands for: one named earlier in its own sentence ("Wu said she …"),
 * else the last speaker unless a person was named well after them, else the last person named; never one
 * whose names say the other gender.
 */
function antecedent(ctx: SpeakerContext, a: number, paragraph: number, pronoun: string): string | undefined {
  const { doc, entities } = ctx;
  const fits = (id: string) => fitsPronoun(entities.byId.get(id), pronoun);
  const person = nearestPerson(entities.people.get(doc.id), a, paragraph, fits);
  if (person && doc.tokens[person.token]?.sentence === doc.tokens[a]?.sentence) return person.entityId;
  const prev = [...ctx.previous]
    .reverse()
    .find(
      (p) =>
        p.entityId &&
        p.token < a &&
        paragraph - p.paragraph <= SPEAKER_LOOKBACK_PARAGRAPHS &&
        fits(p.entityId),
    );
  return prev && (!person || prev.token >= person.token - 40)
    ? (prev.entityId ?? undefined)
    : person?.entityId;
}

/** Resolve the phrase [a, b) to a speaker: a named entity, a pronoun's antecedent, a role's earlier speaker. */
export function resolveSpeaker(ctx: SpeakerContext, a: number, b: number, cueToken: number): Attribution {
  const { doc, entities } = ctx;
  const first = doc.tokens[a] as Tok;
  const last = doc.tokens[b - 1] as Tok;
  const paragraph = doc.sentences[first.sentence]?.paragraph ?? 0;
  const span = { start: first.start, end: last.end };
  const base = {
    evidence: { articleId: doc.id, span },
    cue: (doc.tokens[cueToken] as Tok).text,
    cueToken,
    head: headOf(doc, b),
    token: a,
    paragraph,
  };
  const phrase = doc.text.slice(span.start, span.end).replace(DETERMINERS, '');
  const roleHead =
    (last.pos === 'NOUN' || last.pos === 'ADJ') &&
    (SPEAKER_NOUNS.has(last.norm) || DOCUMENT_NOUNS.has(last.norm));
  let named: string | undefined;
  let namedAt = -1;
  for (let k = a; k < b; k++) {
    const id = entities.byMention.get(`${doc.id}:${(doc.tokens[k] as Tok).start}`);
    if (id && (!named || entities.byId.get(id)?.kind === 'person')) [named, namedAt] = [id, k];
  }
  // "Commuters from Eastbank", "The Anchor Bakery on Quay Street": a place or body after a preposition only
  // says where the speaker is from; the speaker is the head before it
  const prep = doc.tokens.slice(a, b).findIndex((t) => t.pos === 'ADP') + a;
  if (named && prep > a && namedAt > prep && entities.byId.get(named)?.kind !== 'person') {
    const head = doc.tokens.slice(a, prep).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
    if (head) {
      const own = resolveSpeaker(ctx, a, prep, cueToken);
      return { ...base, name: own.entityId ? own.name : phrase, entityId: own.entityId };
    }
  }
  // "a Trump supporter", "Mexico's president": a name before the role noun only modifies it
  if (named && !roleHead) {
    return { ...base, name: entities.byId.get(named)?.name ?? phrase, entityId: named };
  }
  if (b - a === 1 && first.pos === 'PRON') {
    const pick =
      first.norm === 'he' || first.norm === 'she' ? antecedent(ctx, a, paragraph, first.norm) : undefined;
    if (pick) {
      return { ...base, name: entities.byId.get(pick)?.name ?? first.text, entityId: pick };
    }
    return { ...base, name: first.text, entityId: null };
  }
  if (roleHead && /^(?:the|this|that)\b/i.test(doc.text.slice(span.start, span.end))) {
    const earlier = [...ctx.previous].reverse().find((p) => p.head === base.head && p.token < a);
    if (earlier) return { ...base, name: earlier.name, entityId: earlier.entityId };
    // "the minister added": the one person of the story who holds that role
    // "the statement read" after "a joint Thursday statement": the fuller phrase met earlier
    if (DOCUMENT_NOUNS.has(base.head)) {
      const fuller = earlierPhrase(doc, a, base.head);
      if (fuller) return { ...base, name: fuller, entityId: null };
    }
    const holders = TITLES[base.head] ? entities.roles.get(TITLES[base.head] as string) : undefined;
    if (holders?.length === 1)
      return {
        ...base,
        name: entities.byId.get(holders[0] as string)?.name ?? phrase,
        entityId: holders[0] as string,
      };
  }
  return { ...base, name: phrase, entityId: null };
}

const DOCUMENT_LOOKBACK = 400;

/** The fullest phrase with the same head noun earlier in the article ("joint Thursday statement"), if longer. */
function earlierPhrase(doc: Doc, before: number, head: string): string | null {
  for (let k = before - 1; k >= Math.max(0, before - DOCUMENT_LOOKBACK); k--) {
    const t = doc.tokens[k] as Tok;
    if (t.norm !== head || t.pos !== 'NOUN') continue;
    const np = phraseBefore(doc, k + 1, (doc.sentences[t.sentence] as { first: number }).first);
    if (!np || np[1] - np[0] < 3) continue;
    const text = doc.text.slice((doc.tokens[np[0]] as Tok).start, t.end).replace(DETERMINERS, '');
    if (text.split(' ').length > 1) return text;
  }
  return null;
}

const INTRO_POS = new Set(['ADP', 'ADV', 'SCONJ']);
const VERB_START = new Set(['VERB', 'AUX', 'ADV']);

/** "Dashing into the hall, …", "Early in the race, …": a participle (often tagged as a name) or an adjective before a preposition. */
function participleOpener(doc: Doc, a: number): boolean {
  const t = doc.tokens[a] as Tok;
  const next = doc.tokens[a + 1];
  if (next === undefined) return false;
  if ((t.pos === 'VERB' || t.pos === 'PROPN') && t.norm.endsWith('ing'))
    return next.pos === 'ADP' || next.pos === 'DET' || next.pos === 'ADV';
  // "Early in his campaign, …", "Later that day, …": a capitalised opener before a preposition and a pronoun
  const after = doc.tokens[a + 2];
  return (
    (t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'PROPN') &&
    (next.pos === 'ADP' || next.pos === 'DET') &&
    (after?.pos === 'PRON' || after?.pos === 'DET' || after?.pos === 'NOUN')
  );
}

const DATELINE = /^[A-Z][A-Z.'’-]+$/;

/**
 * Where a sentence's main clause starts: after a dateline ("WASHINGTON —"), and after an introductory phrase
 * up to its comma ("In a statement, …", "Dashing into a lunch, …", "When asked, …").
 */
export function clauseOpening(doc: Doc, first: number, limit: number): number {
  let a = first;
  // "WASHINGTON —", "NEW YORK (AP) —": a dateline in capitals before a dash
  let k = a;
  while (
    k < limit &&
    (DATELINE.test((doc.tokens[k] as Tok).text) || /^[()]$/.test((doc.tokens[k] as Tok).text))
  )
    k++;
  if (k > a && k < limit && /^(?:[—–―]|--?)$/.test((doc.tokens[k] as Tok).text)) a = k + 1;
  // "And Lee gloated: …"
  if (doc.tokens[a]?.pos === 'CCONJ' && a + 1 < limit) a++;
  const opener = doc.tokens[a];
  if (opener && INTRO_POS.has(opener.pos)) {
    let c = a;
    while (c < limit && (doc.tokens[c] as Tok).text !== ',') c++;
    return c + 1;
  }
  if (opener && participleOpener(doc, a)) {
    // only when the phrase ends in a comma: "Friends of the Earth said" opens with a name
    let c = a;
    while (c < limit && (doc.tokens[c] as Tok).text !== ',') c++;
    if (c < limit) return c + 1;
  }
  return a;
}

/** The subject of a sentence (first noun phrase after any introductory phrase, then a verb): [start, end, verb]. */
export function subjectOf(doc: Doc, first: number, limit: number): [number, number, number] | null {
  const a = clauseOpening(doc, first, limit);
  if (a >= limit) return null;
  const np = phraseAfter(doc, a, limit);
  if (!np) return null;
  let k = np[1];
  if (doc.tokens[k]?.text === '(') {
    // "Reyes (D-Va.) called …": step over the parenthesis
    while (k < limit && k - np[1] < MAX_SPEAKER_TOKENS && (doc.tokens[k] as Tok).text !== ')') k++;
    k++;
  }
  // "Ruiz, for her part, called …", "Lee, who said last week that …, issued": step over up to two asides
  if (doc.tokens[k]?.text === ',') {
    for (let n = 0; n < 2; n++) {
      const from = k;
      k++;
      while (k < limit && k - from < MAX_ASIDE_TOKENS && (doc.tokens[k] as Tok).text !== ',') k++;
      if (k >= limit || VERB_START.has(doc.tokens[k + 1]?.pos ?? '')) break;
    }
    k++;
  }
  // "Wu on Tuesday compared …": a time phrase before the verb
  if (doc.tokens[k]?.pos === 'ADP' && doc.tokens[k + 1]?.entity === 'DATE') {
    k++;
    while (k < limit && doc.tokens[k]?.entity === 'DATE') k++;
  }
  const next = doc.tokens[k];
  if (!next || k >= limit || !(next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV')) return null;
  // the cue is the main verb: "has also sent" → "sent"
  let verb = k;
  while (verb + 1 < limit && verb - k < 3 && (doc.tokens[verb] as Tok).pos !== 'VERB') verb++;
  return [np[0], np[1], (doc.tokens[verb] as Tok).pos === 'VERB' ? verb : k];
}
