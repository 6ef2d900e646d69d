import type { DomElement } from './dom.ts';

const CONTROLS = new Set(['FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);
// words of a consent notice's own text, whatever its box is called
const CONSENT = /\b(?:cookies?|consent|our (?:\d+ )?partners)\b/i;

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Whether an element that a rule names and that holds some of the page's long paragraphs (but not
 * enough to wrap the article) has a widget's shape: a heading of its own (h2–h6), a form control,
 * a list of links (link text at least a third of its text), or a consent notice's words. An element
 * holding the page's h1 is the article's; one holding plain paragraphs only (a metered page's
 * `<div class="paywall">` around the article's second half) is taken for the article's too.
 * Written on invented pages (prune.test); counting alone cannot tell one widget paragraph from one
 * of a short article's.
 */
export function widgetShaped(el: DomElement): boolean {
  if (el.tagName === 'H1' || el.getElementsByTagName('h1').length > 0) return false;
  if (CONTROLS.has(el.tagName)) return true;
  if (el.querySelectorAll('h2,h3,h4,h5,h6,[role="heading"],form,button,input,select,textarea').length > 0)
    return true;
  const text = squash(el.textContent);
  if (!text) return true;
  let linked = 0;
  for (const a of el.getElementsByTagName('a')) linked += squash(a.textContent).length;
  if (linked * 3 >= text.length) return true;
  return CONSENT.test(text);
}
