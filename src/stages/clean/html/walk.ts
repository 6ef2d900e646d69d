import type { RuleAction } from './data/boilerplate.ts';
import type { DomElement, DomNode } from './dom.ts';
import {
  BLOCK_TAGS,
  CELL_TAGS,
  HEADING_TAGS,
  LONG_PARAGRAPH_CHARS,
  MAX_WALK_DEPTH,
  SKIP_TAGS,
  SPACES,
  WIDGET_TAIL,
} from './patterns.ts';
import { type CompiledRule, matchElement } from './prune.ts';

/** One block of text read from the article element, before text rules are applied. */
export interface Block {
  readonly kind: 'text' | 'heading';
  readonly text: string;
  /** Characters of the text that sit inside links. */
  readonly linkChars: number;
  /** The tag of the block element that holds it (`p`, `li`, `div`, ...). */
  readonly tag: string;
}

/** Text set apart while walking: captions and credits, or boilerplate elements by reason. */
export interface Aside {
  readonly action: RuleAction;
  readonly reason: string;
  readonly text: string;
}

// Rules inside the article never take out an element holding a long paragraph: a class such as
// "story-share-enabled" on the body container must not remove the body.
function holdsProse(el: DomElement): boolean {
  for (const p of el.getElementsByTagName('p'))
    if ((p.textContent?.length ?? 0) >= LONG_PARAGRAPH_CHARS) return true;
  return false;
}

function linkLength(el: DomElement): number {
  let length = 0;
  for (const a of el.getElementsByTagName('a')) length += clean(a.textContent ?? '').length;
  return length;
}

const clean = (text: string): string => text.replace(SPACES, ' ').trim().replace(WIDGET_TAIL, '');

/**
 * Read an article element into blocks, one per block-level element or `<br>`-separated run;
 * headings become `heading` blocks; captions, credits and boilerplate elements matched by a rule
 * are set apart with their reason instead of being read as body text.
 */
export function walkArticle(
  root: DomElement,
  rules: readonly CompiledRule[],
): { blocks: Block[]; asides: Aside[] } {
  const blocks: Block[] = [];
  const asides: Aside[] = [];
  let buffer = '';
  let linkChars = 0;
  let tag = 'div';
  const flush = (): void => {
    const text = clean(buffer);
    if (text) blocks.push({ kind: 'text', text, linkChars: Math.min(linkChars, text.length), tag });
    buffer = '';
    linkChars = 0;
  };
  const visit = (node: DomNode, inLink: boolean, blockTag: string, depth: number): void => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      buffer += value;
      if (inLink) linkChars += value.replace(SPACES, ' ').trim().length;
      tag = blockTag;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as DomElement;
    const name = el.localName.toLowerCase();
    if (SKIP_TAGS.has(name)) return;
    if (name === 'br' || name === 'hr') {
      flush();
      return;
    }
    if (name === 'figcaption') {
      flush();
      const text = clean(el.textContent ?? '');
      if (text) asides.push({ action: 'caption', reason: 'photo caption', text });
      return;
    }
    const rule = matchElement(el, rules);
    if (rule && !holdsProse(el)) {
      flush();
      const text = clean(el.textContent ?? '');
      if (text) asides.push({ action: rule.rule.action, reason: rule.rule.reason, text });
      return;
    }
    if (HEADING_TAGS.has(name)) {
      flush();
      const text = clean(el.textContent ?? '');
      if (text) blocks.push({ kind: 'heading', text, linkChars: linkLength(el), tag: name });
      return;
    }
    if (depth > MAX_WALK_DEPTH) {
      // Pathological nesting: read the rest as one block rather than recursing further.
      flush();
      buffer = el.textContent ?? '';
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(name);
    if (block) flush();
    if (CELL_TAGS.has(name)) buffer += ' ';
    const link = inLink || name === 'a';
    const childTag = block ? name : blockTag;
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child, link, childTag, depth + 1);
    if (CELL_TAGS.has(name)) buffer += ' ';
    if (block) flush();
  };
  visit(root, false, 'div', 0);
  flush();
  return { blocks, asides };
}
