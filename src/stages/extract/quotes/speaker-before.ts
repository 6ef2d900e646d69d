import { type Doc, sentenceOf, type Tok } from '../../../text/annotated.ts';
import { BE_FORMS, CUE_VERBS, SPEAKER_ADVERBS, SPEAKER_NOUNS } from '../data/speech.ts';
import { MAX_ASIDE_TOKENS } from '../patterns.ts';
import { clauseOpening, subjectOf } from '../speakers/clause.ts';
import { isCue, isStrongCue } from '../speakers/cues.ts';
import { phraseAfter, phraseBefore } from '../speakers/phrases.ts';
import { type Attribution, resolveSpeaker, type SpeakerContext } from '../speakers/resolve.ts';
import { CLOSERS, clauseStart, OPENERS, putIt, QUOTE_CHARS, sentenceAt } from './tokens.ts';

// The speaker named before a quote, through the nearest speech verb: "Kirby said: “…”", "X said the talks were “productive”".

const LEAD_DASH = /^(?:[—–―]|--?)$/;

/** "Kirby said: “…”", "X said the talks were “productive”": the nearest cue before the quote. */
export function before(ctx: SpeakerContext, openToken: number): Attribution | null {
  const { doc } = ctx;
  const sentence = sentenceAt(doc, openToken);
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
    let np = cueSubject(doc, c, clauseStart(doc, sentenceOf(doc, c)));
    np ??= leadingName(doc, sentence.first, c);
    return np ? resolveSpeaker(ctx, np[0], np[1], c) : null;
  }
  return null;
}

/**
 * A participle cue ("…,” he said, adding that “…”", "Varga attacked Marsh, saying, “…”") takes the
 * subject of the verb before it, else the sentence's subject when the sentence does not open inside a quote.
 */
function participleSpeaker(ctx: SpeakerContext, c: number, first: number): Attribution | null {
  const { doc } = ctx;
  if (doc.tokens[c - 1]?.text !== ',') {
    // "footage of Ada Marsh asking, …": the person named just before the participle
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

/** "Lee was asked, “…”": a passive speech verb in the clause before the quote, whose words are someone else's. */
export function passiveCueBefore(doc: Doc, openToken: number): boolean {
  const sentence = sentenceAt(doc, openToken);
  if (!sentence) return false;
  for (let k = openToken - 1; k > sentence.first; k--) {
    if (isCue(doc.tokens[k]) && BE_FORMS.has((doc.tokens[k - 1] as Tok).norm)) return true;
  }
  return false;
}

/**
 * The subject phrase of the cue at `c`: "Mexicans often say", "she had warned" step over adverbs and
 * auxiliaries; a passive ("was told") has none; a pronoun reporting its own words takes the outer speaker.
 */
export function cueSubject(doc: Doc, c: number, first: number): [number, number] | null {
  let e = c;
  while (e - 1 > first && c - e < 3 && stepsOver(doc.tokens[e - 1] as Tok)) e--;
  // "was told", "has been charged with": a form of "be" among the words stepped over, before a participle
  const passive = doc.tokens.slice(e, c).some((t) => BE_FORMS.has(t.norm));
  if (passive && !(doc.tokens[c] as Tok).norm.endsWith('ing')) return null;
  let np = phraseBefore(doc, e, first);
  if (!np && doc.tokens[e - 1]?.text === ',') {
    // "Okonjo, a top surrogate, said", "Varga, asked about it, had said": the name before the aside
    let k = e - 2;
    while (k > first && e - k < MAX_ASIDE_TOKENS && (doc.tokens[k] as Tok).text !== ',') k--;
    if ((doc.tokens[k] as Tok | undefined)?.text === ',') np = phraseBefore(doc, k, first);
    // "A ministry spokesman, Ivo Gersh, said": a name in apposition after a role is the speaker
    if (np && nameAfterRole(doc, np, k + 1, e - 1)) np = [k + 1, e - 1];
  }
  if (!np && doc.tokens[e - 1]?.norm === 'and' && doc.tokens[e - 2]?.pos === 'VERB' && e - 2 > first) {
    // "he laughed and said": the subject of the verb before "and"
    np = cueSubject(doc, e - 2, first);
  }
  return np ? (outerSpeaker(doc, np, first) ?? np) : null;
}

/** True when the aside [a, b) is a name alone and the phrase `np` before it is a role, not a name. */
function nameAfterRole(doc: Doc, np: [number, number], a: number, b: number): boolean {
  if (b <= a || (doc.tokens[np[1] - 1] as Tok).pos === 'PROPN') return false;
  return doc.tokens.slice(a, b).every((x) => x.pos === 'PROPN' && x.entity !== 'DATE' && x.entity !== 'TIME');
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
