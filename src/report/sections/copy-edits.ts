import type { Article } from '../../model/index.ts';
import { shorten } from '../util.ts';

/** What a copy changed of its original: the original's paragraphs it does not carry, and its own new ones. */
export interface CopyEdits {
  readonly cut: readonly string[];
  readonly added: readonly string[];
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
  return {
    cut: original.body.filter((p) => !inCopy.has(key(p))),
    added: copy.body.filter((p) => !inOriginal.has(key(p))),
  };
}

const SHOWN = 3;

// "cuts 2 paragraphs (“…”, “…”)"
function listed(verb: string, paragraphs: readonly string[]): string {
  if (!paragraphs.length) return '';
  const shown = paragraphs.slice(0, SHOWN).map((p) => `“${shorten(p, 70)}”`);
  const more = paragraphs.length > SHOWN ? `, ${paragraphs.length - SHOWN} more` : '';
  return `${verb} ${paragraphs.length} paragraph${paragraphs.length === 1 ? '' : 's'} (${shown.join(', ')}${more})`;
}

/** What a copy cut and added, said in a few words ("cuts 1 paragraph (“…”); adds 1 paragraph (“…”)"); '' with no change. */
export function copyEditsText(edits: CopyEdits): string {
  return [listed('cuts', edits.cut), listed('adds', edits.added)].filter(Boolean).join('; ');
}
