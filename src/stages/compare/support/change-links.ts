// How a figure is tied to a change, by the word right before it: "rose by 2 percent" is the change,
// "rose to 2 percent" the level it reached, and "revised to 47,500, up from 41,000" or "rose from 12
// to 15" tell where it started: the measure's earlier value, which states no claim of the value as
// it stands ("41,000 patients are waiting" is not stated by "up from 41,000").
import { numberAt } from '../../../text/number-at.ts';
import type { ClaimFigure } from '../../../text/quantities.ts';
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
