/**
 * Finding a labelled sentence again: in Parallax's cleaned text of an article (exact, else with every
 * run of whitespace folded to one space), and the segmented sentence that best covers it.
 */

/** Where a needle was found, and whether it took whitespace folding. */
export interface Located {
  readonly start: number;
  readonly end: number;
  readonly exact: boolean;
}

/** Locate `needle` in `haystack`: exact match first, else whitespace-folded match mapped back to offsets. */
export function locateText(haystack: string, needle: string): Located | null {
  const exact = haystack.indexOf(needle);
  if (exact >= 0) return { start: exact, end: exact + needle.length, exact: true };
  // fold the haystack, remembering where each folded character came from
  let folded = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < haystack.length; i++) {
    const ch = haystack[i] as string;
    if (/\s/.test(ch)) {
      if (!inSpace) {
        folded += ' ';
        origin.push(i);
      }
      inSpace = true;
    } else {
      folded += ch;
      origin.push(i);
      inSpace = false;
    }
  }
  const target = needle.replace(/\s+/g, ' ').trim();
  if (!target) return null;
  const at = folded.indexOf(target);
  if (at < 0) return null;
  const last = origin[at + target.length - 1] as number;
  return { start: origin[at] as number, end: last + 1, exact: false };
}

/** The index of the span that overlaps [start, end) the most (ties: the first), or -1 when none overlaps. */
export function bestOverlap(
  spans: readonly { start: number; end: number }[],
  start: number,
  end: number,
): number {
  let best = -1;
  let bestOverlapLength = 0;
  spans.forEach((s, i) => {
    const overlap = Math.min(s.end, end) - Math.max(s.start, start);
    if (overlap > bestOverlapLength) {
      best = i;
      bestOverlapLength = overlap;
    }
  });
  return best;
}
