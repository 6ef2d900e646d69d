// A Markdown line's images and links, read as the text they show: an image goes, a link keeps its
// text. Each is `[text]` (`![alt]` for an image) right before its target. The text is at most 500
// characters and holds no `]`, so it ends at the first `]` after its opening: one look for that `]`
// serves every opening before it, and its target is read once. A line of openings with no `]` near
// ("[[[[…", "![![…") then costs one pass, where a regex tried at each opening reads up to 500
// characters ahead of every one of them (bench:hostile's "Markdown brackets": 1 MB in seconds).

/** Longest text between a link's or an image's brackets. */
const MAX_TEXT = 500;

/** One kind of bracketed mark: its opening, the least text it holds, its target, what it leaves. */
interface BracketMark {
  readonly open: string;
  readonly minText: number;
  /** The target right after the closing `]` (sticky). */
  readonly target: RegExp;
  readonly keepText: boolean;
}

// In the order they are read; each target is bounded in length as the text is.
const MARKS: readonly BracketMark[] = [
  // ![alt](src) goes
  { open: '![', minText: 0, target: /\([^)]{0,2048}\)/y, keepText: false },
  // [text](url "title") keeps its text; the url may hold one level of brackets
  { open: '[', minText: 1, target: /\((?:[^()]|\([^()]{0,256}\)){0,2048}\)/y, keepText: true },
  // [text][ref] keeps its text
  { open: '[', minText: 1, target: /\[[^\]]{0,500}\]/y, keepText: true },
];

/**
 * The line with one kind of mark replaced, left to right as a global regex replace would: at each
 * opening, the text up to the first `]` after it (minText to MAX_TEXT characters) and the target
 * right after that `]`.
 */
function replaceMarks(line: string, mark: BracketMark): string {
  const width = mark.open.length;
  let out = '';
  let kept = 0;
  let from = 0;
  for (let at = line.indexOf(mark.open, from); at >= 0; at = line.indexOf(mark.open, from)) {
    const start = at + width;
    const close = line.indexOf(']', start);
    // no `]` after it: none after any later opening either
    if (close < 0) break;
    const length = close - start;
    if (length > MAX_TEXT) {
      // every opening before this one's last in reach of the same `]` is too far from it
      from = Math.max(at + 1, close - MAX_TEXT - width);
      continue;
    }
    if (length < mark.minText) {
      from = at + 1;
      continue;
    }
    mark.target.lastIndex = close + 1;
    const target = mark.target.exec(line);
    if (target === null) {
      // every opening up to this `]` ends at it, before the same missing target
      from = close + 1;
      continue;
    }
    out += line.slice(kept, at) + (mark.keepText ? line.slice(start, close) : '');
    kept = from = close + 1 + target[0].length;
  }
  return kept === 0 ? line : out + line.slice(kept);
}

/** A Markdown line with its images removed and its links (inline or by reference) as their text. */
export function plainLinks(line: string): string {
  let plain = line;
  for (const mark of MARKS) plain = replaceMarks(plain, mark);
  return plain;
}
