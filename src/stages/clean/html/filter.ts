import type { Media, Removed } from '../../../model/index.ts';
import { parseByline } from '../text/byline.ts';
import { TEXT_RULES, type TextRule } from './data/boilerplate.ts';
import { DATE_WORDS } from './data/date-words.ts';
import { EDGE_PARAGRAPHS, LEAD_WORDS, LINK_DENSITY, TEASER_MAX_WORDS, WORD } from './patterns.ts';
import type { Aside, Block } from './walk.ts';

/** Body paragraphs with what was removed or set apart as media. */
export interface Filtered {
  readonly paragraphs: { kind: 'text' | 'heading'; text: string }[];
  readonly removed: Removed[];
  readonly media: Media[];
  /**
   * How many of `removed` came before the first paragraph of `LEAD_WORDS` words or more: the lines
   * above the article's text (a short kept line above it, a print page's header, does not end them).
   */
  lead: number;
}

const words = (text: string): number => text.match(WORD)?.length ?? 0;
const key = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Whether a line is only a date (and time): numbers, a year, and date words of several languages. */
export function isDateOnly(text: string): boolean {
  const tokens = text.toLowerCase().match(/\p{L}+|\d+/gu) ?? [];
  if (tokens.length === 0 || tokens.length > 16) return false;
  const hasYear = tokens.some((t) => /^(?:19|20)\d{2}$/.test(t));
  const hasNumber = tokens.some((t) => /^\d+$/.test(t));
  const hasMonth = tokens.some((t) => DATE_WORDS.has(t) && t.length >= 3);
  if (!(hasYear || (hasNumber && hasMonth))) return false;
  return tokens.every((t) => /^\d+$/.test(t) || DATE_WORDS.has(t));
}

// "Name is ...", "Name's book ...", "Name has ...": a note about the author after the article.
function isAuthorBio(text: string, byline: string | null): boolean {
  if (!byline) return false;
  const names = byline.split(/,\s*|\s+and\s+/).flatMap((full) => [full, full.split(/\s+/)[0] ?? '']);
  return names.some(
    (name) =>
      name.length > 1 &&
      text.startsWith(name) &&
      /^(?:\s+(?:is|was|has|writes|covers|reports)\b|['’]s\s)/u.test(text.slice(name.length)),
  );
}

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
  known: { title: string | null; byline: string | null; url?: string | null },
  rules: readonly TextRule[] = TEXT_RULES,
): Filtered {
  const out: Filtered = { paragraphs: [], removed: [], media: [], lead: 0 };
  for (const aside of asides) {
    if (aside.action === 'remove') out.removed.push({ text: aside.text, reason: aside.reason });
    else out.media.push({ kind: aside.action, text: aside.text });
  }
  const title = known.title ? key(known.title) : '';
  const byline = known.byline ? key(known.byline) : '';
  const url = known.url ? known.url.replace(/^https?:\/\/(?:www\.)?|\/$/g, '') : '';
  const linked = blocks.map((b) => b.linkChars >= b.text.length * LINK_DENSITY);
  const edge = (i: number): boolean => i < EDGE_PARAGRAPHS || i >= blocks.length - EDGE_PARAGRAPHS;
  let opened = false;
  blocks.forEach((block, i) => {
    const k = key(block.text);
    let reason: string | undefined;
    let action: 'remove' | 'caption' | 'credit' = 'remove';
    if (i < EDGE_PARAGRAPHS + 2 && title && k === title) reason = 'headline';
    else if (edge(i) && byline && (k === byline || k === `by ${byline}`)) reason = 'byline';
    else if (url && block.text.replace(/^https?:\/\/(?:www\.)?|\/$/g, '') === url) reason = 'permalink';
    else if (edge(i) && isDateOnly(block.text)) reason = 'dateline';
    // a byline line above the text, with a role or the date it was filed ("Jane Roe Economics editor ·
    // Dec 4, 2026 – 9.10am") when the page's metadata names no author
    else if (!opened && !byline && i < EDGE_PARAGRAPHS && parseByline(block.text)) reason = 'byline';
    else if (i >= blocks.length - EDGE_PARAGRAPHS && isAuthorBio(block.text, known.byline))
      reason = 'author bio';
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
    if (!reason) {
      if (!opened && words(block.text) >= LEAD_WORDS) {
        out.lead = out.removed.length;
        opened = true;
      }
      out.paragraphs.push({ kind: block.kind, text: block.text });
    } else if (action === 'remove') out.removed.push({ text: block.text, reason });
    else out.media.push({ kind: action, text: block.text });
  });
  if (!opened) out.lead = out.removed.length;
  return out;
}
