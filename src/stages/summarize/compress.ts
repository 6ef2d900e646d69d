import type { Token } from '../../model/index.ts';
import { findDateMentions } from '../../text/dates/mentions.ts';
import {
  CLOSING_TOKENS,
  DOUBLE_CLOSERS,
  DOUBLE_OPENERS,
  isApostrophe,
  OPENING_TOKENS,
} from '../../text/quotes/marks.ts';
import { INDIRECT_CUES } from '../extract/data/speech.ts';
import {
  COMMENTARY_PARTICIPLES,
  COUNT_QUALIFIERS,
  JOINING_OPENERS,
  KEPT_ENTITIES,
  KEPT_WORDS,
  SOURCING_VERBS,
} from './data/compress-cues.ts';
import { ATTRIBUTION, MIN_WORDS } from './patterns.ts';
import { wordCount } from './text.ts';

/**
 * What a summary may leave out of a sentence: an aside that only adds to what the rest tells; or must,
 * a count of a vote the sources give otherwise ('tally': tally-cut.ts), or one outlet's own reading of
 * the event closing it ('characterization': own-tail.ts).
 */
export type CutKind =
  | 'parenthesis'
  | 'dash-aside'
  | 'dash-tail'
  | 'participle-tail'
  | 'tally'
  | 'characterization';

/** A stretch of a sentence left out: [start, end) in its article's text. */
export interface Cut {
  readonly start: number;
  readonly end: number;
  readonly kind: CutKind;
}

/** A sentence of an article as compression reads it. */
export interface SentenceView {
  /** The article's text; the offsets below point into it. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  /** How many characters of [start, end) are inside quotation marks. */
  readonly quotedChars: (start: number, end: number) => number;
}

/** Every kind of cut, the default of `sentenceCuts`. */
export const CUT_KINDS: readonly CutKind[] = ['parenthesis', 'dash-aside', 'dash-tail', 'participle-tail'];

// A dash setting off an aside: an em dash, or an en dash or one or two hyphens with a space each side
// (not the en dash of a range, "2012–2018", nor a hyphenated word).
const DASH = /\s*—\s*|\s+(?:–|--?)\s+/g;
// A bracketed aside, not nested.
const PARENTHESIS = /\s*\([^()]*\)/g;
// Every token text that may open or close a quotation.
const QUOTE_TOKENS: ReadonlySet<string> = new Set([
  ...OPENING_TOKENS,
  ...CLOSING_TOKENS,
  ...DOUBLE_OPENERS,
  ...DOUBLE_CLOSERS,
]);
const DIGIT = /\d/;
const WORD = /[\p{L}\p{N}]/u;
const isVerb = (t: Token | undefined): boolean => t?.pos === 'VERB' || t?.pos === 'AUX';

// Whether [start, end) may be left out: no quotation, number, date, negation, modal, hedge or
// attribution in it (any of them may bear on what the rest of the sentence tells or who tells it), nor
// one that puts something in or out of a number told before it ("killed four (including the shooter)").
function removable(s: SentenceView, start: number, end: number): boolean {
  const text = s.text.slice(start, end);
  if (DIGIT.test(text) || ATTRIBUTION.test(text)) return false;
  const opener = wordAt(s.tokens, start);
  if (
    opener &&
    opener.end <= end &&
    COUNT_QUALIFIERS.has(opener.norm) &&
    s.tokens.some((t) => t.end <= start && (t.pos === 'NUM' || DIGIT.test(t.text)))
  )
    return false;
  if (s.quotedChars(start, end) > 0) return false;
  for (const t of s.tokens) {
    if (t.start < start || t.end > end) continue;
    if (t.pos === 'NUM' || KEPT_WORDS.has(t.norm) || INDIRECT_CUES.has(t.norm)) return false;
    // a quotation mark (not the apostrophe of "the island’s") of a quotation the span cuts into
    if (QUOTE_TOKENS.has(t.text) && !isApostrophe(s.text, t.start)) return false;
    if (t.entity && KEPT_ENTITIES.has(t.entity)) return false;
  }
  return findDateMentions(text).length === 0;
}

// The first word token at or after `at` (offsets into the article).
const wordAt = (tokens: readonly Token[], at: number): Token | undefined =>
  tokens.find((t) => t.start >= at && WORD.test(t.text));

// Bracketed asides: "Speaker Ada Varga (D-Vsm.) asked …".
function parentheses(s: SentenceView): Cut[] {
  const out: Cut[] = [];
  const raw = s.text.slice(s.start, s.end);
  for (const m of raw.matchAll(PARENTHESIS))
    out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: 'parenthesis' });
  return out;
}

// Asides between two dashes ("— including two nurses —"), and a tail after a last dash ("… on Sunday
// — the third closure this year."): never one that joins an alternative or a contrast ("— or …").
function dashes(s: SentenceView): Cut[] {
  const raw = s.text.slice(s.start, s.end);
  const marks = [...raw.matchAll(DASH)].map((m) => ({
    start: s.start + m.index,
    end: s.start + m.index + m[0].length,
  }));
  const out: Cut[] = [];
  for (let k = 0; k < marks.length; k += 2) {
    const open = marks[k] as { start: number; end: number };
    const close = marks[k + 1];
    const first = wordAt(s.tokens, open.end);
    if (!first || JOINING_OPENERS.has(first.norm)) continue;
    if (close) out.push({ start: open.start, end: close.end, kind: 'dash-aside' });
    else {
      // the tail runs to the sentence's closing punctuation
      const stop = s.start + raw.search(/[.!?]*\s*$/);
      // one phrase to the end, not one that goes on after a comma (", among other reasons")
      if (stop > open.end && !s.text.slice(open.end, stop).includes(','))
        out.push({ start: open.start, end: stop, kind: 'dash-tail' });
    }
  }
  return out;
}

// A participle phrase closing the sentence after a comma (", marking an escalation in its fight"): what
// the outlet makes of the main clause, which stands without it (`COMMENTARY_PARTICIPLES`).
function participleTail(s: SentenceView): Cut[] {
  const { tokens } = s;
  for (let i = tokens.length - 3; i > 0; i--) {
    const [comma, verb] = [tokens[i] as Token, tokens[i + 1] as Token];
    // (a capitalised one is a name: "the sequel, Catching Fire")
    if (comma.text !== ',' || verb.pos !== 'VERB' || !/^\p{Ll}.*ing$/u.test(verb.text)) continue;
    // who says so ("…, citing officials") or what someone said ("…, calling it a stunt") is never cut
    const base = verb.norm.slice(0, -3);
    if ([base, `${base}e`].some((v) => INDIRECT_CUES.has(v) || SOURCING_VERBS.has(v))) return [];
    // nor a further event (", leaving commuters stranded", ", causing outages"): only commentary is cut
    if (!COMMENTARY_PARTICIPLES.has(verb.norm)) return [];
    // one phrase to the end: no clause of its own after it
    if (tokens.slice(i + 2).some((t) => t.text === ',' || t.pos === 'AUX')) return [];
    const raw = s.text.slice(s.start, s.end);
    const stop = s.start + raw.search(/[.!?]*\s*$/);
    return stop > verb.end ? [{ start: comma.start, end: stop, kind: 'participle-tail' }] : [];
  }
  return [];
}

// (a tally's cut is found by tally-cut.ts, and made only where it is given)
const FINDERS: Readonly<Record<CutKind, ((s: SentenceView) => Cut[]) | null>> = {
  parenthesis: parentheses,
  'dash-aside': dashes,
  'dash-tail': dashes,
  'participle-tail': participleTail,
  tally: null,
  characterization: null,
};

/**
 * The asides a summary may leave out of a sentence, in text order and not overlapping: bracketed
 * asides, asides between dashes or after a last one, and a closing participle phrase of commentary; never one
 * holding a quotation, number, date, negation, modal, hedge or attribution, nor the sentence's start.
 * (An appositive of a named person, "Michael Cohen, the president's lawyer, …", stays: the editors'
 * summaries keep who someone is.)
 * @example
 * sentenceCuts(view('The ferry (the older one) sank on Monday, marking the end of an era.')) // parenthesis, participle-tail
 */
export function sentenceCuts(s: SentenceView, kinds: readonly CutKind[] = CUT_KINDS): Cut[] {
  return merged(
    [...new Set(kinds.map((k) => FINDERS[k]))]
      .flatMap((find) => find?.(s) ?? [])
      .filter(
        (c) =>
          kinds.includes(c.kind) && WORD.test(s.text.slice(s.start, c.start)) && removable(s, c.start, c.end),
      ),
  );
}

// Cuts in text order, those that overlap made one.
function merged(cuts: readonly Cut[]): Cut[] {
  const out: Cut[] = [];
  for (const cut of [...cuts].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (last && cut.start < last.end) {
      if (cut.end > last.end) out[out.length - 1] = { ...last, end: cut.end };
    } else out.push(cut);
  }
  return out;
}

/**
 * A sentence told without its asides (`sentenceCuts`), whitespace folded; the sentence as written when
 * nothing is cut or what is left would be shorter than a summary sentence or hold no verb. `forced`:
 * cuts made in any case (a disputed tally's, checked where it was found: tally-cut.ts), the asides'
 * with them where what is left still stands.
 * @example
 * compressSentence(view('The ferry (the older one) sank on Monday.')) // 'The ferry sank on Monday.'
 */
export function compressSentence(
  s: SentenceView,
  kinds: readonly CutKind[] = CUT_KINDS,
  forced: readonly Cut[] = [],
): string {
  const whole = s.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  const asides = sentenceCuts(s, kinds);
  if (forced.length) return withCuts(s, merged([...asides, ...forced])) ?? withCuts(s, forced) ?? whole;
  return asides.length ? (withCuts(s, asides) ?? whole) : whole;
}

// The sentence without the cuts, whitespace folded; null when what is left has no verb or is shorter
// than a summary sentence.
function withCuts(s: SentenceView, cuts: readonly Cut[]): string | null {
  const kept = s.tokens.filter((t) => !cuts.some((c) => t.start >= c.start && t.end <= c.end));
  if (!kept.some(isVerb)) return null;
  let out = '';
  let at = s.start;
  for (const cut of cuts) {
    out += `${s.text.slice(at, cut.start)} `;
    at = cut.end;
  }
  out += s.text.slice(at, s.end);
  const told = out
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/,([,.;:!?])/g, '$1')
    .trim();
  return wordCount(told) >= MIN_WORDS ? told : null;
}
