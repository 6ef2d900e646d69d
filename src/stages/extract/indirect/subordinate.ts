import type { Doc, Tok } from '../../../text/annotated.ts';
import { OPENING_SUBORDINATORS, RELATIVE_PRONOUNS } from '../data/function-words.ts';
import { SPEAKER_NOUNS, SPEAKER_PRONOUNS } from '../data/speech.ts';
import { phraseAfter } from '../speakers/phrases.ts';

/**
 * "Although Wu has admitted it, she does not defend it.", "But when the council cut the funds, the port said
 * enough.": a subordinate clause alone before the speaker (no comma in it) is the writer's setting, not
 * what was said.
 */
export function subordinateOnly(doc: Doc, a: number, b: number): boolean {
  const k = doc.tokens[a]?.pos === 'CCONJ' ? a + 1 : a;
  if (!OPENING_SUBORDINATORS.has(doc.tokens[k]?.norm ?? '')) return false;
  // "After scooping up the rings the robbers fled": a participle's phrase, whose main clause may follow
  // unmarked; "When will the pier reopen": a question, no subordinate clause
  if (VERB_POS.has(doc.tokens[k + 1]?.pos ?? '')) return false;
  for (let j = k + 1; j < b; j++) if ((doc.tokens[j] as Tok).text === ',') return false;
  return !phraseOpener(doc, k + 1, b) && !unmarkedMain(doc, k + 1, b);
}

const VERB_POS = new Set(['VERB', 'AUX']);
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON']);
const NOUN_END = new Set(['NOUN', 'PROPN', 'NUM']);
const PHRASE_START = new Set(['DET', 'PRON']);

/**
 * "After the meeting the mayor promised …", "Since March the pier has …": a preposition and its noun, then
 * a new noun phrase (a determiner or pronoun right after a noun) before any verb; no clause of its own,
 * so what follows is the main clause. "After the meeting officials promised" stays a clause (unknowable).
 */
function phraseOpener(doc: Doc, a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) {
    const t = doc.tokens[j] as Tok;
    if (VERB_POS.has(t.pos)) return false;
    if (
      PHRASE_START.has(t.pos) &&
      !RELATIVE_PRONOUNS.has(t.norm) &&
      NOUN_END.has((doc.tokens[j - 1] as Tok).pos)
    )
      return true;
  }
  return false;
}

/**
 * "If the pier closes the town will suffer": with no comma, a subordinate clause's end is unknown, and a
 * second subject and verb after its own ("the town will") opens the main clause it ran into.
 */
function unmarkedMain(doc: Doc, a: number, b: number): boolean {
  let own = false;
  for (let j = a; j + 1 < b; j++) {
    const [t, next] = [doc.tokens[j] as Tok, doc.tokens[j + 1] as Tok];
    // "When the man who owns the pier sold it": a relative pronoun's verb is no clause's own
    if (!SUBJECT_POS.has(t.pos) || RELATIVE_PRONOUNS.has(t.norm)) continue;
    if (!VERB_POS.has(next.pos) && !(own && relativeThenVerb(doc, j + 1, b))) continue;
    if (own) return true;
    own = true;
  }
  return false;
}

/**
 * "… the crews who waited grew angry": a relative pronoun, its verb group, then another verb (the noun's
 * own, after its relative clause).
 */
function relativeThenVerb(doc: Doc, k: number, b: number): boolean {
  if (!RELATIVE_PRONOUNS.has(doc.tokens[k]?.norm ?? '')) return false;
  let j = k + 1;
  while (j < b && (doc.tokens[j] as Tok).pos === 'AUX') j++;
  if (j >= b || (doc.tokens[j] as Tok).pos !== 'VERB') return false;
  return j + 1 < b && VERB_POS.has((doc.tokens[j + 1] as Tok).pos);
}

/**
 * "Wu got a taste of it when her rivals ganged up on her and questioned whether …": a cue joined by "and"
 * inside a subordinate clause whose own subject can speak (a name, a person's pronoun, a speaker noun, "her
 * rivals") may be
 * that subject's or the sentence's: true when such a clause opens between `floor` and the cue `c`.
 */
export function rivalSubject(doc: Doc, floor: number, c: number): boolean {
  let k = c - 1;
  while (k > floor && !OPENING_SUBORDINATORS.has((doc.tokens[k] as Tok).norm)) k--;
  if (k <= floor) return false;
  const np = phraseAfter(doc, k + 1, c);
  if (!np || !VERB_POS.has(doc.tokens[np[1]]?.pos ?? '')) return false;
  const head = doc.tokens[np[1] - 1] as Tok;
  if (head.pos === 'PRON') return SPEAKER_PRONOUNS.has(head.norm) && head.norm !== 'it';
  // "her rivals", "his aides": people of a person's
  const owned = np[1] - np[0] === 2 && PERSONAL_POSSESSIVES.has((doc.tokens[np[0]] as Tok).norm);
  return head.pos === 'PROPN' || SPEAKER_NOUNS.has(head.norm) || owned;
}

const PERSONAL_POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'our', 'your']);
