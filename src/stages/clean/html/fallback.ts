/** The fallback when Readability finds nothing or too little: the densest container of prose. */
import type { DomDocument, DomElement } from './dom.ts';

const SCORED = ['p', 'pre', 'blockquote', 'div', 'td'];
const MIN_CHARS = 25;
/** A `div` or `td` counts only for the text it holds directly (not in child elements). */
const OWN_TEXT_TAGS = new Set(['div', 'td']);
const OUTSIDE = 'footer, header, nav, aside';

function ownText(el: DomElement): number {
  let length = 0;
  for (let child = el.firstChild; child; child = child.nextSibling)
    if (child.nodeType === 3) length += (child.nodeValue ?? '').trim().length;
  return length;
}

function linkText(el: DomElement): number {
  let length = 0;
  for (const a of el.getElementsByTagName('a')) length += (a.textContent ?? '').trim().length;
  return length;
}

/**
 * The element holding the most prose: every paragraph-like element adds its length, less its link
 * text, to its parent and half of it to its grandparent; page headers and footers do not count; a
 * page without paragraphs falls back to its body.
 */
export function densestContainer(document: DomDocument): DomElement | null {
  const body = document.body;
  if (!body) return null;
  const scores = new Map<DomElement, number>();
  const add = (el: DomElement | null, value: number): void => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + value);
  };
  for (const tag of SCORED)
    for (const el of body.getElementsByTagName(tag)) {
      const own = OWN_TEXT_TAGS.has(tag);
      const length = own ? ownText(el) : (el.textContent ?? '').trim().length;
      if (length < MIN_CHARS || el.closest(OUTSIDE)) continue;
      const value = own ? length : Math.max(0, length - 2 * linkText(el));
      if (own) add(el, value);
      const parent = el.parentElement;
      add(own ? parent : parent, own ? value / 2 : value);
      if (!own) add(parent?.parentElement ?? null, value / 2);
    }
  let best: DomElement = body;
  let bestScore = 0;
  for (const [el, score] of scores)
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  return best;
}
