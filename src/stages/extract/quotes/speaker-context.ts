import { sentenceOf, type Tok, tokenAt } from '../../../text/annotated.ts';
import type { QuoteSpan } from '../../../text/quotes/spans.ts';
import { BE_FORMS, CONTRAST_WORDS, NAMING_CUES, SPEAKER_NOUNS } from '../data/speech.ts';
import { TITLES } from '../data/titles.ts';
import { TRANSCRIPT_LABEL } from '../patterns.ts';
import { subjectOf } from '../speakers/clause.ts';
import { isCue, isIndirectCue } from '../speakers/cues.ts';
import { phraseAfter, phraseBefore } from '../speakers/phrases.ts';
import { type Attribution, resolveSpeaker, type SpeakerContext } from '../speakers/resolve.ts';
import { after } from './speaker-after.ts';
import { cueSubject } from './speaker-before.ts';
import { clauseStart, OPENERS, putIt, QUOTE_CHARS, sentenceAt } from './tokens.ts';

// Speakers from the context when no speech verb stands next to the quote: transcript labels, a colon closing the
// paragraph before, the sentence's subject, a speaker named later in the sentence or in the sentence before.

/** Tokens after a cue that closes its sentence ("Dr. Wu said on Monday night."), with its full stop. */
const CLOSING_TAIL = 5;

/** "WALLACE: …" in a transcript: the label before the colon is the speaker. */
export function transcriptLabel(ctx: SpeakerContext, q: QuoteSpan): Attribution | null {
  const m = TRANSCRIPT_LABEL.exec(ctx.doc.text.slice(q.start, q.start + 40));
  if (!m) return null;
  const a = tokenAt(ctx.doc, q.start);
  const b = tokenAt(ctx.doc, q.start + (m[1] as string).length);
  return b > a ? resolveSpeaker(ctx, a, b, b) : null;
}

/** "Brandt has called Varga a “paper tiger”": a partial quote without a speech verb belongs to the subject. */
export function subjectSpeaker(ctx: SpeakerContext, openToken: number): Attribution | null {
  const sentence = sentenceAt(ctx.doc, openToken);
  if (!sentence || passivelyNamed(ctx.doc.tokens, openToken)) return null;
  const np = subjectOf(ctx.doc, clauseStart(ctx.doc, sentenceOf(ctx.doc, openToken)), openToken);
  if (!np || passiveSubject(ctx.doc.tokens, np[2])) return null;
  const head = ctx.doc.tokens[np[1] - 1] as Tok;
  // "Another critic, Lee Park, likened …": the name in the aside after a common noun
  const aside = ctx.doc.tokens[np[1]]?.text === ',' ? phraseAfter(ctx.doc, np[1] + 1, np[2]) : null;
  const named =
    aside &&
    /^\p{Lu}/u.test((ctx.doc.tokens[aside[1] - 1] as Tok).text) &&
    ctx.doc.tokens[aside[1]]?.text === ',';
  if (named && (head.pos === 'NOUN' || head.pos === 'ADJ') && !/^\p{Lu}/u.test(head.text))
    return resolveSpeaker(ctx, aside[0], aside[1], np[2]);
  if (
    head.pos === 'PROPN' ||
    head.pos === 'PRON' ||
    /^\p{Lu}/u.test(head.text) ||
    SPEAKER_NOUNS.has(head.norm)
  )
    return resolveSpeaker(ctx, np[0], np[1], np[2]);
  // "The complaint accuses Lee of having “used the power of his office”": the subject of a verb that
  // reports speaks, whatever its noun; the verb stays free for the report the quote is part of
  if (isIndirectCue(ctx.doc.tokens[np[2]]))
    return { ...resolveSpeaker(ctx, np[0], np[1], np[2]), borrowed: true };
  return null;
}

/**
 * Whether the verb at `v` is a passive ("Oler is charged with “practicing polygamy”", "He is accused of
 * … what his church calls “spiritual marriages”"): its subject says nothing; one "quoted as" still does.
 */
function passiveSubject(tokens: readonly Tok[], v: number): boolean {
  const verb = tokens[v];
  return (
    verb !== undefined &&
    BE_FORMS.has(tokens[v - 1]?.norm ?? '') &&
    /ed$/.test(verb.norm) &&
    verb.norm !== 'quoted'
  );
}

/**
 * Whether the quote is a name given by a passive naming verb right before it, after a noun or a form of
 * "be" ("New York was among three cities labeled “anarchist jurisdictions” by the Justice Department",
 * "the plan was called “a disgrace”"): the namer's words, not the subject's.
 */
function passivelyNamed(tokens: readonly Tok[], openToken: number): boolean {
  const verb = tokens[openToken - 1];
  const before = tokens[openToken - 2];
  if (!verb || !before || !NAMING_CUES.has(verb.norm) || !verb.norm.endsWith('ed')) return false;
  return before.pos === 'NOUN' || before.pos === 'PROPN' || BE_FORMS.has(before.norm);
}

/** "Caddell continued:" closing the paragraph before a quoted paragraph. */
export function colonBefore(ctx: SpeakerContext, openToken: number): Attribution | null {
  const { doc } = ctx;
  const prev = doc.tokens[openToken - 1];
  const here = sentenceAt(doc, openToken);
  if (prev?.text !== ':' || !here) return null;
  const sentence = doc.sentences[sentenceOf(doc, openToken - 1)];
  if (!sentence || here.paragraph - sentence.paragraph > 1) return null;
  const first = clauseStart(doc, sentenceOf(doc, openToken - 1));
  for (let c = openToken - 2; c >= sentence.first; c--) {
    if (!isCue(doc.tokens[c])) continue;
    const np = cueSubject(doc, c, first);
    return np ? resolveSpeaker(ctx, np[0], np[1], c) : null;
  }
  return null;
}

/** Words before a list's examples ("critics like Dr Ina Vale: “…”", "including"); "such as" is read apart. */
const EXAMPLE_WORDS = new Set(['like', 'including']);
/** Marks after which a phrase opens its clause. */
const CLAUSE_MARKS = new Set([',', ';', '—', '–']);

// Whether the phrase [a, …) opens its clause, or an example of a list ("critics, such as the outspoken …").
function opensClauseOrExample(doc: SpeakerContext['doc'], a: number, first: number): boolean {
  const before = doc.tokens[a - 1];
  if (a <= first || before === undefined || CLAUSE_MARKS.has(before.text)) return true;
  return EXAMPLE_WORDS.has(before.norm) || (before.norm === 'as' && doc.tokens[a - 2]?.norm === 'such');
}

/**
 * "… critics, such as the outspoken Dr Ina Vale: “…”", "Lars Holm, a fisherman: “…”": a direct quote
 * after a colon with no speech verb belongs to the person named right before the colon, by a phrase
 * that opens its clause or lists an example (not an object: "He warned Ann Wu: “…”"), when the quote
 * ends its sentence.
 */
export function nameBeforeColon(
  ctx: SpeakerContext,
  openToken: number,
  closeToken: number,
): Attribution | null {
  const { doc } = ctx;
  const colon = openToken - 1;
  const at = doc.tokens[colon];
  // words after the quote in its sentence make it a label ("Ann Wu: “Mermaid” Swimmer Dies"), no speech
  const next = doc.tokens[closeToken + 1];
  if (
    at?.text !== ':' ||
    (next && sentenceOf(doc, closeToken + 1) === sentenceOf(doc, colon) && next.pos !== 'PUNCT')
  )
    return null;
  const first = clauseStart(doc, sentenceOf(doc, colon));
  let np = phraseBefore(doc, colon, first);
  // "Lars Holm, a fisherman:": the name before an appositive
  const head = np && (doc.tokens[np[1] - 1] as Tok);
  if (np && head && head.pos !== 'PROPN' && doc.tokens[np[0] - 1]?.text === ',')
    np = phraseBefore(doc, np[0] - 1, first);
  // "Minister: “…”", "16:40 Minister: “…”" (a heading, a live blog's entry): a title alone opening its
  // line, after its time at most, stands for the story's holder of it
  const at0 =
    np && np[0] === first && np[1] - np[0] === 2 && doc.tokens[first]?.pos === 'NUM' ? first + 1 : np?.[0];
  const title =
    np && at0 === np[1] - 1 && at0 !== undefined && at0 <= first + 1 && TITLES[(doc.tokens[at0] as Tok).norm];
  if (np && title) np = [at0 as number, np[1]];
  if (
    !np ||
    !(title || (doc.tokens[np[1] - 1] as Tok).pos === 'PROPN') ||
    !(title || opensClauseOrExample(doc, np[0], first))
  )
    return null;
  let who = resolveSpeaker(ctx, np[0], np[1], colon);
  // the one person of the story who holds the title ("the minister added" is read so in speakers/resolve.ts)
  const holders = title && !who.entityId ? ctx.entities.roles.get(title) : undefined;
  if (holders?.length === 1) {
    const id = holders[0] as string;
    who = { ...who, name: ctx.entities.byId.get(id)?.name ?? who.name, entityId: id };
  }
  return who.entityId && ctx.entities.byId.get(who.entityId)?.kind === 'person' ? who : null;
}

/** "… a “productive meeting” …, as Mayorkas put it": a speaker named later in the sentence. */
export function anywhereAfter(ctx: SpeakerContext, from: number): Attribution | null {
  const { doc } = ctx;
  const sentence = sentenceAt(doc, from - 1);
  if (!sentence) return null;
  for (let c = from; c < sentence.end; c++) {
    const t = doc.tokens[c] as Tok;
    if (OPENERS.has(t.text) || CONTRAST_WORDS.has(t.norm)) return null;
    if (!isCue(t) && !putIt(doc, c)) continue;
    const np = phraseBefore(doc, c, from);
    return np ? resolveSpeaker(ctx, np[0], np[1], c) : null;
  }
  return null;
}

/**
 * "Lee called him a master of deals. “He never gave up.”": a quoted sentence without a cue belongs to the person
 * who is the subject of the sentence just before it, in its paragraph or closing the paragraph before.
 */
export function previousSubject(ctx: SpeakerContext, openToken: number): Attribution | null {
  const { doc } = ctx;
  const index = sentenceOf(doc, openToken);
  const here = doc.sentences[index];
  const prev = doc.sentences[index - 1];
  if (!here || !prev || here.paragraph - prev.paragraph > 1 || prev.titleCase) return null;
  if (openToken - here.first > 1) return null;
  const from = (doc.tokens[prev.first] as Tok).start;
  if (QUOTE_CHARS.test(doc.text.slice(from, (doc.tokens[prev.end - 1] as Tok).end))) return null;
  const reporter = closingCue(ctx, prev.first, prev.end);
  if (reporter) return reporter.entityId ? reporter : null;
  const np = subjectOf(doc, prev.first, prev.end);
  if (!np || (doc.tokens[np[1] - 1] as Tok).pos !== 'PROPN') return null;
  const who = resolveSpeaker(ctx, np[0], np[1], np[2]);
  return who.entityId && ctx.entities.byId.get(who.entityId)?.kind === 'person' ? who : null;
}

/**
 * "Ann Lee is also probably more liberal than most, Dr. Wu said. “…”": a sentence that closes with a cue
 * after its last comma (and nothing but a few words with no verb after the cue) reports what its cue's
 * speaker said; its subject is talked about. The speaker, or null when the sentence closes otherwise.
 */
function closingCue(ctx: SpeakerContext, first: number, end: number): Attribution | null {
  const { doc } = ctx;
  let comma = end - 1;
  while (comma > first && (doc.tokens[comma] as Tok).text !== ',') comma--;
  if (comma <= first) return null;
  const who = after(ctx, comma + 1);
  if (!who || who.cueToken <= comma || who.cueToken >= end) return null;
  const tail = doc.tokens.slice(who.cueToken + 1, end);
  const closes = tail.length <= CLOSING_TAIL && tail.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX');
  return closes ? { ...who, borrowed: true } : null;
}

/** "Senator Ann Wu, R-Va., despite her doubts about “…”": a partial quote in a sentence that opens with a person's name set off by a comma. */
export function openingPerson(ctx: SpeakerContext, openToken: number): Attribution | null {
  const { doc } = ctx;
  const sentence = sentenceAt(doc, openToken);
  if (!sentence) return null;
  const np = phraseAfter(doc, sentence.first, openToken);
  if (!np || doc.tokens[np[1]]?.text !== ',' || (doc.tokens[np[1] - 1] as Tok).pos !== 'PROPN') return null;
  // "Oler, accused of having two wives, is charged with “…”": a passive before the quote
  for (let v = np[1] + 1; v < openToken; v++) if (passiveSubject(doc.tokens, v)) return null;
  const who = resolveSpeaker(ctx, np[0], np[1], np[1]);
  return who.entityId && ctx.entities.byId.get(who.entityId)?.kind === 'person' ? who : null;
}
