import type { Sentence } from '../../model/index.ts';
import type { DateMention } from '../../text/dates/mentions.ts';
import { CONTENT_POS_NO_ADVERBS, stem } from '../../text/normalise.ts';
import { REPORTING_STEMS } from '../compare/data/word-forms.ts';
import { sameClass } from '../compare/support/relations.ts';

/** Content words of a sentence outside its date expressions (mention spans are relative to the sentence). */
export function sentenceWords(
  sentence: Sentence,
  mentions: readonly DateMention[],
  pos: ReadonlySet<string> = CONTENT_POS_NO_ADVERBS,
): Set<string> {
  const ranges = mentions.map((m) => [sentence.start + m.start, sentence.start + m.end] as const);
  return new Set(
    sentence.tokens
      .filter((t) => pos.has(t.pos) && !t.stop && !ranges.some(([s, e]) => t.start < e && t.end > s))
      .map((t) => t.norm),
  );
}

/** Parts of speech that name who or what takes part in an event. */
export const PARTICIPANT_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** What two dated sentences tell happened, for `samePredicate`. */
export interface Told {
  readonly words: ReadonlySet<string>;
  /** The stem of the verb the date belongs to (see `predicateAt`). */
  readonly predicate?: string;
  /** Nouns and names of the sentence outside its date expressions. */
  readonly participants?: ReadonlySet<string>;
  /** With a predicate: the stems of the verbs after it, what it leads to. */
  readonly later?: ReadonlySet<string>;
  /** True when the verb the date belongs to is a reporting verb. */
  readonly said?: boolean;
}

/**
 * Whether two dated sentences tell the same event by a shorter telling than `sameEvent` needs: the
 * same verb for what happened on the date ("reopened" / "The water board reopened the pool"), at least
 * one participant (a noun or name) in common, and their content words overlapping by `minOverlap`
 * (the shared verb counted once, however each article inflects it).
 */
export function samePredicate(a: Told, b: Told, minOverlap: number): boolean {
  if (!a.predicate || a.predicate !== b.predicate || !a.participants || !b.participants) return false;
  const nouns = overlap(a.participants, b.participants).shared;
  return nouns >= 1 && (nouns + 1) / Math.min(a.words.size, b.words.size) >= minOverlap;
}

/**
 * Whether sentence `m` of a row tells the event its lead `lead` tells, so may be cited for it: 'same',
 * 'other', or 'unknown' where this cannot tell. Two dates of happenings: the same verb or one of its
 * class (the compare stage's predicate classes), or one names the other's verb as a noun ("met" /
 * "held talks"), is 'same'; a sentence whose verb leads to the other's (a later verb of it), where the
 * other's does not lead to its, tells an 'other' event ("travelled there on Monday to meet …" is the
 * trip, not the meeting); two verbs of no one class, neither leading to the other ("warned on Monday"
 * / "unveiled on Monday"), are 'unknown': they stand only by the words the row was grouped by. A saying
 * and a happening ("The board said on Monday that the pool was safe" / "The pool reopened on Monday")
 * are two events unless the saying names the happening's verb, or the happening's sentence says too
 * (its date read from another verb).
 */
export function telling(m: Told, lead: Told): 'same' | 'other' | 'unknown' {
  if (m === lead) return 'same';
  const [p, q] = [m.predicate, lead.predicate];
  if (p && q) {
    if (sameClass(p, q) || namesVerb(m.participants, q) || namesVerb(lead.participants, p)) return 'same';
    // both tell both verbs ("ended the strike after accepting the offer" / "accepted the offer,
    // ending the strike"): one event; only one holding the other's verb: another event
    const [mine, theirs] = [m.later?.has(q) ?? false, lead.later?.has(p) ?? false];
    return mine !== theirs ? 'other' : mine ? 'same' : 'unknown';
  }
  if (!p && !q) return 'same';
  const [happening, other] = p ? [m, lead] : [lead, m];
  if (!other.said) return 'same';
  return namesVerb(other.words, (p ?? q) as string) ||
    [...happening.words].some((w) => REPORTING_STEMS.has(stem(w)))
    ? 'same'
    : 'other';
}

// Whether one of `words` is verb `verb` or one of its class, in any part of speech.
const namesVerb = (words: ReadonlySet<string> | undefined, verb: string): boolean =>
  [...(words ?? [])].some((w) => sameClass(verb, stem(w)));

/** Shared words of two sets and the overlap coefficient (shared / size of the smaller set). */
export function overlap(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
): { shared: number; coefficient: number } {
  let shared = 0;
  // the smaller set is walked, the larger looked up: the same count
  const [walked, looked] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of walked) if (looked.has(w)) shared++;
  const smaller = Math.min(a.size, b.size);
  return { shared, coefficient: smaller ? shared / smaller : 0 };
}

/** Whether two sentences tell the same event, by their content words. */
export function sameEvent(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  minOverlap: number,
  minShared: number,
): boolean {
  const o = overlap(a, b);
  return o.shared >= minShared && o.coefficient >= minOverlap;
}

/**
 * An index of sentences' word sets: for a sentence, the positions (ascending) of those that share a word
 * with it, which are the only ones that can tell the same event when `minShared` is at least 1 (else all).
 */
export function sharedWordIndex(
  sets: readonly (ReadonlySet<string> | undefined)[],
): (words: ReadonlySet<string>, minShared: number) => number[] {
  const byWord = new Map<string, number[]>();
  sets.forEach((set, k) => {
    for (const word of set ?? []) {
      const holders = byWord.get(word);
      if (holders) holders.push(k);
      else byWord.set(word, [k]);
    }
  });
  return (words, minShared) => {
    if (minShared < 1) return sets.map((_, k) => k);
    const found = new Set<number>();
    for (const word of words) for (const k of byWord.get(word) ?? []) found.add(k);
    return [...found].sort((a, b) => a - b);
  };
}
