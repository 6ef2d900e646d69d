// wink-nlp's part-of-speech tags, corrected where its tagger is known to misread a word (data/tag-fixes.ts):
// the one place every reading of tags goes through (the segment stage, the headline).
import { TAG_FIXES } from './data/tag-fixes.ts';

const PLURAL = /[^s]s$/;

/**
 * The tags of a text's tokens (wink's `pos`, `SPACE` tokens included and skipped as neighbours), with
 * the known misreadings corrected: a new array where one applies, else `tags` itself.
 * @example
 * correctTags(['the', 'river', 'burst', 'its', 'banks'], ['DET', 'NOUN', 'NOUN', 'PRON', 'NOUN'])[2] // 'VERB'
 */
export function correctTags(norms: readonly string[], tags: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let i = 0; i < norms.length; i++) {
    const fixes = TAG_FIXES[norms[i] as string];
    if (!fixes) continue;
    const before = neighbour(tags, i, -1);
    const after = neighbour(tags, i, 1);
    const fix = fixes.find(
      (f) =>
        f.from.includes(tags[i] as string) &&
        (f.before === undefined || f.before.includes(before < 0 ? '' : (tags[before] as string))) &&
        (f.pluralBefore !== true || PLURAL.test(norms[before] ?? '')) &&
        (f.after === undefined || (after >= 0 && f.after.includes(tags[after] as string))),
    );
    if (!fix) continue;
    out ??= [...tags];
    out[i] = fix.to;
  }
  return out ?? tags;
}

// The index of the nearest token that is not white space, in `step`'s direction (-1 when none).
function neighbour(tags: readonly string[], i: number, step: 1 | -1): number {
  let k = i + step;
  while (k >= 0 && k < tags.length && tags[k] === 'SPACE') k += step;
  return k >= 0 && k < tags.length ? k : -1;
}
