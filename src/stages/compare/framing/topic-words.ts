import type { SegmentedArticle } from '../../../model/index.ts';
import { hasLetter } from '../text.ts';
import { lineWords } from './tone.ts';
import { toneEntryOf } from './word-tone.ts';

// The tone lexicon's entries an article uses anywhere: headline, own voice and quotes alike.
function entriesOf(doc: SegmentedArticle): Set<string> {
  const found = new Set<string>();
  const add = (text: string, next: string | undefined) => {
    const entry = hasLetter(text) ? toneEntryOf(text, next) : null;
    if (entry !== null) found.add(entry);
  };
  for (const s of doc.sentences) for (const [k, t] of s.tokens.entries()) add(t.text, s.tokens[k + 1]?.text);
  const title = doc.article.titleInferred ? null : doc.article.title;
  const words = title ? lineWords(title) : [];
  for (const [k, w] of words.entries()) add(w, words[k + 1]);
  return found;
}

/**
 * The story's own vocabulary among the tone lexicon's entries: those used by more than half of its
 * sides (`sides`: article id → side, a copy on its source's side and an outlet's articles on one side),
 * and by two at least. "Close" where a closure is the story, "crash" where a crash is, tells its subject,
 * not an outlet's tone; a story of one side has none.
 */
export function storyToneWords(
  docs: readonly SegmentedArticle[],
  sides: ReadonlyMap<string, string>,
): Set<string> {
  const bySide = new Map<string, Set<string>>();
  for (const doc of docs) {
    const side = sides.get(doc.article.id) ?? doc.article.id;
    const entries = bySide.get(side) ?? new Set<string>();
    for (const e of entriesOf(doc)) entries.add(e);
    bySide.set(side, entries);
  }
  const uses = new Map<string, number>();
  for (const entries of bySide.values()) for (const e of entries) uses.set(e, (uses.get(e) ?? 0) + 1);
  const most = Math.max(2, Math.floor(bySide.size / 2) + 1);
  return new Set([...uses].filter(([, n]) => n >= most).map(([e]) => e));
}
