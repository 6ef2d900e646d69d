/**
 * A metamorphic edit of a count written in words: a small count ("five", "twenty"), "a dozen" or a
 * share ("two-thirds") the claim writes too, told as another ("five" → "eight", "a dozen" → "two
 * dozen", "two-thirds" → "one-third"). Breaks support: the figure is another.
 */
import type { PartTarget } from './perturb-parts.ts';

const SMALL = 'two three four five six seven eight nine ten eleven twelve'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const SHARES: Readonly<Record<string, string>> = {
  'one-third': 'two-thirds',
  'two-thirds': 'one-third',
  'one-quarter': 'three-quarters',
  'three-quarters': 'one-quarter',
  'one-fourth': 'three-fourths',
  'three-fourths': 'one-fourth',
  'one-half': 'one-third',
};

const capital = (w: string, like: string) => (/^\p{Lu}/u.test(like) ? w[0]?.toUpperCase() + w.slice(1) : w);
// another of a list, three places on ("five" → "eight"), wrapping
const shifted = (list: readonly string[], i: number) => list[(i + 3) % list.length] as string;

/** The first count in words the claim writes too, told as another value; null when there is none. */
export function otherCountWord(t: PartTarget): string | null {
  const hits: { start: number; end: number; to: string }[] = [];
  const words =
    /\b(a dozen|one-third|two-thirds|one-quarter|three-quarters|one-fourth|three-fourths|one-half|[A-Za-z]+)\b/gi;
  for (const m of t.text.matchAll(words)) {
    const w = (m[0] as string).toLowerCase();
    const at = m.index;
    const end = at + m[0].length;
    // a count glued into a word ("four-by-four", "twenty-two") or a date's ("the fifth") is left alone
    if (/[-/\d]/.test(t.text[at - 1] ?? ' ') || /[-/\d]/.test(t.text[end] ?? ' ')) continue;
    let to: string | null = null;
    if (w === 'a dozen') to = t.claimNorms.has('dozen') ? 'two dozen' : null;
    else if (w in SHARES)
      to = t.claimNorms.has(w) || t.claimNorms.has(w.split('-')[0] ?? '') ? (SHARES[w] ?? null) : null;
    else if (!t.claimNorms.has(w)) continue;
    else if (SMALL.includes(w)) to = shifted(SMALL, SMALL.indexOf(w));
    else if (TENS.includes(w)) to = shifted(TENS, TENS.indexOf(w));
    if (to) hits.push({ start: at, end, to: capital(to, m[0] as string) });
  }
  const hit = hits[0];
  return hit ? `${t.text.slice(0, hit.start)}${hit.to}${t.text.slice(hit.end)}` : null;
}
