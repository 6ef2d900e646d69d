import type { DomDocument, DomElement } from './dom.ts';

/** The fallback when Readability finds nothing or too little: the densest container of text. */

const SCORED = ['p', 'pre', 'blockquote', 'td', 'li', 'dd'];
const MIN_CHARS = 25;

/**
 * The element holding the most paragraph text: every paragraph-like element adds its length to its
 * parent and half of it to its grandparent; a page without paragraphs falls back to its body.
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
      const length = (el.textContent ?? '').trim().length;
      if (length < MIN_CHARS) continue;
      const parent = el.parentElement;
      add(parent, length);
      add(parent?.parentElement ?? null, length / 2);
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
