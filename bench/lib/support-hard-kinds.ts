/**
 * A third search for hard support pairs (bench/build-support-candidates.ts, `hard-kinds.jsonl`):
 * kinds of contradiction the first two searches hardly find — opposite wordings ("acquitted" /
 * "convicted"), another place for one event, a toll of one harm with two values, another year, another
 * age of one name, another direction from one place — and their look-alikes. Hints for the labeller, never labels.
 */
import type { PairText } from './support-hard.ts';

// Words of opposite outcomes; a pair is flagged when one side has a word of one column and the other
// side a word of the other (stems, matched at a word's start).
const OPPOSITES: readonly (readonly [string, string])[] = [
  ['acquit', 'convict'],
  ['approv', 'reject'],
  ['accept', 'refus'],
  ['admit', 'den'],
  ['won', 'lost'],
  ['win', 'lose'],
  ['beat', 'lost'],
  ['surviv', 'kill'],
  ['surviv', 'died'],
  ['alive', 'dead'],
  ['succeed', 'fail'],
  ['rose', 'fell'],
  ['increas', 'decreas'],
  ['rais', 'cut'],
  ['guilty', 'innocent'],
  ['open', 'clos'],
  ['confirm', 'den'],
  ['support', 'oppos'],
  ['pass', 'block'],
  ['ended', 'continu'],
  ['resign', 'fired'],
  ['captur', 'escap'],
  ['arrest', 'releas'],
  ['agree', 'disagree'],
  ['stable', 'critical'],
];

const words = (text: string) => text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
const hasStem = (ws: readonly string[], stem: string) => ws.some((w) => w.startsWith(stem));

/** The opposite pair a candidate's two sentences use one side each of ("acquit/convict"), or null. */
export function oppositeWords(a: string, b: string): string | null {
  const [wa, wb] = [words(a), words(b)];
  for (const [x, y] of OPPOSITES) {
    const one = hasStem(wa, x) && hasStem(wb, y) && !hasStem(wa, y) && !hasStem(wb, x);
    const other = hasStem(wa, y) && hasStem(wb, x) && !hasStem(wa, x) && !hasStem(wb, y);
    if (one || other) return `${x}/${y}`;
  }
  return null;
}

// "in Vessmark", "at the Velmar market": the capitalised word after a place preposition.
const PLACE = /\b(?:in|at|near|outside|off)\s+(?:the\s+)?(\p{Lu}[\p{L}'-]+)/gu;
const NOT_PLACES = new Set(
  'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An This That'.split(
    ' ',
  ),
);
const placesOf = (text: string) =>
  new Set([...text.matchAll(PLACE)].map((m) => m[1] as string).filter((p) => !NOT_PLACES.has(p)));

// A harm and the number told of it within a few words either side ("killing 10 people", "12 were hurt").
const HARM =
  /^(?:kill|dead|die|death|injur|wound|hurt|arrest|miss|evacuat|rescu|charg|convict|sentenc|fired|laid)/;
const NUMBER =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens?|hundreds?|thousands?)$/;
function tolls(text: string): Map<string, string> {
  const ws = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N},.]*/gu) ?? [];
  const out = new Map<string, string>();
  ws.forEach((w, i) => {
    const harm = HARM.exec(w)?.[0];
    if (!harm) return;
    const near = ws.slice(Math.max(0, i - 4), i + 4).find((x) => NUMBER.test(x.replace(/[.,]$/, '')));
    if (near) out.set(harm, near.replace(/[.,]$/, ''));
  });
  return out;
}

const YEAR = /\b(?:19|20)\d\d\b/g;

// "Gomes, 61," / "Gomes, 68,": a name told with an age (two ages of one person, or two people of one
// surname: a look-alike)
const AGE = /(\p{Lu}\p{Ll}+),\s+(\d{1,3}),/gu;
// "55 kilometres south of Bireun" / "34 miles west of the town of Bireun": a direction from one place
const DIRECTION =
  /\d[\d,.]*\s*(?:km|kilometers|kilometres|miles)\s*(?:\([^)]*\)\s*)?(north(?:east|west)?|south(?:east|west)?|east|west)(?:ern)?\s+of\s+(?:the\s+)?(?:(?:town|city) of\s+)?(\p{Lu}\p{L}+)/gu;
/** A key both sentences tell something of, told differently (`read`: the key and what is told of it). */
function toldTwice(re: RegExp, read: (m: RegExpMatchArray) => [string, string], a: string, b: string) {
  const [ta, tb] = [new Map([...a.matchAll(re)].map(read)), new Map([...b.matchAll(re)].map(read))];
  for (const [key, value] of ta) if (tb.has(key) && tb.get(key) !== value) return key;
  return null;
}
const ageOf = (m: RegExpMatchArray): [string, string] => [m[1] as string, m[2] as string];
const directionOf = (m: RegExpMatchArray): [string, string] => [m[2] as string, m[1] as string];

/**
 * Why a pair is worth labelling as a possible contradiction of a kind the other searches miss, or null:
 * an opposite wording, a toll with two values, another place, another year, another age of one name,
 * another direction from one place.
 */
export function hardKind(c: PairText): string | null {
  const [a, b] = [c.claim.text, c.evidence.text];
  const opposite = c.cos >= 0.2 ? oppositeWords(a, b) : null;
  if (opposite) return `opposite:${opposite}`;
  const [ta, tb] = [tolls(a), tolls(b)];
  for (const [harm, value] of ta) {
    const other = tb.get(harm);
    if (other !== undefined && other !== value && c.cos >= 0.12) return `toll:${harm}`;
  }
  const [pa, pb] = [placesOf(a), placesOf(b)];
  if (pa.size && pb.size && [...pa].every((p) => !pb.has(p)) && c.cos >= 0.3) return 'place';
  const [ya, yb] = [new Set(a.match(YEAR)), new Set(b.match(YEAR))];
  if (ya.size && yb.size && [...ya].every((y) => !yb.has(y)) && c.cos >= 0.25) return 'year';
  const name = toldTwice(AGE, ageOf, a, b);
  if (name) return `age:${name}`;
  const place = toldTwice(DIRECTION, directionOf, a, b);
  return place ? `direction:${place}` : null;
}
