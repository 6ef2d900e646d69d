import { type Doc, sentenceOf, spacedAt, type Tok } from '../../../text/annotated.ts';
import {
  CUE_RAISERS,
  CUE_VERBS,
  DOCUMENT_NOUNS,
  HEARD_PASSIVES,
  PASSIVE_CUES,
  SPEAKER_ADVERBS,
  SPEAKER_NOUNS,
} from '../data/speech.ts';
import { isCue, isStrongCue } from '../speakers/cues.ts';
import { phraseAfter, phraseBefore } from '../speakers/phrases.ts';
import { type Attribution, resolveSpeaker, type SpeakerContext } from '../speakers/resolve.ts';
import { modifiedNoun } from './scare.ts';
import { CLOSERS, OPENERS, putIt, sentenceAt } from './tokens.ts';

// The speaker named after a quote: "…,” Kirby said", "…,” said Kirby", "…” ― Jane Doe", "…,” Lee is expected to say".

const SKIPPABLE = new Set([',', '—', '–', '―', '-', ':']);
const DASHES = /^[—–―-]$/;
const MAX_AFTER_TOKENS = 30;
const SHORT_SENTENCE = 8;
const MODIFIER_POS = new Set(['ADV', 'ADJ']);
const LONG_NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'ADP', 'CCONJ', 'PART', 'NUM']);

/** "…,” Kirby said", "…,” said Kirby", "…,” Kirby, the spokesman, said", "…” for X, she said": the speaker after the quote. */
export function after(
  ctx: SpeakerContext,
  from: number,
  finished = false,
  comma = false,
): Attribution | null {
  const { doc } = ctx;
  let k = from;
  while (
    k < doc.tokens.length &&
    (CLOSERS.has((doc.tokens[k] as Tok).text) || SKIPPABLE.has((doc.tokens[k] as Tok).text))
  )
    k++;
  const sentence = sentenceAt(doc, k);
  if (!sentence) return null;
  const closing = sentenceAt(doc, Math.max(0, from - 1));
  if (sentence.paragraph !== closing?.paragraph) return null;
  // a new sentence after a finished quote attributes it only when it is short ("He said so.")
  const inverted = isStrongCue(doc.tokens[k]);
  if (finished && sentence !== closing && sentence.end - sentence.first > SHORT_SENTENCE && !inverted)
    return null;
  const ceil = Math.min(parenthesisEnd(doc, k, sentence.end), k + MAX_AFTER_TOKENS);
  const t = doc.tokens[k] as Tok;
  if (isStrongCue(t)) {
    const np = phraseAfter(doc, k + 1, ceil) ?? modifierAsVerb(doc, k + 1, ceil);
    if (!np) return null;
    const [a, b] = namedAppositive(doc, np, ceil);
    return resolveSpeaker(ctx, a, b, k);
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
  const lead = modifiedNoun(doc, from, k) ? null : phraseAfter(doc, k, ceil);
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
    // an apostrophe stuck to a word is a possessive ("Rhodes' campaign manager"), not a quote
    if (OPENERS.has(tok.text) && (spacedAt(doc, c) || !(tok.text === "'" || tok.text === '’'))) return null;
    if (lead && lead[0] === k && quotedAs(doc, lead[1], c))
      return resolveSpeaker(ctx, lead[0], lead[1], c + 2);
    if (!isCue(tok) && !putIt(doc, c)) continue;
    const leadHead = lead ? (doc.tokens[lead[1] - 1] as Tok) : undefined;
    // a pronoun names the speaker unless a comma parts it from the cue ("“…” it was big, said Ann Wu")
    const pronoun = leadHead?.pos === 'PRON' && doc.tokens[c - 1]?.text !== ',';
    const named = leadHead && (leadHead.pos === 'PROPN' || pronoun || SPEAKER_NOUNS.has(leadHead.norm));
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
    return (modifiers && c - lead[1] <= 2) || raisedCue(doc, lead, c) || heardSaying(doc, lead, c)
      ? resolveSpeaker(ctx, lead[0], lead[1], c)
      : null;
  }
  return comma && lead && lead[0] === k ? commaSubject(ctx, lead, ceil) : null;
}

/**
 * "…?” asked the mayor, Ana Berg.", "…,” said the coach, Marta Lind, after the game": a name in
 * apposition right after a role names the speaker best; the role phrase `np` otherwise.
 */
function namedAppositive(doc: Doc, np: [number, number], ceil: number): [number, number] {
  if ((doc.tokens[np[1] - 1] as Tok).pos === 'PROPN' || doc.tokens[np[1]]?.text !== ',') return np;
  const name = phraseAfter(doc, np[1] + 1, ceil);
  if (!name) return np;
  const words = doc.tokens.slice(name[0], name[1]);
  const names = words.every((x) => x.pos === 'PROPN' && x.entity !== 'DATE' && x.entity !== 'TIME');
  const next = doc.tokens[name[1]];
  return names && (name[1] >= ceil || next?.text === ',' || next?.text === '.') ? name : np;
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

/** "Jeffs was heard saying", "Lee can be overheard telling": a speech participle after a passive of hearing. */
function heardSaying(doc: Doc, lead: [number, number], c: number): boolean {
  const between = doc.tokens.slice(lead[1], c);
  const last = between.at(-1);
  return (
    between.length >= 2 &&
    between.length <= 4 &&
    last !== undefined &&
    HEARD_PASSIVES.has(last.norm) &&
    (doc.tokens[c] as Tok).norm.endsWith('ing') &&
    between.slice(0, -1).every((x) => x.pos === 'AUX' || x.pos === 'ADV')
  );
}

// "…,” said lead prosecutor Eric Nichols": a modifier the tagger read as a verb ("lead", "acting")
// before a role and a name; the role and the name as the speaker's phrase
function modifierAsVerb(doc: Doc, at: number, ceil: number): [number, number] | null {
  if (doc.tokens[at]?.pos !== 'VERB' || isCue(doc.tokens[at])) return null;
  const np = phraseAfter(doc, at + 1, ceil);
  if (!np || doc.tokens[np[0]]?.pos !== 'NOUN' || doc.tokens[np[1] - 1]?.pos !== 'PROPN') return null;
  return np;
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
  const next = doc.sentences[sentenceOf(doc, end - 1) + 1];
  return next ? next.end : end;
}
