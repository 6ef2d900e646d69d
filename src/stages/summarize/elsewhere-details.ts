import type { Evidence } from '../../model/index.ts';
import { fold } from '../../text/normalise.ts';
import type { ClaimFigure } from '../../text/quantities.ts';
import type { ClaimDate } from '../compare/support/dates.ts';
import type { Reading } from '../compare/support/index.ts';
import { holdsFigure, inDimensions } from '../compare/support/quantities.ts';
import { foldedWords, isDateWord, moodIn, participantShare } from '../compare/support/relations.ts';
import { differentDay, holdsDate } from '../compare/support/same-date.ts';
import type { Candidate } from './candidates.ts';
import { reportFrame } from './frame.ts';
import { countingFigures, countsAlike } from './same-figure.ts';

/**
 * What the sentences of a story's other sources hold, anywhere: names (`e:`/`n:` keys), every word as
 * written (`w:`, a hyphened word's parts too) and dates.
 */
export interface HeldElsewhere {
  /** Whether a source not in `own` names `key` in one of its sentences. */
  readonly name: (key: string, own: ReadonlySet<string>) => boolean;
  /** Whether a source not in `own` states date `d` in one of its sentences. */
  readonly date: (d: ClaimDate, own: ReadonlySet<string>) => boolean;
}

/**
 * The names and dates each independent source of a story tells in its sentences, read once (when a
 * fact first asks): what makes a detail of a single-source fact that other sources hold too.
 */
export function heldElsewhere(
  candidates: readonly Candidate[],
  read: (evidence: Evidence) => Reading | null,
): HeldElsewhere {
  let bySource: Map<string, { names: Set<string>; words: Set<string>; dates: ClaimDate[] }> | undefined;
  const sources = () => {
    if (bySource) return bySource;
    bySource = new Map();
    for (const c of candidates) {
      const r = read(c.evidence);
      if (!r) continue;
      let held = bySource.get(c.source);
      if (!held) {
        held = { names: new Set(), words: new Set(), dates: [] };
        bySource.set(c.source, held);
      }
      for (const k of r.names) held.names.add(k);
      for (const w of r.nameWords) held.names.add(`n:${w}`);
      // every word as written, and each part of a hyphened one ("covid-19": "covid"), asked as `w:`
      // keys (a set of their own: no key made for each token of the story)
      for (const t of r.claim.tokens) {
        const w = fold(t.text);
        held.words.add(w);
        if (w.includes('-')) for (const part of w.split('-')) held.words.add(part);
      }
      held.dates.push(...r.dates);
    }
    return bySource;
  };
  const others = function* (own: ReadonlySet<string>) {
    for (const [source, held] of sources()) if (!own.has(source)) yield held;
  };
  return {
    name: (key, own) => {
      const word = key.startsWith('w:') ? key.slice(2) : null;
      for (const held of others(own))
        if (word === null ? held.names.has(key) : held.words.has(word)) return true;
      return false;
    },
    date: (d, own) => {
      for (const held of others(own)) if (held.dates.some((e) => holdsDate(d, e))) return true;
      return false;
    },
  };
}

// Whether every name of `a` that `b` does not name (who reports it and its dates aside) is named by
// another source (`held`): a name's word told there, or, for a word of an entity's name, the entity
// ("Valdoria's southern border" / another outlet's "the Republic", one entity); a person by entity
// or surname.
function untoldNamesHeld(a: Reading, b: Reading, held: HeldElsewhere, own: ReadonlySet<string>): boolean {
  const frame = reportFrame(a);
  const inB = foldedWords(b);
  const keys = a.names.filter((k) => k.startsWith('e:') && !b.claim.terms.has(k) && !frame.stems.has(k));
  const entitiesHeld = keys.every((k) => held.name(k, own));
  for (const w of a.nameWords) {
    if (isDateWord(w) || w.endsWith('.') || frame.names.has(w) || inB.has(w)) continue;
    if (!held.name(`n:${w}`, own) && (a.names.includes(`n:${w}`) || !entitiesHeld)) return false;
  }
  for (const [id, words] of a.claim.persons) {
    const kept = words.filter((w) => !isDateWord(w) && !w.endsWith('.'));
    if ((kept.length && kept.every((w) => frame.names.has(w))) || b.claim.entityIds.has(id)) continue;
    const surname = kept[kept.length - 1];
    if (surname !== undefined && inB.has(surname)) continue;
    if (!held.name(`e:${id}`, own) && (surname === undefined || !held.name(`n:${surname}`, own)))
      return false;
  }
  return true;
}

/**
 * Whether `b` tells the figure that makes single-source fact `a` (a count of `a` is one of `b` at the
 * same rate, about the same value within their qualifiers: `countsAlike`), every figure of `a`, in its
 * mood and polarity, on no other day, about no one `a` leaves out, and every name or date of `a` that
 * `b` leaves out is one another source tells too (`held`): "an estimated 9,000 people cross into
 * Valdoria every day" is told by "as many as 9,000 migrants were detained daily at the border", whose
 * outlet names Valdoria elsewhere. A detail no other source holds (a name, a date) keeps the fact
 * one source's. A date counted from the day of writing ("this month") dates all the story's articles
 * alike and is no such detail. For the single-source list only (elsewhere.ts), never for ✓ or
 * citations.
 * @example
 * tellsFigureWithDetails(read(a), read(b), held, own) // a, b: the two sentences above
 */
export function tellsFigureWithDetails(
  a: Reading,
  b: Reading,
  held: HeldElsewhere,
  own: ReadonlySet<string>,
): boolean {
  const counting = countingFigures(b);
  const alike = (f: ClaimFigure) => counting.some((g) => countsAlike(f, g));
  if (!countingFigures(a).some(alike)) return false;
  // each figure stated, or the same count within what both qualifiers allow ("a daily average of
  // 9,000" / "as many as 9,000 … daily": one figure told by two outlets, not two findings)
  const figures = a.claim.figures.filter((f) => !inDimensions(f, a));
  if (!figures.every((f) => holdsFigure(f, b, a) || alike(f))) return false;
  const mood = moodIn(a, b);
  if (mood.modality !== a.modality || mood.negated !== a.negated) return false;
  // `b` may be about another place or person ("… a day in Arlo" / "… a day in Brenn"): it names none
  // `a` leaves out
  if (participantShare(b, a) < 1) return false;
  for (const d of a.dates) {
    if (d.deictic || b.dates.some((e) => holdsDate(d, e))) continue;
    if (b.dates.some((e) => differentDay(d, e)) || !held.date(d, own)) return false;
  }
  return untoldNamesHeld(a, b, held, own);
}
