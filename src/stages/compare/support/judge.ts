import { PREDICATE_CLASSES, UNDOING_VERBS } from '../data/predicates.ts';
import { REPORTING_STEMS } from '../data/word-forms.ts';
import type { ClaimFigure } from '../figures.ts';
import { sameQuantity, surelySameQuantity, valuesAgree } from '../figures.ts';
import {
  ANCHORED_MIN_COVER,
  BUSY_CONTRADICT_MIN_COVER,
  CONTRADICT_MIN_COVER,
  DATE_CONTRADICT_MIN_COVER,
  GOVERNOR_REACH,
  OUTCOME_MIN_COVER,
  PLANNED_MIN_COVER,
  RELATED_MIN_COVER,
  SUPPORT_MIN_COVER,
  SUPPORT_MIN_NAME_SHARE,
} from '../patterns.ts';
import { stem } from '../text.ts';
import { type ClaimDate, differentDay, sameDate } from './dates.ts';
import type { Reading } from './reading.ts';

/** How a candidate sentence stands to a claim. */
export type Verdict = 'supports' | 'contradicts' | 'related' | 'planned-vs-happened';

/** The evidence of a verdict: how much of the claim the candidate covers and what was checked. */
export interface Judgement {
  readonly verdict: Verdict;
  /** Share of the claim's IDF-weighted terms found in the candidate. */
  readonly cover: number;
  /** Why (for `--explain` and tests): "figure 48000000 USD vs 65000000 USD", "date", "missing number" … */
  readonly reason: string;
}

/** Share of `a`'s IDF-weighted terms that `b` also has. */
export function coverOf(a: Reading, b: Reading, idf: ReadonlyMap<string, number>): number {
  let all = 0;
  let shared = 0;
  for (const [term, w] of a.claim.terms) {
    const x = w * (idf.get(term) ?? 1);
    all += x;
    if (b.claim.terms.has(term)) shared += x;
  }
  return all > 0 ? shared / all : 0;
}

// Whether `b` states figure `f` in some written form: the same unit and rate, and values that agree.
const holdsFigure = (f: ClaimFigure, b: Reading): boolean =>
  b.claim.figures.some(
    (g) =>
      g.unit === f.unit &&
      (g.rate === f.rate || !g.rate || !f.rate) &&
      valuesAgree(f, g) &&
      // "3 machine guns" is not held by "three other rifles"
      (!f.counts || !g.counts || sameQuantity(f, g)),
  );

// A figure of `a` that `b` gives another value for (surely the same quantity), unless `b` also
// gives an agreeing value for it.
// The third item says whether the two figures are of one named subject ("the repair at $48 million" /
// "the repair bill could hit $65 million"), which makes them one measure however the rest is told.
function clashingFigure(a: Reading, b: Reading): [ClaimFigure, ClaimFigure, boolean] | null {
  for (const f of a.claim.figures) {
    if (holdsFigure(f, b) || ago(f, a)) continue;
    const gf = governors(f, a);
    const g = b.claim.figures.find((x) => {
      if (x.unit !== f.unit || valuesAgree(f, x) || ago(x, b)) return false;
      // told by the same word ("killing 3 people" / "killing 10 people", "a $13.9 billion acquisition")
      const governed = governors(x, b).some((w) => gf.includes(w));
      if (governed) return true;
      // else the same quantity, the only one of its kind on each side, about the same subject
      return (
        surelySameQuantity(f, x) &&
        alone(f, a) &&
        alone(x, b) &&
        (f.context.some((w) => x.context.includes(w)) || nameShare(a, b) >= SUPPORT_MIN_NAME_SHARE)
      );
    });
    if (g) return [f, g, f.context.some((w) => g.context.includes(w))];
  }
  return null;
}

// The only figure of its unit and counted thing in its sentence: with several ("404 yards … 440
// yards"), which one another sentence's value answers is a guess.
const alone = (f: ClaimFigure, r: Reading): boolean =>
  r.claim.figures.filter((g) => g.unit === f.unit && g.counts === f.counts).length === 1;

// The words a figure is told by: the verb just before it ("killing", "hospitalized for") and the
// noun just after what it counts ("a $13.9 billion acquisition"), as stems.
function governors(f: ClaimFigure, r: Reading): string[] {
  const tokens = r.claim.tokens;
  const at = tokens.findIndex((t) => t.start >= f.span.start);
  const after = tokens.findIndex((t) => t.start >= f.span.end);
  const out: string[] = [];
  for (let k = at - 1; k >= Math.max(0, at - GOVERNOR_REACH); k--) {
    const t = tokens[k];
    if (!t || t.pos === 'PUNCT') break;
    if (t.pos === 'VERB' && !REPORTING_STEMS.has(stem(t.text))) {
      out.push(stem(t.text));
      break;
    }
  }
  if (after >= 0)
    for (let k = after; k < Math.min(tokens.length, after + 2); k++) {
      const t = tokens[k];
      if (t?.pos === 'NOUN' && stem(t.text) !== f.counts) {
        out.push(`n:${stem(t.text)}`);
        break;
      }
    }
  return out;
}

// "12 days ago": a length counted back from the day of writing differs between articles of other days.
const ago = (f: ClaimFigure, r: Reading): boolean =>
  r.claim.tokens.some((t) => t.start >= f.span.end && t.start <= f.span.end + 12 && t.norm === 'ago');

// Whether two readings' main predicates (their first) are the same or of one class.
const sameMainPredicate = (a: Reading, b: Reading): boolean => {
  const [p, q] = [a.predicates[0], b.predicates[0]];
  return p !== undefined && q !== undefined && (p === q || (CLASS_OF.get(p) ?? []).includes(q));
};

// The day-dates of a reading (weekdays, month and day, resolved words).
const days = (r: Reading) =>
  r.dates.filter((d) => !d.reported && (d.monthDay !== null || d.weekday !== null));

/** Whether `b` holds every number and date of `a`, in any written form. */
export function holdsNumbersAndDates(a: Reading, b: Reading): boolean {
  return (
    a.claim.figures.every((f) => holdsFigure(f, b)) &&
    a.dates.every((d) => b.dates.some((e) => sameDate(d, e)))
  );
}

// Whether `b` tells `a`'s predicate: one of its verbs, or the same stem in any part of speech
// ("met" / "the meeting"). A claim with no predicate verb passes.
const tells = (p: string, b: Reading): boolean =>
  b.allStems.has(p) || (CLASS_OF.get(p) ?? []).some((q) => b.allStems.has(q));
const sharesPredicate = (a: Reading, b: Reading): boolean =>
  a.predicates.length === 0 || a.predicates.some((p) => tells(p, b));
// Support needs every predicate of the claim: "appointed a prosecutor … despite opinions that said
// it would be difficult to proceed" is not stated by a sentence without the proceeding.
const tellsEveryPredicate = (a: Reading, b: Reading): boolean => a.predicates.every((p) => tells(p, b));

// Stem → the stems of its predicate class (data/predicates.ts).
const CLASS_OF = new Map<string, string[]>();
for (const words of PREDICATE_CLASSES) {
  const stems = words.map(stem);
  for (const s of stems) CLASS_OF.set(s, [...(CLASS_OF.get(s) ?? []), ...stems]);
}
const UNDOING = new Set(UNDOING_VERBS.map(stem));

// A verb that undoes the event on one side only ("cancelled the talks" / "held the talks").
const undoneOnOneSide = (a: Reading, b: Reading): boolean =>
  [...UNDOING].some((u) => a.allStems.has(u) !== b.allStems.has(u));

// The share of `a`'s names that `b` names: by entity or spelling, or else by the words of the names
// ("Rep. Elijah E. Cummings" / "Cummings", "INS Sukanya" / "Sukanya").
function nameShare(a: Reading, b: Reading): number {
  if (a.names.length === 0) return 1;
  const byKey = a.names.filter((n) => b.claim.terms.has(n)).length / a.names.length;
  if (a.nameWords.size === 0) return byKey;
  let shared = 0;
  for (const w of a.nameWords) if (b.nameWords.has(w)) shared++;
  return Math.max(byKey, shared / a.nameWords.size);
}

/**
 * Judge whether candidate `b` supports claim `a`. Supports: `b` covers most of `a`'s weighted terms,
 * tells its predicate about most of its names, holds every number and date of `a`, in the same
 * mood and polarity. Contradicts: about the same thing, `b` gives another value for one of `a`'s
 * quantities, another day for its event, the opposite outcome, or the negation. Planned vs
 * happened: as support, but one says it will happen and the other that it did. Anything else is
 * related (including unrelated).
 * @example
 * judge(read('Talks ended on Tuesday.'), read('The talks ended on Tuesday.'), idf).verdict // 'supports'
 */
// The mood in `b` of `a`'s main predicate, where `b` tells it as a predicate of its own, else `b`'s.
function moodIn(a: Reading, b: Reading): { modality: Reading['modality']; negated: boolean } {
  const p = a.predicates[0];
  if (p !== undefined)
    for (const q of [p, ...(CLASS_OF.get(p) ?? [])]) {
      const mood = b.moods.get(q);
      if (mood) return mood;
    }
  return { modality: b.modality, negated: b.negated };
}

export function judge(a: Reading, b: Reading, idf: ReadonlyMap<string, number>): Judgement {
  const cover = Math.min(coverOf(a, b, idf), 1);
  const mood = moodIn(a, b);
  const related = (reason: string): Judgement => ({ verdict: 'related', cover, reason });
  if (cover < RELATED_MIN_COVER) return related('little in common');
  const predicate = sharesPredicate(a, b);
  const names = nameShare(a, b);
  const about = predicate && names >= SUPPORT_MIN_NAME_SHARE;
  // several figures on each side ("29 passes … 201 yards" / "39 passes … 302 yards") are often other
  // games or other counts: a contradiction among them needs a closer wording
  const busy = a.claim.figures.length > 1 && b.claim.figures.length > 1;
  const clash = clashingFigure(a, b);
  // a contradiction is symmetric: either side's predicate told by the other will do
  const aboutEither = about || (sharesPredicate(b, a) && nameShare(b, a) >= SUPPORT_MIN_NAME_SHARE);
  if (
    clash &&
    (aboutEither || clash[2]) &&
    cover >= (busy ? BUSY_CONTRADICT_MIN_COVER : CONTRADICT_MIN_COVER)
  )
    return { verdict: 'contradicts', cover, reason: `figure ${clash[0].value} vs ${clash[1].value}` };
  // another day for one event: one day each, the same main predicate, the same mood
  const [da, db] = [days(a), days(b)];
  if (
    about &&
    cover >= DATE_CONTRADICT_MIN_COVER &&
    a.modality === b.modality &&
    sameMainPredicate(a, b) &&
    da.length === 1 &&
    db.length === 1 &&
    differentDay(da[0] as ClaimDate, db[0] as ClaimDate)
  )
    return { verdict: 'contradicts', cover, reason: 'another day' };
  if (a.claim.outcome !== 0 && b.claim.outcome === -a.claim.outcome && cover >= OUTCOME_MIN_COVER)
    return { verdict: 'contradicts', cover, reason: 'opposite outcome' };
  // the negation: one side negates the predicate and the other has no negation at all
  if (
    about &&
    cover >= DATE_CONTRADICT_MIN_COVER &&
    a.modality === b.modality &&
    sameMainPredicate(a, b) &&
    ((a.negated && !b.negatedAnywhere) || (b.negated && !a.negatedAnywhere))
  )
    return { verdict: 'contradicts', cover, reason: 'negation' };
  const planned = (m: string) => m === 'planned';
  if (
    about &&
    cover >= PLANNED_MIN_COVER &&
    planned(a.modality) !== planned(mood.modality) &&
    a.modality !== 'hypothetical' &&
    mood.modality !== 'hypothetical'
  )
    return { verdict: 'planned-vs-happened', cover, reason: `${a.modality} vs ${mood.modality}` };
  if (!about) return related(predicate ? 'other participants' : 'other predicate');
  // a number written in digits or a length, held by the candidate, anchors a looser wording
  const anchored =
    a.claim.figures.some((f) => !f.worded || f.unit === 'days') &&
    a.claim.figures.every((f) => holdsFigure(f, b));
  if (cover + 1e-9 < (anchored ? ANCHORED_MIN_COVER : SUPPORT_MIN_COVER)) return related('partial');
  // what happened needs a candidate that tells it as happened throughout ("would become the fifth
  // coach fired" does not state "is the fifth coach fired"); a plan needs the plan where it is told
  if (a.modality !== mood.modality || (a.modality === 'happened' && b.modality !== 'happened'))
    return related(`${a.modality} vs ${a.modality === mood.modality ? b.modality : mood.modality}`);
  // a negation anywhere in the claim ("and have no further comment") must be told too
  if (a.negated !== mood.negated || (a.negatedAnywhere && !b.negatedAnywhere)) return related('polarity');
  if (!holdsNumbersAndDates(a, b)) return related('missing number or date');
  if (!tellsEveryPredicate(a, b)) return related('not every predicate');
  if (undoneOnOneSide(a, b)) return related('undone on one side');
  return { verdict: 'supports', cover, reason: 'states it' };
}
