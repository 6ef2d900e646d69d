import type { Evidence } from '../../../model/index.ts';
import { type Doc, sentenceOf, spacedAt, type Tok } from '../../../text/annotated.ts';
import { DOCUMENT_NOUNS, PROXIMITY_WORDS, SPEAKER_NOUNS, SPEAKS_FOR } from '../data/speech.ts';
import { TITLES } from '../data/titles.ts';
import type { ResolvedEntities } from '../entities/resolve.ts';
import { antecedent } from './antecedent.ts';
import { namedBody } from './bodies.ts';
import { entityAt, joinedBodies, mentionEnd, ownerAt, possessiveAfter } from './bodies-joined.ts';
import { DOCUMENT_LOOKBACK, issuerBefore } from './issuer.ts';
import { namedSpeakerBefore } from './named-before.ts';
import { phraseBefore } from './phrases.ts';
import { pluralBefore } from './plural.ts';
import { roleHolder } from './role-holder.ts';
import { nameAfterTitle } from './titled-name.ts';

// Who a speaker phrase stands for: a named entity, a pronoun's antecedent, the holder of a role, a document.

/** A speaker as found for one quote: who, the phrase that names them, and the cue. */
export interface Attribution {
  readonly name: string;
  readonly entityId: string | null;
  /** Each part's entity of a joint speaker ("the city and the NRTA said"), when the story names it. */
  readonly entityIds?: readonly string[];
  readonly evidence: Evidence;
  readonly cue: string;
  /** Token index of the cue, so an indirect quote does not reuse it. */
  readonly cueToken: number;
  /** The cue reports the words of its own sentence, whose speaker a quote after it borrows: it stays free for them. */
  readonly borrowed?: boolean;
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

// The words of a noun a name premodifies ("fire service" of "the Gullport fire service")
const premodifies = (t: Tok) => t.pos === 'NOUN' || t.pos === 'ADJ';
const DETERMINERS = /^(?:the|a|an|another|one|this|that|these|those|some|two|three|several|many|both)\s+/i;

function headOf(doc: Doc, b: number): string {
  return (doc.tokens[b - 1] as Tok).norm;
}

/**
 * Resolve the phrase [a, b) to a speaker: a named entity, a pronoun's antecedent, a role's earlier speaker,
 * "the authority" the body of that name named before.
 */
export function resolveSpeaker(ctx: SpeakerContext, a: number, b: number, cueToken: number): Attribution {
  return namedBody(ctx.doc, ctx.entities, resolvePhrase(ctx, a, b, cueToken));
}

/**
 * "spokesman for", "lawyer for": a role noun right before "for" that speaks on another's behalf; "close to",
 * "familiar with": one who knows another, or a matter, and speaks of it ("a source close to Mayor Wu").
 */
function speaksFor(doc: Doc, prep: number): boolean {
  const [before, norm] = [doc.tokens[prep - 1]?.norm ?? '', doc.tokens[prep]?.norm ?? ''];
  return (norm === 'for' && SPEAKS_FOR.has(before)) || PROXIMITY_WORDS.get(before) === norm;
}

/** "a letter sent to", "a memo to": a "to" after a verb or a document noun names whom it was addressed to. */
function addressedTo(doc: Doc, prep: number): boolean {
  const before = doc.tokens[prep - 1];
  const document = before?.pos === 'NOUN' && DOCUMENT_NOUNS.has(before.norm);
  return doc.tokens[prep]?.norm === 'to' && (before?.pos === 'VERB' || document);
}

function resolvePhrase(ctx: SpeakerContext, a: number, b: number, cueToken: number): Attribution {
  const { doc, entities } = ctx;
  const first = doc.tokens[a] as Tok;
  const last = doc.tokens[b - 1] as Tok;
  const paragraph = doc.sentences[sentenceOf(doc, a)]?.paragraph ?? 0;
  const span = { start: first.start, end: last.end };
  const base = {
    evidence: { articleId: doc.id, span },
    cue: (doc.tokens[cueToken] as Tok).text,
    cueToken,
    head: headOf(doc, b),
    token: a,
    paragraph,
  };
  const whole = doc.text.slice(span.start, span.end);
  // "Those close to him", "Many in the crowd", "One of the crew": a determiner before "close to" or "familiar
  // with", or before a preposition, is the phrase's head (newuser22 #4: the speaker was "in the crowd")
  const next = doc.tokens[a + 1];
  const phrase =
    PROXIMITY_WORDS.has(next?.norm ?? '') || next?.pos === 'ADP' ? whole : whole.replace(DETERMINERS, '');
  const roleHead =
    ((last.pos === 'NOUN' || last.pos === 'ADJ') &&
      (SPEAKER_NOUNS.has(last.norm) || DOCUMENT_NOUNS.has(last.norm))) ||
    compoundRole(doc, b);
  let named: string | undefined;
  let namedAt = -1;
  // "Adams and Chicago Mayor Brandon Johnson called on …": people joined by "and" speak together
  const people: string[] = [];
  for (let k = a; k < b; k++) {
    const id = entityAt(doc, entities, k);
    // "Vestmark's seismological center": a place or body before a possessive only owns the speaker
    if (
      id &&
      (!named || entities.byId.get(id)?.kind === 'person') &&
      !ownerAt(doc, entities, id, k) &&
      !othersOf(doc, entities, id, k, b)
    )
      [named, namedAt] = [id, k];
    if (id && entities.byId.get(id)?.kind === 'person' && !people.includes(id) && headsAt(doc, k, b)) {
      const joined = people.length === 0 || doc.tokens.slice(a, k).some((t) => t.norm === 'and');
      if (joined) people.push(id);
    }
  }
  // "the City of Dunmore and the Harbour Authority said": bodies joined by "and" speak together too
  const parts =
    people.length > 1
      ? people.map((id) => ({ name: entities.byId.get(id)?.name ?? id, entityId: id }))
      : joinedBodies(doc, entities, a, b);
  if (parts) {
    const names = parts.map((p) => p.name);
    const entityIds = parts.flatMap((p) => (p.entityId ? [p.entityId] : []));
    return {
      ...base,
      name: `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`,
      entityId: null,
      entityIds,
    };
  }
  // "Commuters from Eastbank", "The Anchor Bakery on Quay Street": a place or body after a preposition only
  // says where the speaker is from; the speaker is the head before it
  const prep = doc.tokens.slice(a, b).findIndex((t) => t.pos === 'ADP') + a;
  // "A spokesman for Mr. Reed", "an attorney for Smith": one who speaks for another is the speaker; "a
  // letter sent to Mayor Wu", "a memo to Smith": one named after "to" is whom it was addressed to
  if (named && prep > a && namedAt > prep && (speaksFor(doc, prep) || addressedTo(doc, prep)))
    return { ...base, name: phrase, entityId: null };
  if (named && prep > a && namedAt > prep && entities.byId.get(named)?.kind !== 'person') {
    const head = doc.tokens.slice(a, prep).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
    if (head) {
      const own = resolveSpeaker(ctx, a, prep, cueToken);
      return { ...base, name: own.entityId ? own.name : phrase, entityId: own.entityId };
    }
  }
  // "Mexico's president" that the story's entities already give to a person (the mention is the whole
  // role phrase, not the place before it): that person
  const holder = roleHead ? roleHolder(entities, doc.id, span) : null;
  if (holder) return { ...base, name: entities.byId.get(holder)?.name ?? phrase, entityId: holder };
  // "a Varga supporter", "Mexico's president": a name before the role noun only modifies it
  if (named && !roleHead) {
    // "the Texas Attorney General's office", "a Texas appeal court": a place before the phrase's head
    // only says where the speaker is; so does a body's or a place's name before a common noun ("the Gullport
    // fire service"); "Ann Wu's office" stays hers
    const kind = entities.byId.get(named)?.kind;
    const end = mentionEnd(doc, entities, named, namedAt);
    const place = kind === 'place' && (last.pos === 'NOUN' || last.pos === 'PROPN');
    if (end < b && (place || (kind !== 'person' && doc.tokens.slice(end, b).every(premodifies))))
      return { ...base, name: phrase, entityId: null };
    return { ...base, name: entities.byId.get(named)?.name ?? phrase, entityId: named };
  }
  if (b - a === 1 && first.pos === 'PRON') {
    const pick =
      first.norm === 'he' || first.norm === 'she'
        ? antecedent(doc, entities, ctx.previous, { a, paragraph, pronoun: first.norm, cueToken })
        : undefined;
    if (pick) {
      return { ...base, name: entities.byId.get(pick)?.name ?? first.text, entityId: pick };
    }
    // "Dorian Falk, of the Renewal party, said …. “…,” he said": the speaker just before, a person's name
    // the story holds no entity for
    const earlier =
      first.norm === 'he' || first.norm === 'she'
        ? namedSpeakerBefore(doc, entities, ctx.previous, { a, paragraph, pronoun: first.norm })
        : undefined;
    if (earlier) return { ...base, name: earlier, entityId: null };
    // "Residents complained that … . Speaking to IRNA, they said …": the speakers named in the sentence
    // before or this one, whose head is plural
    const they = first.norm === 'they' ? pluralBefore(doc, ctx.previous, sentenceOf(doc, a), a) : undefined;
    if (they) return { ...base, name: they.name, entityId: they.entityId };
    return { ...base, name: first.text, entityId: null };
  }
  if (roleHead && /^(?:the|this|that)\b/i.test(doc.text.slice(span.start, span.end))) {
    const earlier = ctx.previous.findLast((p) => p.head === base.head && p.token < a);
    if (earlier) return { ...base, name: earlier.name, entityId: earlier.entityId };
    // "the minister added": the one person of the story who holds that role
    // "the statement read" after "a joint Thursday statement": the fuller phrase met earlier
    if (DOCUMENT_NOUNS.has(base.head)) {
      // "the statement said" after "In a joint statement, the city and the authority said": its issuers
      const by = issuerBefore(doc, a, base.head);
      if (by) {
        const who = resolveSpeaker(ctx, by[0], by[1], by[2]);
        return { ...base, name: who.name, entityId: who.entityId };
      }
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
  // "city manager Tomas Vell" with no entity for the name: the name, not the role with it
  return { ...base, name: nameAfterTitle(doc, a, b) ?? phrase, entityId: null };
}

// "the US President-elect", "the Secretary-General": a role noun before the hyphen of the phrase's last word
function compoundRole(doc: Doc, b: number): boolean {
  const hyphen = doc.tokens[b - 2];
  const role = doc.tokens[b - 3];
  return hyphen?.text === '-' && !spacedAt(doc, b - 2) && !spacedAt(doc, b - 1) && role !== undefined
    ? SPEAKER_NOUNS.has(role.norm)
    : false;
}

// "Dr. Collins' colleagues said", "Ann Wu's aides said": people a person's possessive names are others
// than that person ("Ann Wu's office said" stays hers)
function othersOf(doc: Doc, entities: ResolvedEntities, id: string, k: number, b: number): boolean {
  const head = doc.tokens[b - 1] as Tok;
  return head.pos === 'NOUN' && PLURAL_NOUN.test(head.norm) && possessiveAfter(doc, entities, id, k);
}

const PLURAL_NOUN = /[^s']s$/;

// Whether the name starting at token `k` heads its part of the phrase [.., b): no possessive or noun
// after it ("Kim Lee's lawyer", "a Varga supporter" name someone else).
function headsAt(doc: Doc, k: number, b: number): boolean {
  let j = k;
  while (j < b && (doc.tokens[j] as Tok).pos === 'PROPN') j++;
  const next = doc.tokens[j];
  return j >= b || !next || (next.pos !== 'NOUN' && next.pos !== 'PART' && !/^['’]s$/.test(next.text));
}

/** The fullest phrase with the same head noun earlier in the article ("joint Thursday statement"), if longer. */
function earlierPhrase(doc: Doc, before: number, head: string): string | null {
  for (let k = before - 1; k >= Math.max(0, before - DOCUMENT_LOOKBACK); k--) {
    const t = doc.tokens[k] as Tok;
    if (t.norm !== head || t.pos !== 'NOUN') continue;
    const np = phraseBefore(doc, k + 1, (doc.sentences[sentenceOf(doc, k)] as { first: number }).first);
    if (!np || np[1] - np[0] < 3) continue;
    const text = doc.text.slice((doc.tokens[np[0]] as Tok).start, t.end).replace(DETERMINERS, '');
    if (text.split(' ').length > 1) return text;
  }
  return null;
}
