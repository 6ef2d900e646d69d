/**
 * The story page's only script, an enhancement (the page works without it): on reaching a `#…`
 * target it opens the expanders around it, highlights a cited passage that could not be wrapped in
 * an element (the CSS Custom Highlight API, where the browser has it), scrolls it to the middle,
 * makes "Back to the story" return to the citation that was tapped, and opens again, on coming back
 * through the history, the expanders that were open when the reader followed a link off the page.
 * No network, no eval, no inline handlers: served as a file under a strict CSP, inlined (with its
 * hash in the CSP) in the single-file report.
 */
export const STORY_PAGE_JS = `(() => {
  'use strict';
  // the stylesheet's no-script fallback for links into closed expanders steps aside
  document.documentElement.classList.add('px-js');
  let origin = null;
  const openAround = (el) => {
    for (let d = el.closest('details'); d; d = d.parentElement ? d.parentElement.closest('details') : null) d.open = true;
  };
  // A passage that crosses another one is an empty anchor with its length: highlight that many characters after it.
  const highlight = (anchor) => {
    if (!window.CSS || !CSS.highlights || typeof Highlight !== 'function') return;
    let left = Number(anchor.dataset.length) || 0;
    const range = document.createRange();
    range.setStartAfter(anchor);
    const root = anchor.closest('.px-article-text') || document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    walker.currentNode = anchor;
    let node = walker.nextNode();
    let last = null;
    let para = anchor.closest('p,h4');
    while (node && left > 0) {
      const here = node.parentElement ? node.parentElement.closest('p,h4') : null;
      if (here !== para) { left -= 2; para = here; if (left <= 0) break; }
      last = node;
      if (node.data.length >= left) { range.setEnd(node, left); left = 0; break; }
      left -= node.data.length;
      node = walker.nextNode();
    }
    if (left !== 0 && last) range.setEnd(last, last.data.length);
    CSS.highlights.set('px-hl', new Highlight(range));
  };
  const show = () => {
    let id = location.hash.slice(1);
    try { id = decodeURIComponent(id); } catch { return; }
    const el = id ? document.getElementById(id) : null;
    if (!el) return;
    openAround(el);
    if (window.CSS && CSS.highlights) CSS.highlights.delete('px-hl');
    if (el.classList.contains('px-ev-at')) highlight(el);
    if (el.classList.contains('px-ev')) el.scrollIntoView({ block: 'center' });
  };
  // the expanders open when the reader follows a link off the page are open again when they come back
  // through the history, so that the browser's own scroll restoration finds their place (page order)
  const expanders = () => document.querySelectorAll('details');
  const reopen = history.state && Array.isArray(history.state.pxOpen) ? history.state.pxOpen : [];
  for (const i of reopen) if (expanders()[i]) expanders()[i].open = true;
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    if (target.closest('a[href]:not([href^="#"])')) {
      const open = [...expanders()].map((d, i) => (d.open ? i : -1)).filter((i) => i >= 0);
      try { history.replaceState({ ...(history.state || {}), pxOpen: open }, ''); } catch {}
    }
    const link = target.closest('a[href^="#ev-"]');
    if (link) origin = link;
    const back = target.closest('a.px-back');
    if (back && origin && document.contains(origin)) {
      event.preventDefault();
      openAround(origin);
      origin.scrollIntoView({ block: 'center' });
      origin.focus({ preventScroll: true });
    }
  });
  window.addEventListener('hashchange', show);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();
`;
