// A number that names, not counts: "route 9", "platform 4", "Gate 12", "Ward 6", "Room 101",
// "Highway 1", "bus 42", and a list after a plural label ("routes 2, 4, 6 and 9"). Both readers of
// figures pass over it (quantities.ts for the support judge, extract/figures/groups.ts for the report).

import type { Token } from '../model/index.ts';
import { DURATION_DAYS } from './data/quantities.ts';
import { fold } from './normalise.ts';
import type { ClaimFigure } from './quantities-agree.ts';
import { contextBefore } from './quantities-near.ts';

interface Labelled {
  readonly text: string;
  readonly norm: string;
  readonly pos: string;
  readonly start: number;
  readonly end: number;
}

/** Nouns a number after them names one of (singular; "routes" is read as "route"). */
const LABEL_NOUNS: ReadonlySet<string> = new Set([
  'route',
  'platform',
  'gate',
  'ward',
  'room',
  'highway',
  'interstate',
  'bus',
  'line',
  'bay',
  'berth',
  'pier',
  'quay',
  'dock',
  'terminal',
  'track',
  'exit',
  'junction',
  'runway',
  'hangar',
  'flight',
  'door',
  'zone',
  'sector',
  'precinct',
  'district',
  'block',
  'hall',
  'court',
  'suite',
  'apartment',
  'cell',
  'seat',
  'row',
  'aisle',
  'chapter',
  'article',
  'clause',
  'section',
  'page',
  'amendment',
  'phase',
  'stage',
  'tier',
]);

/**
 * Label nouns whose number names one step of a series even before a noun in lower case: "a phase 3
 * trial" is a trial of the third phase, never three trials (not "stage": "took the stage 20 minutes late").
 */
const STEP_NOUNS: ReadonlySet<string> = new Set(['phase', 'tier']);

const WHOLE = /^\d{1,5}$/;
const LIST_LINKS: ReadonlySet<string> = new Set([',', 'and', 'or', '&']);

const labelNoun = (t: Labelled | undefined): string | null => {
  const word = fold(t?.text ?? '');
  if (LABEL_NOUNS.has(word)) return word;
  // "routes", "buses"
  return (
    [word.replace(/s$/, ''), word.replace(/es$/, '')].find((w) => w !== word && LABEL_NOUNS.has(w)) ?? null
  );
};

/** A label: its noun (singular, lower case), the indexes of its numbers, and the index after the last. */
export interface NumberLabel {
  readonly name: string;
  readonly numbers: readonly number[];
  readonly end: number;
}

/**
 * "in line 3 hours", "the bus 42 people boarded": after a label's word in lower case, a noun or a unit
 * of time right after the number is what the number counts.
 */
const countsNext = (tokens: readonly Labelled[], k: number): boolean => {
  const next = tokens[k];
  if (!next || !/^\p{Ll}/u.test(next.text)) return false;
  return next.pos === 'NOUN' || fold(next.text) in DURATION_DAYS;
};

/**
 * The label the whole number at `i` opens ("route 9", "Gate 12", "routes 2, 4, 6 and 9", its list's
 * numbers included), one space after a label's noun (in lower case, not one tagged a verb: "to block
 * 300 more homes"); else null. A label's noun in lower case before a number that a noun follows counts
 * it ("waited in line 3 hours").
 */
export function labelAt(tokens: readonly Labelled[], i: number): NumberLabel | null {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (!t || !before || !WHOLE.test(t.text) || t.start - before.end !== 1) return null;
  // a label's word in lower case used as a verb counts what follows ("voted to block 300 more homes");
  // a capitalised one names ("Ward 6", which the tagger may read as a verb)
  if (before.pos === 'VERB' && /^\p{Ll}/u.test(before.text)) return null;
  const name = labelNoun(before);
  if (!name) return null;
  const numbers = [i];
  let end = i + 1;
  // the list after it: "2, 4, 6 and 9", "12, and 14"
  for (;;) {
    let k = end;
    while (k < end + 2 && LIST_LINKS.has(tokens[k]?.norm ?? '')) k++;
    if (k === end || !WHOLE.test(tokens[k]?.text ?? '') || countsNext(tokens, k + 1)) break;
    numbers.push(k);
    end = k + 1;
  }
  const lower = /^\p{Ll}/u.test(before.text);
  return lower && countsNext(tokens, end) && !STEP_NOUNS.has(name) ? null : { name, numbers, end };
}

/** A label's numbers as the support judge reads figures ("Route 52"): exact, the label's noun as the unit, counting nothing (as "a Category 4 hurricane"). */
export function labelFigures(tokens: readonly Token[], label: NumberLabel): ClaimFigure[] {
  return label.numbers.map((k) => {
    const t = tokens[k] as Token;
    const value = Number(t.text);
    return {
      value,
      low: value,
      high: value,
      unit: label.name,
      counts: null,
      qualifier: null,
      rate: null,
      frame: null,
      span: { start: t.start, end: t.end },
      figureId: null,
      worded: false,
      context: contextBefore(tokens, k),
    };
  });
}
