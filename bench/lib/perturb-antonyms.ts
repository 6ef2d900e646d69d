/**
 * A metamorphic edit of a word of direction or state the claim writes too, told as its opposite
 * ("rose" → "fell", "won" → "lost", "approved" → "rejected", "losses" → "profits", "closed" →
 * "opened"). Breaks support: the candidate now tells the other way. A list of its own, written for
 * the audit (not read from the judge's data), each form to the same form of the opposite word.
 */
import type { PartTarget } from './perturb-parts.ts';
import type { Tok } from './perturb-verbs.ts';

const PAIRS: readonly (readonly [string, string])[] = [
  ['rise', 'fall'],
  ['rises', 'falls'],
  ['rose', 'fell'],
  ['risen', 'fallen'],
  ['rising', 'falling'],
  ['increase', 'decrease'],
  ['increased', 'decreased'],
  ['increases', 'decreases'],
  ['raised', 'cut'],
  ['raise', 'cut'],
  ['grew', 'shrank'],
  ['growth', 'decline'],
  ['win', 'lose'],
  ['won', 'lost'],
  ['wins', 'loses'],
  ['winning', 'losing'],
  ['victory', 'defeat'],
  ['approve', 'reject'],
  ['approved', 'rejected'],
  ['approves', 'rejects'],
  ['accepted', 'rejected'],
  ['loss', 'profit'],
  ['losses', 'profits'],
  ['open', 'close'],
  ['opened', 'closed'],
  ['opens', 'closes'],
  ['reopened', 'shut'],
  ['convicted', 'acquitted'],
  ['allowed', 'banned'],
  ['higher', 'lower'],
];
const OPPOSITE = new Map<string, string>();
for (const [x, y] of PAIRS) {
  if (!OPPOSITE.has(x)) OPPOSITE.set(x, y);
  if (!OPPOSITE.has(y)) OPPOSITE.set(y, x);
}

const capital = (w: string, like: string) => (/^\p{Lu}/u.test(like) ? w[0]?.toUpperCase() + w.slice(1) : w);

/** The first word of a pair the claim writes too (not in a name), told as its opposite; null when none. */
export function antonym(t: PartTarget): string | null {
  const hit = t.tokens.find(
    (k: Tok) => k.pos !== 'PROPN' && OPPOSITE.has(k.norm) && t.claimNorms.has(k.norm),
  );
  if (!hit) return null;
  const to = capital(OPPOSITE.get(hit.norm) as string, hit.text);
  return t.text.slice(0, hit.start) + to + t.text.slice(hit.end);
}
