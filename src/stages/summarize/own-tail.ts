import type { Token } from '../../model/index.ts';
import { isContentWord, stem } from '../../text/normalise.ts';
import { INDIRECT_CUES } from '../extract/data/speech.ts';
import type { Candidate } from './candidates.ts';
import type { Cut } from './compress.ts';
import { COUNT_QUALIFIERS, KEPT_ENTITIES, SOURCING_VERBS } from './data/compress-cues.ts';
import { ATTRIBUTION, MIN_WORDS, OWN_TAIL_MIN_WORDS, OWN_TAIL_UNSHARED } from './patterns.ts';

// Words that, after "a" or "an", make a closing phrase re-describe what the sentence names ("…, a law
// that will let ministers …", "…, a move which …").
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who']);
// How far after "a" or "an" its relative word may come.
const RELATIVE_WITHIN = 5;
const QUOTE = /["“”‘’«»]/;
// Amounts that a closing phrase may spell out in words without telling a fact of its own.
const SPELLED: ReadonlySet<string> = new Set(['CARDINAL', 'DURATION']);

// Whether the token after a comma opens a closing phrase that says what the main clause means rather
// than what happened: a participle ("…, handing the minister the powers she has sought"; never one of
// saying or sourcing, "…, citing officials") or an indefinite noun phrase re-describing with a
// relative clause ("…, a law that will let ministers …").
function opensCharacterization(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.pos === 'VERB' && /^\p{Ll}.*ing$/u.test(t.text)) {
    // ("…, including a 6-year-old boy, …" names who is counted)
    if (COUNT_QUALIFIERS.has(t.norm)) return false;
    const base = t.norm.slice(0, -3);
    return ![base, `${base}e`].some((v) => INDIRECT_CUES.has(v) || SOURCING_VERBS.has(v));
  }
  return (
    (t.norm === 'a' || t.norm === 'an') &&
    tokens.slice(i + 1, i + 1 + RELATIVE_WITHIN).some((k) => RELATIVES.has(k.norm))
  );
}

/** The independent sources whose sentences use each content stem, over every sentence of the story. */
function stemSources(candidates: readonly Candidate[]): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of candidates)
    for (const s of c.stems) {
      const set = out.get(s);
      if (set) set.add(c.source);
      else out.set(s, new Set([c.source]));
    }
  return out;
}

/**
 * The closing phrase of a sentence that is its outlet's own characterization of the event, as a cut
 * (kind 'characterization'), or null: after a comma past the sentence's first verb, a participle phrase
 * or a re-describing noun phrase to the sentence's end ("…, handing the minister the tougher powers she
 * has sought", "…, a law that will let ministers lock up …"), holding no quotation and naming no source,
 * most of whose content words (names aside, `OWN_TAIL_UNSHARED`) no other source of the story uses. A
 * neutral summary tells the event the outlets share and leaves one outlet's reading of it to that
 * outlet. Null as well where what is left would be shorter than a summary sentence.
 * @example
 * ownTail(candidate, stemSources(candidates)) // the cut of ', a law that will let ministers lock up …'
 */
function ownTail(c: Candidate, users: ReadonlyMap<string, ReadonlySet<string>>): Cut | null {
  const { tokens } = c;
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (verb < 0) return null;
  const at = tokens.findIndex((t, i) => i > verb && t.text === ',' && opensCharacterization(tokens, i + 1));
  if (at < 0) return null;
  const rest = tokens.slice(at + 1);
  const tail = rest.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  const last = tail[tail.length - 1];
  const comma = tokens[at] as Token;
  if (!last) return null;
  const told = tail.map((t) => t.text).join(' ');
  // one phrase to the end: no clause or list after a comma of its own; no quotation, no source named,
  // no figure in digits, rank, sum, day or time (a record, a count or a day is a fact of the event:
  // "…, becoming the first woman …", "…, into a 591-page bill"; a span told in words, "for three
  // months", is the outlet's rendering of what the others give by their own figures)
  if (
    rest.some((t) => t.text === ',' || t.text === ';') ||
    rest.some((t) => QUOTE.test(t.text)) ||
    ATTRIBUTION.test(told) ||
    tail.some((t) => /\d/.test(t.text) || (t.entity && KEPT_ENTITIES.has(t.entity) && !SPELLED.has(t.entity)))
  )
    return null;
  const words = tail.filter((t) => isContentWord(t) && t.pos !== 'PROPN' && !/^\p{Lu}/u.test(t.text));
  const stems = [...new Set(words.map((t) => stem(t.norm)))];
  if (stems.length < OWN_TAIL_MIN_WORDS) return null;
  const unshared = stems.filter((s) => ![...(users.get(s) ?? [])].some((src) => src !== c.source)).length;
  if (unshared < OWN_TAIL_UNSHARED * stems.length) return null;
  const kept = tokens.slice(0, at).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  if (kept.length < MIN_WORDS || !kept.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  return { start: comma.start, end: last.end, kind: 'characterization' };
}

/**
 * Each well-formed sentence's closing reading of the event that is its outlet's alone (`ownTail`), by
 * candidate index.
 */
export function ownTails(candidates: readonly Candidate[]): ReadonlyMap<number, Cut> {
  const users = stemSources(candidates);
  const out = new Map<number, Cut>();
  for (const c of candidates) {
    const tail = c.fallback ? ownTail(c, users) : null;
    if (tail) out.set(c.index, tail);
  }
  return out;
}

/**
 * The cuts each sentence is told with: its disputed tally's (`cuts`), and its outlet's own reading of
 * the event closing it (`ownTails`), which a neutral summary leaves to that outlet.
 */
export function withOwnTails(
  candidates: readonly Candidate[],
  cuts: ReadonlyMap<number, readonly Cut[]>,
): ReadonlyMap<number, readonly Cut[]> {
  const tails = ownTails(candidates);
  if (!tails.size) return cuts;
  const out = new Map(cuts);
  for (const [index, tail] of tails) out.set(index, [...(cuts.get(index) ?? []), tail]);
  return out;
}
