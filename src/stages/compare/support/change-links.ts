// How a figure is tied to a change, by the word right before it: "rose by 2 percent" is the change,
// "rose to 2 percent" the level it reached, and "revised to 47,500, up from 41,000" or "rose from 12
// to 15" tell where it started: the measure's earlier value, which states no claim of the value as
// it stands ("41,000 patients are waiting" is not stated by "up from 41,000").
import { numberAt } from '../../../text/number-at.ts';
import type { ClaimFigure } from '../../../text/quantities.ts';
import { KEEP_VERBS, WANT_VERBS } from '../data/kept-levels.ts';
import { toldAsChange } from '../difference-updates.ts';
import type { Reading } from './reading.ts';

const LINKS = new Set(['by', 'to']);
const CURRENCY = /^[$£€¥]$/;

// The token index of the word right before a figure, past its qualifier and currency sign (the
// qualifier may or may not be inside the figure's span: its words are passed over).
function before(f: ClaimFigure, r: Reading): number {
  const tokens = r.claim.tokens;
  let k = tokens.findIndex((t) => t.end > f.span.start) - 1;
  if (CURRENCY.test(tokens[k]?.text ?? '')) k--;
  const words = f.qualifier?.split(' ') ?? [];
  if (words.length && words.every((w, i) => tokens[k - words.length + 1 + i]?.norm === w)) k -= words.length;
  return k;
}

// Whether "from" right before a figure tells where a change started: its sentence tells a change
// ("revised … from 41,000", "up from 41,000") or the figure runs on "to" another number ("from 12 to
// 15", "from $640 to $1,160"); not "visitors from 12 countries".
function startsChange(f: ClaimFigure, r: Reading): boolean {
  const tokens = r.claim.tokens;
  if (toldAsChange(r.claim.text)) return true;
  const after = tokens.findIndex((t) => t.start >= f.span.end);
  if (after < 0 || tokens[after]?.norm !== 'to') return false;
  // past the other number's currency sign ("from $640 to $1,160")
  const next = CURRENCY.test(tokens[after + 1]?.text ?? '') ? after + 2 : after + 1;
  return next < tokens.length && numberAt(tokens, next, { bare: true }) !== null;
}

/**
 * The word that ties a figure to a change: "by" (the change), "to" (the level reached), "from"
 * (where a change started, `startsChange`), or null.
 * @example
 * linkOf(f, read('The list was revised to 47,500, up from 41,000.')) // 'from' for the 41,000
 */
export function linkOf(f: ClaimFigure, r: Reading): string | null {
  const w = r.claim.tokens[before(f, r)]?.norm ?? '';
  if (LINKS.has(w)) return w;
  return w === 'from' && startsChange(f, r) ? 'from' : null;
}

/**
 * Whether a claim's figure tied by `claim` and a figure of another sentence tied by `other` are two
 * tellings (`linkOf`): two links that differ ("by" / "to"), or a change's start against a value told
 * without one (the other's "up from 41,000" against the claim's "41,000 are waiting").
 */
export const linksDiffer = (claim: string | null, other: string | null): boolean =>
  other !== null && (claim === null ? other === 'from' : claim !== other);

// how far before "at" the verb of keeping may stand ("keep its main rate at"), and before "to keep"
// the verb of voting or wanting ("were likely to vote to hold")
const KEEP_REACH = 4;
const WANT_REACH = 3;

/**
 * Whether a figure is a level someone voted or wanted kept: "at" right before it, a verb of keeping
 * before that ("hold the rate at 4.75%", "leave rates unchanged at"), itself after "to" or "for" and
 * a verb of voting or wanting ("two members voted to keep rates at 4.75 per cent", "argued for holding
 * the rate at"). A dissent's or a proposal's level, not the level the measure reached; "The bank held
 * rates at 4.75%" (what it did) is none.
 * @example
 * wantedKept(f, read('Two members voted to keep rates at 4.75 per cent.')) // true for the 4.75
 */
export function wantedKept(f: ClaimFigure, r: Reading): boolean {
  const tokens = r.claim.tokens;
  const at = before(f, r);
  if (tokens[at]?.norm !== 'at') return false;
  for (let k = at - 1; k >= Math.max(0, at - KEEP_REACH); k--) {
    const t = tokens[k];
    if (!t || t.pos === 'PUNCT') return false;
    if (!KEEP_VERBS.has(t.norm)) continue;
    const link = tokens[k - 1]?.norm ?? '';
    if (link !== 'to' && link !== 'for') return false;
    for (let j = k - 2; j >= Math.max(0, k - 1 - WANT_REACH); j--) {
      const w = tokens[j];
      if (!w || w.pos === 'PUNCT') return false;
      if (WANT_VERBS.has(w.norm)) return true;
    }
    return false;
  }
  return false;
}

/**
 * Whether one of two figures is a level someone voted or wanted kept (`wantedKept`) and the other is
 * not: the dissent's "voted to keep rates at 4.75 per cent" against "cut its rate to 4.5%" is where
 * the change started, no other value of one measure.
 */
export const keptApart = (f: ClaimFigure, a: Reading, g: ClaimFigure, b: Reading): boolean =>
  wantedKept(f, a) !== wantedKept(g, b);
