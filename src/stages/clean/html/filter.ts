import type { Media, Removed } from '../../../model/index.ts';
import { TEXT_RULES, type TextRule } from './data/boilerplate.ts';
import { EDGE_PARAGRAPHS, LINK_DENSITY, TEASER_MAX_WORDS, WORD } from './patterns.ts';
import type { Aside, Block } from './walk.ts';

/** Body paragraphs with what was removed or set apart as media. */
export interface Filtered {
  readonly paragraphs: { kind: 'text' | 'heading'; text: string }[];
  readonly removed: Removed[];
  readonly media: Media[];
}

const words = (text: string): number => text.match(WORD)?.length ?? 0;
const key = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The first text rule that matches a paragraph at a given position, if any. */
export function matchText(
  text: string,
  index: number,
  count: number,
  rules: readonly TextRule[] = TEXT_RULES,
): TextRule | undefined {
  const n = words(text);
  const edge = index < EDGE_PARAGRAPHS || index >= count - EDGE_PARAGRAPHS;
  for (const rule of rules) {
    if (n > rule.maxWords || (rule.edgeOnly && !edge)) continue;
    if (rule.pattern.test(text)) return rule;
  }
  return undefined;
}

/**
 * Sort blocks into body paragraphs, removed boilerplate and media: text rules, teaser links (a
 * short paragraph that is all link), runs of linked list items, and the headline or byline repeated
 * at the top of the body.
 */
export function filterBlocks(
  blocks: readonly Block[],
  asides: readonly Aside[],
  known: { title: string | null; byline: string | null },
  rules: readonly TextRule[] = TEXT_RULES,
): Filtered {
  const out: Filtered = { paragraphs: [], removed: [], media: [] };
  for (const aside of asides) {
    if (aside.action === 'remove') out.removed.push({ text: aside.text, reason: aside.reason });
    else out.media.push({ kind: aside.action, text: aside.text });
  }
  const title = known.title ? key(known.title) : '';
  const byline = known.byline ? key(known.byline) : '';
  const linked = blocks.map((b) => b.kind === 'text' && b.linkChars >= b.text.length * LINK_DENSITY);
  blocks.forEach((block, i) => {
    const k = key(block.text);
    let reason: string | undefined;
    let action: 'remove' | 'caption' | 'credit' = 'remove';
    if (i < EDGE_PARAGRAPHS + 2 && title && k === title) reason = 'headline';
    else if (i < EDGE_PARAGRAPHS + 2 && byline && (k === byline || k === `by ${byline}`)) reason = 'byline';
    else if (linked[i] && words(block.text) <= TEASER_MAX_WORDS) {
      const run = block.tag === 'li' && (linked[i - 1] || linked[i + 1]);
      if (run || block.tag !== 'li') reason = run ? 'link list' : 'inline teaser';
    }
    if (!reason) {
      const rule = matchText(block.text, i, blocks.length, rules);
      if (rule) {
        reason = rule.reason;
        action = rule.action;
      }
    }
    if (!reason) out.paragraphs.push({ kind: block.kind, text: block.text });
    else if (action === 'remove') out.removed.push({ text: block.text, reason });
    else out.media.push({ kind: action, text: block.text });
  });
  return out;
}
