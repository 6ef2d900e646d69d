import type { Article } from '../../model/index.ts';
import { shorten } from '../util.ts';

/** What a copy changed of its original: the original's paragraphs it does not carry, and its own new ones. */
export interface CopyEdits {
  readonly cut: readonly string[];
  readonly added: readonly string[];
  /** Paragraphs of the original the copy carries reworded (most of their words kept): the original's form. */
  readonly edited: readonly string[];
}

// A paragraph as compared: case, spacing and quotation marks' shapes aside.
const key = (p: string) =>
  p
    .toLowerCase()
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’‚]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The paragraphs of `original` that `copy` does not carry and those of `copy` that `original` does not,
 * each in its article's order; a paragraph the copy edited is both (its old form cut, its new added).
 */
export function copyEdits(copy: Article, original: Article): CopyEdits {
  const inCopy = new Set(copy.body.map(key));
  const inOriginal = new Set(original.body.map(key));
  const gone = original.body.filter((p) => !inCopy.has(key(p)));
  const added = copy.body.filter((p) => !inOriginal.has(key(p)));
  // a paragraph carried reworded is neither cut nor new: it and its new form share most words
  const pairs = new Map<string, string>();
  for (const p of gone) {
    const match = added.find((q) => ![...pairs.values()].includes(q) && sameWords(p, q));
    if (match) pairs.set(p, match);
  }
  const reworded = new Set(pairs.values());
  return {
    cut: gone.filter((p) => !pairs.has(p)),
    added: added.filter((q) => !reworded.has(q)),
    edited: gone.filter((p) => pairs.has(p)),
  };
}

const wordsOf = (p: string) => new Set(key(p).match(/[\p{L}\p{N}]+/gu) ?? []);

// Whether two paragraphs share at least half of their words (of the two together).
function sameWords(a: string, b: string): boolean {
  const [x, y] = [wordsOf(a), wordsOf(b)];
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared * 2 >= x.size + y.size - shared;
}

const SHOWN = 3;

// "cuts 2 paragraphs (“…”, “…”)"
function listed(verb: string, paragraphs: readonly string[]): string {
  if (!paragraphs.length) return '';
  const shown = paragraphs.slice(0, SHOWN).map((p) => `“${shorten(p, 70)}”`);
  const more = paragraphs.length > SHOWN ? `, ${paragraphs.length - SHOWN} more` : '';
  return `${verb} ${paragraphs.length} paragraph${paragraphs.length === 1 ? '' : 's'} (${shown.join(', ')}${more})`;
}

/**
 * What a copy cut, added and reworded, said in a few words ("cuts 1 paragraph (“…”); adds 1 paragraph
 * (“…”); rewords 2 paragraphs"); '' with no change.
 */
export function copyEditsText(edits: CopyEdits): string {
  const reworded = edits.edited.length
    ? `rewords ${edits.edited.length} paragraph${edits.edited.length === 1 ? '' : 's'}`
    : '';
  return [listed('cuts', edits.cut), listed('adds', edits.added), reworded].filter(Boolean).join('; ');
}
