import type { Token } from '../../model/index.ts';
import { stem } from '../../text/normalise.ts';
import type { Candidate } from './candidates.ts';
import { CALENDAR_NAMES, TOWARDS, TRIP_VERBS } from './data/trip-verbs.ts';
import type { Telling } from './modality.ts';

const TRIP = new Set(TRIP_VERBS.map(stem));
const TO = new Set(TOWARDS);
// the words that end the trip's own clause ("… to Mexico City this week as migrants …")
const CLAUSE_END = new Set([',', ';', ':', 'as', 'while', 'because', 'after', 'before', 'when', 'and']);
// how far after its verb a trip's destination may be named
const REACH = 10;

/** Where a sentence's trip goes: the proper nouns named after its trip verb ("to Mexico City"). */
export function destinationOf(tokens: readonly Token[], event: string | null): Set<string> {
  const out = new Set<string>();
  if (event === null || !TRIP.has(event)) return out;
  const at = tokens.findIndex((t) => stem(t.text) === event);
  if (at < 0) return out;
  // "visited Orvale": the object itself; else the names right after "to" / "in" (and "the"), not
  // those after a verb between ("sent workers to receive the Americans …" names no destination)
  let open = event === stem('visit');
  for (let i = at + 1; i < tokens.length && i <= at + REACH; i++) {
    const t = tokens[i] as Token;
    if (t.pos === 'PROPN' && open) {
      out.add(t.norm);
      continue;
    }
    if (out.size || CLAUSE_END.has(t.norm)) break;
    open = TO.has(t.norm) || (open && t.pos === 'DET');
  }
  return out;
}

// The calendar names (days, months) a sentence gives, by kind.
const calendar = (tokens: readonly Token[]): string[][] =>
  CALENDAR_NAMES.map((names) => tokens.map((t) => t.norm).filter((w) => names.includes(w)));

// Whether two sentences name different days (or months): then they tell different trips.
const otherDays = (a: readonly Token[], b: readonly Token[]): boolean => {
  const [x, y] = [calendar(a), calendar(b)];
  return x.some((names, kind) => {
    const others = y[kind] as string[];
    return names.length > 0 && others.length > 0 && !names.some((n) => others.includes(n));
  });
};

/**
 * Whether two sentences tell one trip: each its main event a trip verb (travel, dispatch, visit …)
 * told the same way (happened, planned …), to a destination they share a name of, on no different
 * day or month. Who is named may differ ("President Varga dispatched top officials to Norhaven City
 * this week as …" / "Holm traveled to Norhaven on Wednesday alongside Lunde"): a summary tells
 * the trip once, whatever background clause the second adds.
 * @example
 * sameTrip(a, b, tellings) // true for the two sentences above
 */
export function sameTrip(a: Candidate, b: Candidate, tellings: readonly (Telling | null)[]): boolean {
  const [x, y] = [tellings[a.index], tellings[b.index]];
  if (!x || !y || x.modality !== y.modality) return false;
  const there = destinationOf(a.tokens, x.event);
  if (!there.size) return false;
  const also = destinationOf(b.tokens, y.event);
  if (![...also].some((w) => there.has(w))) return false;
  return !otherDays(a.tokens, b.tokens);
}
