// The attribution at one token: a claim noun, "quoted as saying", "according to", or a speech verb and
// its subject.
import type { Doc, Tok } from '../../../text/annotated.ts';
import { pastDateline } from '../../../text/annotated.ts';
import { CURLY_CLOSER, STRAIGHT_DOUBLE } from '../../../text/quotes/marks.ts';
import type { QuoteSpan } from '../../../text/quotes/spans.ts';
import { JOINING_CONJUNCTIONS, OPENING_SUBORDINATORS, RELATIVE_PRONOUNS } from '../data/function-words.ts';
import {
  CALL_CUES,
  FINDING_CUES,
  FINDING_NOUNS,
  INDIRECT_PARTICIPLES,
  NOMINAL_CUES,
  PICTURE_NOUNS,
} from '../data/speech.ts';
import { STUDY_NOUNS } from '../data/study-nouns.ts';
import { subjectOf } from '../speakers/clause.ts';
import { givenNameCue, isIndirectCue } from '../speakers/cues.ts';
import { phraseAfter } from '../speakers/phrases.ts';
import { type Attribution, resolveSpeaker, type SpeakerContext } from '../speakers/resolve.ts';
import { subjectBefore, verbGroup } from '../speakers/subject.ts';
import { clauseAfter, clauseFor, quotedChars } from './clause.ts';
import { contentAfter } from './content.ts';
import { trimContent } from './content-shape.ts';
import { pastDate } from './content-start.ts';
import { pastRelativeHead, saidBefore } from './lead-in.ts';
import { claimAt, type Found, rejectsClaim, type SentenceRange, viewAt } from './nominal.ts';
import { citingAside, mutedSubject, neverSpeech, unnamedThing } from './not-speech.ts';
import { openingAt } from './opening.ts';
import { quotedAsAt } from './quoted-as.ts';
import { appositiveToEnd, namedBody, nounTaggedCue, sourceAfter } from './speaker.ts';
import { holdsStance, stanceAt } from './stance.ts';
import { rivalSubject, subordinateOnly } from './subordinate.ts';

/** Longest tail after the cue when the content stands before it ("…, officials said on Monday."). */
const MAX_TAIL = 8;

/** True when the token at k is a relative pronoun other than "that" with a comma before it (", which …"). */
function setOffRelative(doc: Doc, k: number): boolean {
  const t = doc.tokens[k] as Tok;
  return t.norm !== 'that' && RELATIVE_PRONOUNS.has(t.norm) && doc.tokens[k - 1]?.text === ',';
}

/** The speaker a participle or a coordinated cue shares with its sentence: an earlier cue's, else the subject. */
function sentenceSpeaker(
  ctx: SpeakerContext,
  c: number,
  first: number,
  quotes: readonly QuoteSpan[],
): Attribution | null {
  const { doc } = ctx;
  for (let k = ctx.previous.length - 1; k >= 0; k--) {
    const p = ctx.previous[k] as Attribution;
    // "Leaders denounced Wu's decision to close the pier, saying …": a claim noun's holder is not the
    // one a participle after the main clause speaks for
    if (p.cueToken >= first && p.cueToken < c && (doc.tokens[p.cueToken] as Tok).pos !== 'NOUN')
      // "… called the plan a disaster and said …": a coordinated cue is its report's own verb
      return doc.tokens[c - 1]?.pos === 'CCONJ' ? { ...p, cue: (doc.tokens[c] as Tok).text, cueToken: c } : p;
  }
  // a sentence that opens inside a quote has no subject of its own
  if (quotedChars(quotes, (doc.tokens[first] as Tok).start, (doc.tokens[c] as Tok).start) > 0) return null;
  const subject = subjectOf(doc, first, c);
  return subject ? resolveSpeaker(ctx, subject[0], subject[1], c) : null;
}

const CLOSING_MARKS = new Set([CURLY_CLOSER, STRAIGHT_DOUBLE, "''"]);
/**
 * Attributions told by a noun or an opening participle rather than a speech verb, tried in this order before
 * the verbs: "the mayor's claim that …", "in the mayor's view, …", "Citing the storm, the mayor …".
 */
const NOUN_ATTRIBUTIONS: readonly ((
  ctx: SpeakerContext,
  c: number,
  sentence: SentenceRange,
) => Found | null)[] = [claimAt, viewAt, openingAt];

// The attribution of `content` to the noun phrase `np` (the cue token `c`), when both were found.
function reported(
  ctx: SpeakerContext,
  c: number,
  content: [number, number] | null,
  np: [number, number] | null,
): { content: [number, number]; speaker: Attribution } | null {
  return content && np ? { content, speaker: namedBody(ctx, resolveSpeaker(ctx, np[0], np[1], c)) } : null;
}

/** The content and speaker of the attribution whose cue is token `c`, if it is one. */
export function attributionAt(
  ctx: SpeakerContext,
  c: number,
  sentence: { first: number; end: number; floor: number },
  quotes: readonly QuoteSpan[],
): { content: [number, number]; speaker: Attribution } | null {
  // the subject may stand before the sentence when the split fell after a parenthesis ("Wu (D-Mo.) | said …")
  const { first, end, floor } = sentence;
  const { doc } = ctx;
  const t = doc.tokens[c] as Tok;
  // (indexed: this runs at every token, and an iterator each time is garbage)
  for (let k = 0; k < NOUN_ATTRIBUTIONS.length; k++) {
    const claim = (NOUN_ATTRIBUTIONS[k] as (typeof NOUN_ATTRIBUTIONS)[number])(ctx, c, sentence);
    if (claim) return { content: claim.content, speaker: namedBody(ctx, claim.speaker) };
  }
  // "IRNA quoted the governor as saying …": the quoted person's words, not the channel's
  const quoted = quotedAsAt(ctx, c, sentence);
  if (quoted) return { content: quoted.content, speaker: namedBody(ctx, quoted.speaker) };
  // "according to X, …" and "…, according to X."
  if (t.norm === 'according' && doc.tokens[c + 1]?.norm === 'to') {
    const np = sourceAfter(doc, c + 2, end);
    if (!np || studySource(doc, np)) return null;
    if (c === first) return reported(ctx, c, trimContent(doc, np[1], end), np);
    // "Lee said Monday that …, according to the Gazette": the source of a report that names its own
    // speaker, whose cue gives the reported speech; the whole sentence is not what the source said
    if (doc.tokens.slice(first, c).some((x) => isIndirectCue(x))) return null;
    return reported(ctx, c, trimContent(doc, first, c), np);
  }
  // "is promising/ADJ to help": a participle after an auxiliary is a verb whatever its tag
  const verb =
    t.pos === 'VERB' || (t.pos === 'ADJ' && t.norm.endsWith('ing') && doc.tokens[c - 1]?.pos === 'AUX');
  // no verb is a cue only as a noun tagged for one ("reports that …"; `finite` below): the other
  // tokens, most of an article's, are passed over before the tests of their use
  const nounCue = !verb && nounTaggedCue(doc, c);
  if (!verb && !nounCue) return null;
  // "lifeboat coxswain Hope Lund said": a capitalised cue before a surname is a given name
  if (givenNameCue(doc, c)) return null;
  // "she finds herself …", "neither can deny …", "promoting the film": uses that report no words
  if (neverSpeech(doc, c)) return null;
  // "the judge rejected his claim that …": the claim's words are not the judge's
  if (verb && rejectsClaim(doc, c, end)) return null;
  const nominal = verb && NOMINAL_CUES.has(t.norm);
  // "wants to …", "called the plan a disaster", "attacked the mayor for …"
  const stance = verb ? stanceAt(doc, c, end) : null;
  const participle =
    verb && (INDIRECT_PARTICIPLES.has(t.norm) || ((nominal || stance !== null) && t.norm.endsWith('ing')));
  const call = verb && CALL_CUES.has(t.norm) && ['for', 'on'].includes(doc.tokens[c + 1]?.norm ?? '');
  const finite = isIndirectCue(t) || nounCue || call || (nominal && !participle) || stance !== null;
  const finding = verb && FINDING_CUES.has(t.norm);
  if (!participle && !finite && !finding) return null;
  const group = verbGroup(doc, c, floor);
  if (!group || group.passive) return null;
  // a comma before the cue may be inside the quote mark that closes the sentence's quote (",” adding that …")
  const closed = CLOSING_MARKS.has(doc.tokens[group.start - 1]?.text ?? '') ? 1 : 0;
  const before = doc.tokens[group.start - 1 - closed];
  const joined =
    before?.text === ',' || (!closed && before !== undefined && JOINING_CONJUNCTIONS.has(before.norm));
  // "Lee praised the crews, adding that …": a participle takes the sentence's speaker
  // a stance participle without a comma may modify a noun before it ("an ad hitting the mayor for …")
  if (participle && group.start === c && (joined || stance === null)) {
    if (!joined) return null;
    const content = clauseFor(doc, c, contentAfter(doc, c, end, { from: stance?.from }));
    const speaker = content && sentenceSpeaker(ctx, c, floor, quotes);
    return content && speaker ? { content, speaker } : null;
  }
  const subject = subjectBefore(doc, group.start, floor);
  if (subject) {
    const head = doc.tokens[subject.np[1] - 1] as Tok;
    if (!holdsStance(stance, head, subject.relative)) return null;
    // "the survey found most voters …", "the panel found that the firm was at fault": a finding verb reports
    // a document's noun phrase, anyone else's clause
    const document = FINDING_NOUNS.has(head.norm);
    // "images from the scene showed flames rising …", "video of the arrest shows him …": what pictures
    // show is no one's speech (a verb that only finds or shows, not a speech verb)
    const [from, to] = subject.np;
    // "the pandemic threatens to close more shops", "the warm response indicates that …": a threat or a
    // sign of what cannot speak is no one's speech
    // ("after a recount found …": a finding in a clause a subordinator opens)
    if (mutedSubject(t, head, OPENING_SUBORDINATORS.has(doc.tokens[from - 1]?.norm ?? ''))) return null;
    if (
      finding &&
      !finite &&
      !participle &&
      doc.tokens.slice(from, to).some((x) => PICTURE_NOUNS.has(x.norm))
    )
      return null;
    // "When the mayor said the pier was safe, the crowd …": what a cue in an opening clause reports ends at
    // the clause's comma ("As the mayor said, the pier is safe" reports the main clause)
    const opening = subject.opening === true && doc.tokens[pastDate(doc, c + 1, end)]?.text !== ',';
    const told = contentAfter(doc, c, end, {
      relative: subject.relative || opening,
      nominal: !finite && document,
      from: stance?.from,
    });
    // "…, he said, which the port will weigh …": a clause a comma and "which" or "who" open after the cue
    // tells of what comes before it, in the writer's words, and ", citing …" its source; what was said is
    // before the speaker
    // "…, Mayor Ann Wu said on Sunday, two days after …" likewise: the clause after the comma is the writer's
    const aside =
      told &&
      (setOffRelative(doc, told[0]) || citingAside(doc, told[0]) || saidBefore(doc, first, from, c, end));
    const content = aside ? null : told;
    if (content && !finite && !participle && !document && !clauseAfter(doc, c, content)) return null;
    if (content && !clauseFor(doc, c, content)) return null;
    // "a move town staff said would save …": the speaker is past the noun the clause hangs on
    const found = reported(ctx, c, content, content ? pastRelativeHead(doc, subject.np, content[0]) : null);
    // "It will support the carrier's service": a thing's support, no one's words
    if (found) return unnamedThing(doc, t, subject.np[1] - 1, found.speaker) ? null : found;
    // "…, officials said." and "…, Lee said, until …": the content is before the speaker
    const start = subject.np[0];
    const after = pastDate(doc, c + 1, end);
    const tail = end - c <= MAX_TAIL || doc.tokens[after]?.text === ',';
    if (!subject.relative && start > first && doc.tokens[start - 1]?.text === ',' && tail) {
      const from = pastDateline(doc, first, start);
      if (subordinateOnly(doc, from, start - 1)) return null;
      return reported(ctx, c, trimContent(doc, from, start - 1), subject.np);
    }
    return null;
  }
  if (!finite && !participle) return null;
  // "Lee toured the port and said …": a coordinated cue takes the sentence's speaker
  if (before !== undefined && JOINING_CONJUNCTIONS.has(before.norm)) {
    // "… when her rivals ganged up on her and said …": either subject may have said it; show none
    if (rivalSubject(doc, floor, c)) return null;
    const content = clauseFor(doc, c, contentAfter(doc, c, end));
    const speaker = content && sentenceSpeaker(ctx, c, floor, quotes);
    return content && speaker ? { content, speaker } : null;
  }
  // "…, said X." and "…, said X, the lawyer for …"
  if (before?.text === ',' && group.start === c) {
    const np = phraseAfter(doc, c + 1, end);
    return np && (end - np[1] <= 2 || appositiveToEnd(doc, np[1], end))
      ? reported(ctx, c, trimContent(doc, first, c - 1), np)
      : null;
  }
  return null;
}

// "according to a major trial of 1,240 people": a study is the source of a finding, no speaker; its
// head noun is the last noun before the phrase's first preposition
function studySource(doc: Doc, np: readonly [number, number]): boolean {
  let head: Tok | undefined;
  for (let k = np[0]; k < np[1]; k++) {
    const t = doc.tokens[k] as Tok;
    if (t.pos === 'ADP') break;
    if (t.pos === 'NOUN') head = t;
  }
  return head !== undefined && STUDY_NOUNS.has(head.norm);
}
