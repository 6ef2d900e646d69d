import {
  CONTRAST_WORDS,
  CUE_RAISERS,
  CUE_VERBS,
  DOCUMENT_NOUNS,
  PASSIVE_CUES,
  SPEAKER_ADVERBS,
  SPEAKER_NOUNS,
} from './data/speech.ts';
import type { Doc, Tok } from './doc.ts';
import { isSkipped, tokenAt } from './doc.ts';
import { MAX_ASIDE_TOKENS, MIN_UNATTRIBUTED_PARTIAL_WORDS, TRANSCRIPT_LABEL } from './patterns.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-marks.ts';
import {
  type Attribution,
  clauseOpening,
  isCue,
  isStrongCue,
  phraseAfter,
  phraseBefore,
  resolveSpeaker,
  type SpeakerContext,
  subjectOf,
} from './speaker.ts';

/** A quote found in one article, before quotes of the story are merged. */
export interface FoundQuote {
  readonly articleId: string;
  readonly kind: 'direct' | 'partial' | 'indirect';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker: Attribution | null;
}

const CLOSERS = new Set(['”', '"', "''", '’', "'"]);
const OPENERS = new Set(['“', '"', '``', '‘', "'"]);
const SKIPPABLE = new Set([',', '—', '–', '―', '-', ':']);
const DASHES = /^[—–―-]$/;
const LEAD_DASH = /^(?:[—–―]|--?)$/;
const MAX_AFTER_TOKENS = 30;
const SHORT_SENTENCE = 8;
const MAX_TITLE_WORDS = 6;
const MODIFIER_POS = new Set(['ADV', 'ADJ']);
const LONG_NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'ADP', 'CCONJ', 'PART', 'NUM']);
const QUOTE_CHARS = /[“”"]/;

function sentenceOf(doc: Doc, token: number) {
  return doc.sentences[(doc.tokens[token] as Tok | undefined)?.sentence ?? -1];
}

/** "…,” Kirby said", "…,” said Kirby", "…,” Kirby, the spokesman, said", "…” for X, she said": the speaker after the quote. */
function after(ctx: SpeakerContext, from: number, finished = false, comma = false): Attribution | null {
  const { doc } = ctx;
  let k = from;
  while (
    k < doc.tokens.length &&
    (CLOSERS.has((doc.tokens[k] as Tok).text) || SKIPPABLE.has((doc.tokens[k] as Tok).text))
  )
    k++;
  const sentence = sentenceOf(doc, k);
  if (!sentence) return null;
  const closing = sentenceOf(doc, Math.max(0, from - 1));
  if (sentence.paragraph !== closing?.paragraph) return null;
  // a new sentence after a finished quote attributes it only when it is short ("He said so.")
  const inverted = isStrongCue(doc.tokens[k]);
  if (finished && sentence !== closing && sentence.end - sentence.first > SHORT_SENTENCE && !inverted)
    return null;
  const ceil = Math.min(parenthesisEnd(doc, k, sentence.end), k + MAX_AFTER_TOKENS);
  const t = doc.tokens[k] as Tok;
  if (isStrongCue(t)) {
    const np = phraseAfter(doc, k + 1, ceil);
    return np ? resolveSpeaker(ctx, np[0], np[1], k) : null;
  }
  if (isCue(t)) {
    // "“…,” read a banner on the wall": a weak cue inverted only before a document
    const np = phraseAfter(doc, k + 1, ceil);
    const document =
      np && doc.tokens.slice(np[0], np[1]).some((x) => x.pos === 'NOUN' && DOCUMENT_NOUNS.has(x.norm));
    return np && document ? resolveSpeaker(ctx, np[0], np[1], k) : null;
  }
  if (t.norm === 'according' && doc.tokens[k + 1]?.norm === 'to') {
    const np = phraseAfter(doc, k + 2, ceil);
    return np ? resolveSpeaker(ctx, np[0], np[1], k) : null;
  }
  // "“…” was written by Lee": the agent of a passive speech verb
  const passive = doc.tokens[k + 1];
  if (
    t.pos === 'AUX' &&
    passive &&
    (CUE_VERBS.has(passive.norm) || PASSIVE_CUES.has(passive.norm)) &&
    doc.tokens[k + 2]?.norm === 'by'
  ) {
    const np = phraseAfter(doc, k + 3, ceil);
    return np ? resolveSpeaker(ctx, np[0], np[1], k + 1) : null;
  }
  const lead = phraseAfter(doc, k, ceil);
  const dashed = k > from && DASHES.test((doc.tokens[k - 1] as Tok).text);
  if (dashed && lead && (lead[1] >= sentence.end || /^[.,]$/.test((doc.tokens[lead[1]] as Tok).text))) {
    // "“…” ― Jane Doe": a byline-style attribution after a dash
    return resolveSpeaker(ctx, lead[0], lead[1], lead[0]);
  }
  for (let c = k + 1; c < ceil; c++) {
    const tok = doc.tokens[c] as Tok;
    const skip = nickname(doc, c);
    if (skip > c) {
      c = skip - 1;
      continue;
    }
    // an apostrophe stuck to a word is a possessive ("Sanders' campaign manager"), not a quote
    if (OPENERS.has(tok.text) && (tok.spaced || !(tok.text === "'" || tok.text === '’'))) return null;
    if (lead && lead[0] === k && quotedAs(doc, lead[1], c))
      return resolveSpeaker(ctx, lead[0], lead[1], c + 2);
    if (!isCue(tok) && !putIt(doc, c)) continue;
    const leadHead = lead ? (doc.tokens[lead[1] - 1] as Tok) : undefined;
    const named =
      leadHead && (leadHead.pos === 'PROPN' || leadHead.pos === 'PRON' || SPEAKER_NOUNS.has(leadHead.norm));
    const inverted =
      !named && doc.tokens[c - 1]?.text === ',' && isStrongCue(tok) ? phraseAfter(doc, c + 1, ceil) : null;
    const invertedHead = inverted ? (doc.tokens[inverted[1] - 1] as Tok) : undefined;
    if (inverted && invertedHead?.pos === 'PROPN' && !invertedHead.entity) {
      // "“…” the virus, said Ann Wu": the quote runs on into the sentence, then an inverted cue names the speaker
      return resolveSpeaker(ctx, inverted[0], inverted[1], c);
    }
    const np = phraseBefore(doc, c, k);
    if (np && (np[0] === k || doc.tokens[np[0] - 1]?.text === ',')) {
      // an appositive between the name and the verb ("Kirby, the spokesman, said") keeps the name
      const appositive = lead && np[0] > lead[1] && doc.tokens[lead[1]]?.text === ',';
      return appositive ? resolveSpeaker(ctx, lead[0], lead[1], c) : resolveSpeaker(ctx, np[0], np[1], c);
    }
    if (lead && doc.tokens[lead[1]]?.text === ',' && doc.tokens[c - 1]?.text === ',')
      return resolveSpeaker(ctx, lead[0], lead[1], c);
    // "…,” experts Ann Wu and Lee Park of the Institute for Science and Security wrote": a long name list
    if (
      lead &&
      lead[0] === k &&
      doc.tokens.slice(k, c).every((x) => LONG_NAME_POS.has(x.pos) || x.text === '-')
    )
      return resolveSpeaker(ctx, lead[0], lead[1], c);
    // "…,” it further wrote", "…,” Lee is expected to say": adverbs, auxiliaries and a raising verb before the cue
    if (!lead || lead[0] !== k) return null;
    const modifiers = doc.tokens
      .slice(lead[1], c)
      .every((x) => MODIFIER_POS.has(x.pos) || SPEAKER_ADVERBS.has(x.norm));
    return (modifiers && c - lead[1] <= 2) || raisedCue(doc, lead, c)
      ? resolveSpeaker(ctx, lead[0], lead[1], c)
      : null;
  }
  return comma && lead && lead[0] === k ? commaSubject(ctx, lead, ceil) : null;
}

/** "Lee is expected to say", "Lee went on to say", "Lee would later say": a cue after auxiliaries or "VERB to". */
function raisedCue(doc: Doc, lead: [number, number], c: number): boolean {
  if (c - lead[1] > 4 || c === lead[1]) return false;
  const between = doc.tokens.slice(lead[1], c);
  const last = between.at(-1) as Tok;
  return (
    (last.norm === 'to' || last.pos === 'AUX' || last.pos === 'ADV') &&
    between.every(
      (x) =>
        x.pos === 'AUX' ||
        x.pos === 'ADV' ||
        x.pos === 'PART' ||
        x.norm === 'to' ||
        CUE_RAISERS.has(x.norm) ||
        x.norm === 'expected' ||
        x.norm === 'on',
    )
  );
}

/** "…,” he was quoted as saying": the token `c` is "quoted", after auxiliaries that follow the phrase ending at `end`. */
function quotedAs(doc: Doc, end: number, c: number): boolean {
  if (
    (doc.tokens[c] as Tok).norm !== 'quoted' ||
    doc.tokens[c + 1]?.norm !== 'as' ||
    !isCue(doc.tokens[c + 2])
  )
    return false;
  return doc.tokens.slice(end, c).every((t) => t.pos === 'AUX' || t.pos === 'ADV');
}

/**
 * "“…,” Olson, the dairy's owner, wrote the board": a quote that ends in a comma is the object of the verb that
 * follows the next name, whatever the verb, when that name is a name, a pronoun or a speaker noun.
 */
function commaSubject(ctx: SpeakerContext, lead: [number, number], ceil: number): Attribution | null {
  const { doc } = ctx;
  const head = doc.tokens[lead[1] - 1] as Tok;
  if (!(head.pos === 'PROPN' || head.pos === 'PRON' || SPEAKER_NOUNS.has(head.norm))) return null;
  let v = lead[1];
  if (doc.tokens[v]?.text === ',') {
    v++;
    while (v < ceil && (doc.tokens[v] as Tok).text !== ',') v++;
    v++;
  }
  while (v < ceil && (doc.tokens[v] as Tok).pos === 'ADV') v++;
  const verb = doc.tokens[v];
  return v < ceil && verb?.pos === 'VERB' && !verb.norm.endsWith('ing')
    ? resolveSpeaker(ctx, lead[0], lead[1], v)
    : null;
}

/** 'Marcia "Cia" Price': a quoted nickname of one or two capitalised words inside a name; the token after it, or -1. */
function nickname(doc: Doc, c: number): number {
  if (!OPENERS.has((doc.tokens[c] as Tok).text)) return -1;
  for (let k = c + 1; k <= c + 3; k++) {
    const t = doc.tokens[k];
    if (!t) return -1;
    if (CLOSERS.has(t.text)) return k > c + 1 && doc.tokens[k + 1]?.pos === 'PROPN' ? k + 1 : -1;
    if (!/^\p{Lu}/u.test(t.text)) return -1;
  }
  return -1;
}

/** The end of a sentence, or of the next one when the split fell inside parentheses ("(D-Mo.) said"). */
function parenthesisEnd(doc: Doc, from: number, end: number): number {
  let depth = 0;
  for (let k = from; k < end; k++) {
    const text = (doc.tokens[k] as Tok).text;
    if (text === '(') depth++;
    else if (text === ')') depth = Math.max(0, depth - 1);
  }
  if (depth === 0 && (doc.tokens[end - 1] as Tok).text !== ')') return end;
  const next = doc.sentences[(doc.tokens[end - 1] as Tok).sentence + 1];
  return next ? next.end : end;
}

/** Where a sentence's clause starts: before it when the split fell after a closing parenthesis ("Wu (D-Mo.) said"). */
export function clauseStart(doc: Doc, index: number): number {
  const sentence = doc.sentences[index] as { first: number; paragraph: number };
  const prev = doc.sentences[index - 1];
  return prev && prev.paragraph === sentence.paragraph && doc.tokens[sentence.first - 1]?.text === ')'
    ? prev.first
    : sentence.first;
}

/** "WALLACE: …" in a transcript: the label before the colon is the speaker. */
function transcriptLabel(ctx: SpeakerContext, q: QuoteSpan): Attribution | null {
  const m = TRANSCRIPT_LABEL.exec(ctx.doc.text.slice(q.start, q.start + 40));
  if (!m) return null;
  const a = tokenAt(ctx.doc, q.start);
  const b = tokenAt(ctx.doc, q.start + (m[1] as string).length);
  return b > a ? resolveSpeaker(ctx, a, b, b) : null;
}

/** "Reid has called Trump a “human leech”": a partial quote without a speech verb belongs to the subject. */
function subjectSpeaker(ctx: SpeakerContext, openToken: number): Attribution | null {
  const sentence = sentenceOf(ctx.doc, openToken);
  if (!sentence) return null;
  const np = subjectOf(ctx.doc, clauseStart(ctx.doc, (ctx.doc.tokens[openToken] as Tok).sentence), openToken);
  if (!np) return null;
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
  return null;
}

/** "Caddell continued:" closing the paragraph before a quoted paragraph. */
function colonBefore(ctx: SpeakerContext, openToken: number): Attribution | null {
  const { doc } = ctx;
  const prev = doc.tokens[openToken - 1];
  const here = sentenceOf(doc, openToken);
  if (prev?.text !== ':' || !here) return null;
  const sentence = doc.sentences[prev.sentence];
  if (!sentence || here.paragraph - sentence.paragraph > 1) return null;
  const first = clauseStart(doc, prev.sentence);
  for (let c = openToken - 2; c >= sentence.first; c--) {
    if (!isCue(doc.tokens[c])) continue;
    const np = cueSubject(doc, c, first);
    return np ? resolveSpeaker(ctx, np[0], np[1], c) : null;
  }
  return null;
}

/**
 * A participle cue ("…,” he said, adding that “…”", "Trump attacked Clinton, saying, “…”") takes the
 * subject of the verb before it, else the sentence's subject when the sentence does not open inside a quote.
 */
function participleSpeaker(ctx: SpeakerContext, c: number, first: number): Attribution | null {
  const { doc } = ctx;
  if (doc.tokens[c - 1]?.text !== ',') {
    // "footage of Hillary Clinton asking, …": the person named just before the participle
    const np = phraseBefore(doc, c, first);
    const named = np
      ? ctx.entities.people.get(doc.id)?.find((p) => p.token >= np[0] && p.token < np[1])
      : undefined;
    if (np && named) return resolveSpeaker(ctx, np[0], np[1], c);
  }
  const prev = doc.tokens[c - 1]?.text === ',' ? c - 2 : c - 1;
  if (prev >= first && isCue(doc.tokens[prev])) {
    const np = phraseBefore(doc, prev, first);
    if (np) return resolveSpeaker(ctx, np[0], np[1], c);
  }
  if (doc.tokens[c - 1]?.text === ',') {
    // "“…,” Lee said during a panel, remarking that …": the subject of the last finite cue before it, outside quotes
    for (let k = c - 2; k > first; k--) {
      const t = doc.tokens[k] as Tok;
      if (OPENERS.has(t.text) || CLOSERS.has(t.text)) {
        const np = isCue(doc.tokens[k + 1]) ? null : phraseAfter(doc, k + 1, c);
        const cue = np ? doc.tokens[np[1]] : undefined;
        if (np && isStrongCue(cue) && !cue?.norm.endsWith('ing'))
          return resolveSpeaker(ctx, np[0], np[1], np[1]);
        break;
      }
      if (!isStrongCue(t) || t.norm.endsWith('ing')) continue;
      const np = cueSubject(doc, k, first);
      if (np) return resolveSpeaker(ctx, np[0], np[1], k);
      break;
    }
  }
  const subject = subjectOf(doc, first, c);
  const quoted = QUOTE_CHARS.test(
    doc.text.slice((doc.tokens[first] as Tok).start, (doc.tokens[c] as Tok).start),
  );
  return subject && !quoted ? resolveSpeaker(ctx, subject[0], subject[1], c) : null;
}

/**
 * "Lee stressed the raid … and said: “…”", "Lee, the head of a firm -- which … -- told me, “…”": when no phrase
 * stands right before a cue that follows "and", a comma or a dash, the name that opens the sentence, set off by a
 * comma or a dash or followed by a verb, is its subject.
 */
function leadingName(doc: Doc, first: number, cue: number): [number, number] | null {
  const prev = doc.tokens[cue - 1];
  if (!prev || !(prev.norm === 'and' || prev.text === ',' || LEAD_DASH.test(prev.text))) return null;
  const np = phraseAfter(doc, clauseOpening(doc, first, cue), cue);
  if (!np || np[1] >= cue) return null;
  const head = doc.tokens[np[1] - 1] as Tok;
  const next = doc.tokens[np[1]] as Tok;
  const capitalised = /^\p{Lu}/u.test(head.text) && np[0] > first;
  if (head.pos !== 'PROPN' && !capitalised && !(head.pos === 'NOUN' && SPEAKER_NOUNS.has(head.norm)))
    return null;
  const verb = next.pos === 'ADV' || SPEAKER_ADVERBS.has(next.norm) ? doc.tokens[np[1] + 1] : next;
  return next.text === ',' || LEAD_DASH.test(next.text) || verb?.pos === 'VERB' ? np : null;
}

/** "The Daily Planet reports that …": a cue in -s tagged as a plural noun, after a name and before "that". */
function mistaggedCue(doc: Doc, c: number): boolean {
  const t = doc.tokens[c] as Tok;
  return (
    t.pos === 'NOUN' &&
    t.norm.endsWith('s') &&
    CUE_VERBS.has(t.norm) &&
    doc.tokens[c + 1]?.norm === 'that' &&
    doc.tokens[c - 1]?.pos === 'PROPN'
  );
}

/** "as Lee put it": "put it" after a name introduced by "as" is a speech cue. */
function putIt(doc: Doc, c: number): boolean {
  if ((doc.tokens[c] as Tok).norm !== 'put' || doc.tokens[c + 1]?.norm !== 'it') return false;
  const np = phraseBefore(doc, c, Math.max(0, c - MAX_ASIDE_TOKENS));
  return np !== null && doc.tokens[np[0] - 1]?.norm === 'as';
}

/** "Kirby said: “…”", "X said the talks were “productive”": the nearest cue before the quote. */
function before(ctx: SpeakerContext, openToken: number): Attribution | null {
  const { doc } = ctx;
  const sentence = sentenceOf(doc, openToken);
  if (!sentence) return null;
  for (let c = openToken - 1; c >= sentence.first; c--) {
    const t = doc.tokens[c] as Tok;
    if (OPENERS.has(t.text) || CLOSERS.has(t.text)) break;
    if (t.norm === 'according' && doc.tokens[c + 1]?.norm === 'to') {
      const np = phraseAfter(doc, c + 2, openToken);
      if (np) return resolveSpeaker(ctx, np[0], np[1], c);
    }
    if (!isCue(t) && !putIt(doc, c) && !mistaggedCue(doc, c)) continue;
    if (t.norm.endsWith('ing')) return participleSpeaker(ctx, c, sentence.first);
    let np = cueSubject(doc, c, clauseStart(doc, (doc.tokens[c] as Tok).sentence));
    np ??= leadingName(doc, sentence.first, c);
    return np ? resolveSpeaker(ctx, np[0], np[1], c) : null;
  }
  return null;
}

const BE = /^(?:is|are|was|were|be|been|being|am)$/;

/** "Lee was asked, “…”": a passive speech verb in the clause before the quote, whose words are someone else's. */
function passiveCueBefore(doc: Doc, openToken: number): boolean {
  const sentence = sentenceOf(doc, openToken);
  if (!sentence) return false;
  for (let k = openToken - 1; k > sentence.first; k--) {
    if (isCue(doc.tokens[k]) && BE.test((doc.tokens[k - 1] as Tok).norm)) return true;
  }
  return false;
}

/**
 * The subject phrase of the cue at `c`: "Mexicans often say", "she had warned" step over adverbs and
 * auxiliaries; a passive ("was told") has none; a pronoun reporting its own words takes the outer speaker.
 */
function cueSubject(doc: Doc, c: number, first: number): [number, number] | null {
  let e = c;
  while (e - 1 > first && c - e < 3 && stepsOver(doc.tokens[e - 1] as Tok)) e--;
  if (e < c && BE.test((doc.tokens[e] as Tok).norm)) return null;
  let np = phraseBefore(doc, e, first);
  if (!np && doc.tokens[e - 1]?.text === ',') {
    // "Flynn, a top surrogate, said", "Trump, asked about it, had said": the name before the aside
    let k = e - 2;
    while (k > first && e - k < MAX_ASIDE_TOKENS && (doc.tokens[k] as Tok).text !== ',') k--;
    if ((doc.tokens[k] as Tok | undefined)?.text === ',') np = phraseBefore(doc, k, first);
  }
  if (!np && doc.tokens[e - 1]?.norm === 'and' && doc.tokens[e - 2]?.pos === 'VERB' && e - 2 > first) {
    // "he laughed and said": the subject of the verb before "and"
    np = cueSubject(doc, e - 2, first);
  }
  return np ? (outerSpeaker(doc, np, first) ?? np) : null;
}

/** An adverb or an auxiliary that may stand between a speaker and the cue ("also", "had", "would later"). */
function stepsOver(t: Tok): boolean {
  return t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART' || SPEAKER_ADVERBS.has(t.norm);
}

/**
 * "Lind said she recalled thinking, “…”": a pronoun subject of a cue that itself follows a cue ("said", "said
 * that") stands for that outer cue's subject, the one who reports the words; its phrase, or null.
 */
function outerSpeaker(doc: Doc, np: [number, number], first: number): [number, number] | null {
  const t = doc.tokens[np[0]] as Tok;
  if (np[1] - np[0] !== 1 || t.pos !== 'PRON' || !(t.norm === 'he' || t.norm === 'she')) return null;
  let c = np[0] - 1;
  if (doc.tokens[c]?.norm === 'that') c--;
  if (c <= first || !isCue(doc.tokens[c])) return null;
  const outer = phraseBefore(doc, c, first);
  return outer && (doc.tokens[outer[1] - 1] as Tok).pos === 'PROPN' ? outer : null;
}

/** "… a “productive meeting” …, as Mayorkas put it": a speaker named later in the sentence. */
function anywhereAfter(ctx: SpeakerContext, from: number): Attribution | null {
  const { doc } = ctx;
  const sentence = sentenceOf(doc, from - 1);
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
function previousSubject(ctx: SpeakerContext, openToken: number): Attribution | null {
  const { doc } = ctx;
  const index = (doc.tokens[openToken] as Tok).sentence;
  const here = doc.sentences[index];
  const prev = doc.sentences[index - 1];
  if (!here || !prev || here.paragraph - prev.paragraph > 1 || prev.titleCase) return null;
  if (openToken - here.first > 1) return null;
  const from = (doc.tokens[prev.first] as Tok).start;
  if (QUOTE_CHARS.test(doc.text.slice(from, (doc.tokens[prev.end - 1] as Tok).end))) return null;
  const np = subjectOf(doc, prev.first, prev.end);
  if (!np || (doc.tokens[np[1] - 1] as Tok).pos !== 'PROPN') return null;
  const who = resolveSpeaker(ctx, np[0], np[1], np[2]);
  return who.entityId && ctx.entities.byId.get(who.entityId)?.kind === 'person' ? who : null;
}

/** "Senator Ann Wu, R-Va., despite her doubts about “…”": a partial quote in a sentence that opens with a person's name set off by a comma. */
function openingPerson(ctx: SpeakerContext, openToken: number): Attribution | null {
  const { doc } = ctx;
  const sentence = sentenceOf(doc, openToken);
  if (!sentence) return null;
  const np = phraseAfter(doc, sentence.first, openToken);
  if (!np || doc.tokens[np[1]]?.text !== ',' || (doc.tokens[np[1] - 1] as Tok).pos !== 'PROPN') return null;
  const who = resolveSpeaker(ctx, np[0], np[1], np[1]);
  return who.entityId && ctx.entities.byId.get(who.entityId)?.kind === 'person' ? who : null;
}

function kindOf(doc: Doc, q: QuoteSpan, openToken: number): 'direct' | 'partial' {
  const sentence = sentenceOf(doc, openToken);
  const prev = doc.tokens[openToken - 1];
  const atStart =
    !sentence ||
    openToken === sentence.first ||
    (prev && sentence.first === openToken - 1 && OPENERS.has(prev.text));
  const content = doc.text.slice(q.start, q.end);
  if (atStart || q.multiParagraph) return 'direct';
  if (prev && (prev.text === ':' || prev.text === ',') && /^\p{Lu}/u.test(content)) return 'direct';
  return 'partial';
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'with',
  'and',
  'in',
  'on',
  'for',
  'to',
  'at',
  'by',
  'or',
]);

/** "Fox News Sunday", "Contract with America", "(CROSSTALK.)": a title or a stage direction, not a quote. */
function isTitle(text: string): boolean {
  if (text.startsWith('(')) return true;
  const list = text.split(/\s+/).filter((w) => !SMALL_WORDS.has(w));
  return list.length > 0 && list.length <= MAX_TITLE_WORDS && list.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Find the direct and partial quotes of one article with their speakers. */
export function findQuotes(ctx: SpeakerContext): FoundQuote[] {
  const { doc } = ctx;
  const out: FoundQuote[] = [];
  let lastSpeaker = null as { attribution: Attribution; paragraph: number } | null;
  for (const q of findQuoteSpans(doc)) {
    if (isSkipped(doc, q.start, q.end)) continue;
    const openToken = tokenAt(doc, q.open);
    const closeToken = tokenAt(doc, q.close);
    const paragraph = sentenceOf(doc, openToken)?.paragraph ?? 0;
    const kind = kindOf(doc, q, openToken);
    const text = doc.text.slice(q.start, q.end);
    if (kind === 'partial' && isTitle(text)) continue;
    const inner = doc.text.slice(q.start, q.close).trim();
    const endsClause = /[,.?!]$/.test(inner);
    // a quote ending in "!" or "?" is often followed by its attribution in what the splitter takes for a new sentence
    const finished = /[.]$/.test(inner);
    const comma = /,$/.test(inner) || doc.text[q.close + 1] === ',';
    let speaker =
      transcriptLabel(ctx, q) ??
      // "…: “…,” the union wrote": a named speaker after a quote that ends in a comma outranks the cue before the colon
      (comma ? after(ctx, closeToken + 1, finished, comma) : null) ??
      colonBefore(ctx, openToken) ??
      (kind === 'direct' || endsClause
        ? (after(ctx, closeToken + 1, finished, comma) ?? before(ctx, openToken))
        : (before(ctx, openToken) ?? after(ctx, closeToken + 1, finished, comma)));
    if (!speaker && kind === 'partial')
      speaker =
        anywhereAfter(ctx, closeToken + 1) ??
        (words(text) > 1 ? (subjectSpeaker(ctx, openToken) ?? openingPerson(ctx, openToken)) : null);
    // "Capito, a Republican, called over her shoulder, “…”": a quote after a comma or colon, with no cue, is the subject's
    // "Lee was asked, “…”": the words are the unnamed asker's, so no earlier speaker is borrowed
    const asked =
      !speaker && /^[,:]$/.test(doc.tokens[openToken - 1]?.text ?? '') && passiveCueBefore(doc, openToken);
    if (!speaker && !asked && kind === 'direct' && /^[,:]$/.test(doc.tokens[openToken - 1]?.text ?? ''))
      speaker = subjectSpeaker(ctx, openToken);
    const long = words(text) >= MIN_UNATTRIBUTED_PARTIAL_WORDS;
    if (
      !speaker &&
      !asked &&
      (kind === 'direct' || long) &&
      lastSpeaker &&
      paragraph - lastSpeaker.paragraph <= 1
    ) {
      speaker = lastSpeaker.attribution;
    }
    if (!speaker && !asked && kind === 'direct') speaker = previousSubject(ctx, openToken);
    if (!speaker && kind === 'partial' && !long) continue;
    if (speaker) {
      if (speaker !== lastSpeaker?.attribution) ctx.previous.push(speaker);
      lastSpeaker = { attribution: speaker, paragraph: sentenceOf(doc, closeToken)?.paragraph ?? paragraph };
    }
    out.push({ articleId: doc.id, kind, start: q.start, end: q.end, text, speaker });
  }
  return out;
}
