import { type Doc, spacedAt, type Tok } from '../../../text/annotated.ts';
import { ARTICLES, POSSESSIVE_PRONOUNS } from '../data/function-words.ts';
import {
  ATTEMPT_NOUNS,
  CLAIM_NOUNS,
  INFINITIVE_NOUNS,
  REJECTING_CUES,
  VIEW_NOUNS,
  VOICING_VERBS,
} from '../data/speech.ts';
import { phraseBefore } from '../speakers/phrases.ts';
import { type Attribution, resolveSpeaker, type SpeakerContext } from '../speakers/resolve.ts';
import { subjectBefore, verbGroup } from '../speakers/subject.ts';
import { contentAfter } from './content.ts';
import { opensClause } from './content-shape.ts';

// Claims told by a noun: "the mayor's claim that …", "his refusal to …", "expressed concern that …",
// "in the mayor's view, …". The speaker is the possessor, or the subject of the verb that voices the claim.

const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
const MODIFIER_POS = new Set(['ADJ', 'ADV']);
const VERB_POS = new Set(['VERB', 'AUX']);
/** Longest clause checked for a subject and verb after "that", in tokens. */
const CLAUSE_LOOKAHEAD = 8;

/** Where the content after claim noun `c` starts ("that" clause or infinitive), or -1. */
function claimContentStart(doc: Doc, c: number, end: number): number {
  const next = doc.tokens[c + 1];
  const after = doc.tokens[c + 2];
  if (!next || !after) return -1;
  if (next.norm === 'to' && INFINITIVE_NOUNS.has((doc.tokens[c] as Tok).norm))
    return after.pos === 'VERB' ? c + 1 : -1;
  // "Lee's position is that …": the claim is stated by a copula
  const copula = (next.norm === 'is' || next.norm === 'was') && after.norm === 'that' ? 1 : 0;
  const that = doc.tokens[c + 1 + copula] as Tok;
  const first = doc.tokens[c + 2 + copula];
  // "the claim that was made" is a relative clause; "the claim that the port is safe" is content
  if (that.norm !== 'that' || that.pos === 'DET' || !first || VERB_POS.has(first.pos)) return -1;
  const from = c + 2 + copula;
  return opensClause(doc, from, Math.min(end, from + CLAUSE_LOOKAHEAD)) ? from : -1;
}

/** The holder of the claim whose noun is token `noun` and whose modifiers start at `m`: the possessor or the voicing verb's subject. */
function holder(doc: Doc, noun: number, m: number, floor: number): [number, number] | null {
  const before = doc.tokens[m - 1];
  if (!before) return null;
  // "the mayor's claim", "Lee’s repeated emphasis"
  if (POSSESSIVE_MARKS.has(before.text) && !spacedAt(doc, m - 1)) return phraseBefore(doc, m - 1, floor);
  // "highlighted his message that", "expressed concern that", "repeated the claim that"
  const det = POSSESSIVE_PRONOUNS.has(before.norm) || ARTICLES.has(before.norm) ? m - 1 : m;
  const verb = doc.tokens[det - 1];
  if (verb?.pos !== 'VERB') return null;
  // "the judge rejected his claim that …": the claim is not the judge's
  if (REJECTING_CUES.has(verb.norm)) return null;
  if (!VOICING_VERBS.has(verb.norm) && !POSSESSIVE_PRONOUNS.has(before.norm)) return null;
  // "made an effort to diversify": an attempt voiced by no one, unlike "her effort to …"
  if (ATTEMPT_NOUNS.has((doc.tokens[noun] as Tok).norm) && !POSSESSIVE_PRONOUNS.has(before.norm)) return null;
  const group = verbGroup(doc, det - 1, floor);
  if (!group || group.passive) return null;
  return subjectBefore(doc, group.start, floor)?.np ?? null;
}

/** Longest run of words between a verb and the claim noun it takes ("rejected his earlier claim"). */
const CLAIM_OBJECT_SPAN = 4;

/**
 * "The judge rejected his claim that …", "denied claims that …": a verb that turns a claim down, at token
 * `c`, whose object is a claim noun and its "that" clause. What the clause says is not the subject's words.
 */
export function rejectsClaim(doc: Doc, c: number, end: number): boolean {
  if (!REJECTING_CUES.has((doc.tokens[c] as Tok).norm)) return false;
  // a possessive mark is no word of the span ("disputed a government minister's statement that …")
  let words = 0;
  for (let k = c + 1; k < end && words < CLAIM_OBJECT_SPAN; k++) {
    const t = doc.tokens[k] as Tok;
    if (POSSESSIVE_MARKS.has(t.text)) continue;
    words++;
    if (t.pos === 'NOUN' && CLAIM_NOUNS.has(t.norm)) return thatAfter(doc, k + 1, end);
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return false;
  }
  return false;
}

// The "that" of a claim noun's clause at token k, or after a "by"/"from" naming its maker ("the
// statement by the minister that …").
function thatAfter(doc: Doc, k: number, end: number): boolean {
  if (doc.tokens[k]?.norm === 'that') return true;
  if (!['by', 'from'].includes(doc.tokens[k]?.norm ?? '')) return false;
  for (let j = k + 1; j < Math.min(end, k + 1 + CLAIM_OBJECT_SPAN); j++) {
    const t = doc.tokens[j] as Tok;
    if (t.norm === 'that') return j > k + 1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return false;
  }
  return false;
}

/** An attribution found by a noun: its content tokens and its speaker. */
export interface Found {
  readonly content: [number, number];
  readonly speaker: Attribution;
}

/** A sentence's tokens [first, end) and the start of its clause. */
export interface SentenceRange {
  readonly first: number;
  readonly end: number;
  readonly floor: number;
}

/** The attribution whose claim noun is token `c` ("the mayor's claim that …"), if it is one. */
export function claimAt(ctx: SpeakerContext, c: number, sentence: SentenceRange): Found | null {
  const { doc } = ctx;
  const t = doc.tokens[c] as Tok;
  if (t.pos !== 'NOUN' || !CLAIM_NOUNS.has(t.norm)) return null;
  const from = claimContentStart(doc, c, sentence.end);
  if (from < 0) return null;
  let m = c;
  while (m - 1 > sentence.floor && MODIFIER_POS.has((doc.tokens[m - 1] as Tok).pos)) m--;
  const np = holder(doc, c, m, sentence.floor);
  const content = np && contentAfter(doc, c, sentence.end, { from });
  return content && np ? { content, speaker: resolveSpeaker(ctx, np[0], np[1], c) } : null;
}

/** "In the mayor's view, …": the rest of the sentence is the possessor's view. */
export function viewAt(ctx: SpeakerContext, c: number, sentence: SentenceRange): Found | null {
  const { doc } = ctx;
  const t = doc.tokens[c] as Tok;
  if (t.norm !== 'in' || c !== sentence.first) return null;
  let k = c + 1;
  while (k < sentence.end && k - c < CLAUSE_LOOKAHEAD && !POSSESSIVE_MARKS.has((doc.tokens[k] as Tok).text))
    k++;
  const noun = doc.tokens[k + 1];
  if (k >= sentence.end || !noun || !VIEW_NOUNS.has(noun.norm) || doc.tokens[k + 2]?.text !== ',')
    return null;
  const np = phraseBefore(doc, k, c + 1);
  const content = np && contentAfter(doc, k + 1, sentence.end, { from: k + 3 });
  return content && np ? { content, speaker: resolveSpeaker(ctx, np[0], np[1], k + 1) } : null;
}
