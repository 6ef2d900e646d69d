import type { Token } from '../../model/index.ts';
import { stem } from '../../text/normalise.ts';
import type { Reading } from '../compare/support/index.ts';
import { holdsFigure } from '../compare/support/quantities.ts';
import { baseStem, perReading } from '../compare/support/reading.ts';
import { isDateWord } from '../compare/support/relations.ts';
import { differentDay } from '../compare/support/same-date.ts';
import { CHANGE_VERBS, DIRECTION_PARTICLES, MEASURE_HEADS, MOVEMENT_VERBS } from './data/change-verbs.ts';
import { reportFrame } from './frame.ts';

type Direction = 'up' | 'down';
const stems = (words: readonly string[]) => new Set(words.map((w) => baseStem(stem(w))));
const UP = stems(CHANGE_VERBS.up);
const DOWN = stems(CHANGE_VERBS.down);
const MOVEMENT = stems(MOVEMENT_VERBS);
const PARTICLE = new Map<string, Direction>([
  ...DIRECTION_PARTICLES.up.map((w) => [w, 'up'] as const),
  ...DIRECTION_PARTICLES.down.map((w) => [w, 'down'] as const),
]);
const HEADS = stems(MEASURE_HEADS);
// words of time a change is told at ("last month", "this year"): checked as dates, not as words
const TIME = stems(['day', 'week', 'month', 'year', 'quarter']);
// the words a measure runs across back from its verb ("the rate of …", "the rate in …")
const ACROSS = new Set(['of', 'in']);

/** A change a clause tells: its direction, the tokens of its verb (and particle), and its measure's. */
interface Change {
  readonly direction: Direction;
  readonly verb: readonly number[];
  readonly measure: readonly number[];
}

// The changes a reading tells, each with its measure: the nouns, adjectives and names of its subject
// just before the verb, across "of" and "in" ("the jobless rate in Halvik ticked up"). Read once per
// reading: a headline is weighed against many facts.
const changesOf = perReading((r: Reading): readonly Change[] => {
  const { tokens, tokenStems } = r.claim;
  const out: Change[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // (a headline's verb is often tagged a noun: "jobless rate rises")
    if (t.pos !== 'VERB' && t.pos !== 'NOUN') continue;
    const s = baseStem(tokenStems[k] as string);
    const changes = UP.has(s) || DOWN.has(s);
    if (t.pos === 'NOUN' && !changes) continue;
    const particle = PARTICLE.get(tokens[k + 1]?.norm ?? '');
    const direction = UP.has(s) ? 'up' : DOWN.has(s) ? 'down' : MOVEMENT.has(s) ? particle : undefined;
    if (!direction) continue;
    const measure: number[] = [];
    for (let j = k - 1; j >= 0; j--) {
      const u = tokens[j] as Token;
      if (u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'ADJ') measure.unshift(j);
      else if (
        !(ACROSS.has(u.norm) && measure.length) &&
        !(u.pos === 'DET' && ACROSS.has(tokens[j - 1]?.norm ?? ''))
      )
        break;
    }
    if (measure.length) out.push({ direction, verb: changes ? [k] : [k, k + 1], measure });
  }
  return out;
});

/**
 * Whether headline `h` tells the change single-source fact `a` tells, in other words: a verb of the
 * same direction of change (CHANGE_VERBS, or a movement verb with its particle: "ticked up" /
 * "rises"; never "ticked down" / "rises"), about a measure whose words the headline all holds (a
 * measure's head aside: "the unemployment rate" / "unemployment"), in the same mood and polarity, on
 * no other day, every other word and figure of the fact told in the headline (who reports it and its
 * words of time aside). For the single-source points only (elsewhere.ts), never for ✓ or citations.
 * @example
 * tellsChange(read('The jobless rate in Halvik ticked up last month'), read('Halvik jobless rate rises to 4%')) // true
 */
export function tellsChange(a: Reading, h: Reading): boolean {
  if (a.negated || h.negated || a.modality !== h.modality) return false;
  const [mine] = changesOf(a);
  if (!mine) return false;
  if (a.dates.some((d) => h.dates.some((e) => differentDay(d, e)))) return false;
  if (!a.claim.figures.every((f) => holdsFigure(f, h, a))) return false;
  const { tokens, tokenStems } = a.claim;
  const frame = reportFrame(a).stems;
  const held = (k: number): boolean => {
    const s = tokenStems[k] as string;
    return h.allStems.has(baseStem(s)) || h.claim.terms.has(s) || h.nameWords.has((tokens[k] as Token).norm);
  };
  // a change of the headline in the same direction whose measure holds one of the fact's measure's
  // words and every one but its head ("Wages rise as jobless rate falls" tells no rise of the rate)
  const content = mine.measure.filter(
    (k) => tokens[k]?.pos !== 'ADJ' || a.claim.terms.has(tokenStems[k] as string),
  );
  // every word the fact writes (a headline's measure or span must be among them)
  const written = new Set(tokens.flatMap((t, k) => [baseStem(tokenStems[k] as string), t.norm]));
  const writes = (r: Reading, k: number): boolean => {
    const s = r.claim.tokenStems[k] as string;
    return written.has(baseStem(s)) || written.has((r.claim.tokens[k] as Token).norm);
  };
  // a headline's word of time the fact does not write tells a change over another span ("rises for
  // third year" / "ticked up last month")
  if (h.claim.tokenStems.some((s, k) => TIME.has(baseStem(s)) && !writes(h, k))) return false;
  const told = changesOf(h).some((c) => {
    if (c.direction !== mine.direction) return false;
    // a word of the headline's measure the fact does not write (a measure's head aside) makes it
    // another, narrower measure ("youth jobless rate" / "the jobless rate in Halvik")
    if (!c.measure.every((k) => writes(h, k) || HEADS.has(baseStem(h.claim.tokenStems[k] as string))))
      return false;
    const theirs = new Set(
      c.measure.flatMap((k) => [baseStem(h.claim.tokenStems[k] as string), h.claim.tokens[k]?.norm]),
    );
    const inTheirs = (k: number) =>
      theirs.has(baseStem(tokenStems[k] as string)) || theirs.has((tokens[k] as Token).norm);
    return content.some(inTheirs) && content.every((k) => inTheirs(k) || HEADS.has(tokenStems[k] as string));
  });
  if (!told) return false;
  const verb = new Set(mine.verb);
  return tokens.every((t, k) => {
    const s = tokenStems[k] as string;
    const name = t.pos === 'PROPN';
    if (verb.has(k) || (!name && !a.claim.terms.has(s)) || frame.has(s) || frame.has(`n:${t.norm}`))
      return true;
    if (HEADS.has(s) && mine.measure.includes(k)) return true;
    if (TIME.has(s) || isDateWord(t.norm) || t.pos === 'NUM') return true;
    return held(k);
  });
}
