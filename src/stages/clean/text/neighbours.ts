// Lines decided by the lines around them: a caption above its credit, a repeated line, the teaser
// after a "Read more" label and the items of an announced list.
import { type Draft, decide } from './draft.ts';
import { headlineLike, type Line } from './lines.ts';
import { TUNING } from './patterns.ts';

/** A short line directly above a photo credit, in the same block, is that photo's caption. */
export function markCaptionsAboveCredits(lines: readonly Line[], drafts: Draft[]): void {
  lines.forEach((line, i) => {
    const prev = drafts[i - 1];
    const prevLine = lines[i - 1];
    if (drafts[i]?.kind !== 'credit' || !line.joinedToPrev || !prev || !prevLine) return;
    if (prev.kind !== null && prev.kind !== 'heading') return;
    if (prev.prose && prevLine.joinedToPrev) return;
    decide(prev, 'caption', 'caption-above-credit', 'photo caption directly above its credit');
  });
}

/** A line repeating an earlier one takes its kind (a caption shown twice); a repeated prose line is a pull quote. */
export function markRepeats(lines: readonly Line[], drafts: Draft[]): void {
  const seen = new Map<string, number>();
  lines.forEach((line, i) => {
    const draft = drafts[i] as Draft;
    if (line.norm.length < 3) return;
    const key = line.norm.slice(0, TUNING.repeatPrefixChars);
    const j = seen.get(key);
    if (j === undefined) {
      seen.set(key, i);
      return;
    }
    const earlier = drafts[j] as Draft;
    if (draft.kind !== null) return;
    if (earlier.kind === 'title' && line.norm === lines[j]?.norm) {
      decide(draft, 'repeat', 'repeat-title', `repeats the title (line ${lines[j]?.lineNo})`);
    } else if (earlier.kind !== null && earlier.kind !== 'heading' && earlier.kind !== 'body') {
      const kind = earlier.kind === 'title' || earlier.kind === 'byline' ? 'repeat' : earlier.kind;
      decide(draft, kind, 'repeat-line', `repeats line ${lines[j]?.lineNo} (${earlier.kind})`);
    } else if (line.norm === lines[j]?.norm && line.words >= TUNING.repeatMinWords) {
      decide(draft, 'repeat', 'repeat-pull-quote', `repeats line ${lines[j]?.lineNo} (pull quote)`);
    }
  });
}

/**
 * After a "Read more" label, the next headline-like line is the teaser; after "Related posts", the
 * list; after a prose line ending with a colon, the short lines are the items of the list it announces.
 */
export function markFollowers(lines: readonly Line[], drafts: Draft[]): void {
  let related = false;
  let announced = false;
  lines.forEach((line, i) => {
    const draft = drafts[i] as Draft;
    const prev = drafts[i - 1];
    if (draft.kind === null && prev && !draft.prose) {
      if (announced) {
        decide(draft, 'body', 'list-item', 'item of a list announced by a line ending with a colon');
        const intro = drafts[i - 1];
        if (intro?.kind === null) decide(intro, 'body', 'list-intro', 'line announcing a list');
      } else if (prev.rule === 'teaser-label' && headlineLike(line))
        decide(draft, 'teaser', 'teaser-after-label', 'story link after a teaser label');
      else if (related && headlineLike(line))
        decide(draft, 'headline', 'headline-after-list-label', 'story link in a related list');
    }
    related =
      draft.rule === 'trailer-related-list' || (related && draft.rule === 'headline-after-list-label');
    const opens = draft.kind === null && /:$/.test(line.text) && line.words >= 3;
    announced = opens || (announced && draft.rule === 'list-item');
  });
}
