// How a claim is shown: its clause without a leading connector, its quotation marks paired, and
// for a sentence that opens inside a quotation begun in the sentence before ('"They knew. Everybody
// knew," said …'), that quotation whole, from its opening mark.
import type { Sentence, Span } from '../../model/index.ts';
import { CLAUSE_CONNECTORS } from './data/clause-words.ts';
import { compact } from './text.ts';

// "and" too: a clause cut after ", and" is shown without it ("And a recording said …")
const LEADING_CONNECTOR = new RegExp(`^(${[...CLAUSE_CONNECTORS, 'and'].join('|')})\\s+`, 'i');

/** A clause shown on its own: without a leading connector ("but", "while"), starting upper-case. */
export function displayText(text: string): string {
  let bare = compact(text).replace(LEADING_CONNECTOR, '');
  // a clause cut from a longer quotation gets its missing quotation mark back; a straight mark may
  // stand for either (`"Hopefully now we can … stop” the virus`): no mark is added beside one
  const opens = (bare.match(/“/g) ?? []).length;
  const closes = (bare.match(/”/g) ?? []).length;
  const straight = (bare.match(/"/g) ?? []).length;
  if (opens > closes + straight) bare = `${bare}”`;
  else if (closes > opens + straight) bare = `“${bare}`;
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

// at most this many sentences before it for a quotation's opening (a longer one is not shown whole)
const OPENING_SENTENCES = 2;
const OPENING_MARK = /["“«‘']/u;

/**
 * Where the quotation that sentence `k` opens inside of begins: the opening mark of a quoted region
 * (`quoted`, sorted) that starts in one of the two sentences before it, in its paragraph; null when the
 * sentence does not open inside a quotation begun before it.
 * @example
 * // '"They knew. Everybody knew," said Ada Brin.' segmented as two sentences
 * quotationOpening(text, sentences, 1, quoted) // 0: the '"' before "They"
 */
export function quotationOpening(
  text: string,
  sentences: readonly Sentence[],
  k: number,
  quoted: readonly Span[],
): number | null {
  const sentence = sentences[k] as Sentence;
  const region = quoted.find((r) => r.start < sentence.start && r.end > sentence.start);
  if (!region) return null;
  for (let j = k - 1; j >= Math.max(0, k - OPENING_SENTENCES); j--) {
    const before = sentences[j] as Sentence;
    if (before.paragraph !== sentence.paragraph) return null;
    if (region.start < before.start) continue;
    // the region's own opening mark, inside it or just before it
    const at = text.slice(region.start - 1, region.start + 1).search(OPENING_MARK);
    return at < 0 ? null : region.start - 1 + at;
  }
  return null;
}
