import type { DomDocument, DomElement, DomNode } from './dom.ts';

/** What metadata needs from a page, gathered in one walk over its elements. */
export interface PageScan {
  /** `<meta>` name/property/itemprop (lower-cased) -> content, first one wins. */
  readonly metas: Map<string, string>;
  /** Texts of `<script type="application/ld+json">` blocks. */
  readonly jsonLd: string[];
  canonical: string | null;
  h1: string | null;
  title: string | null;
  lang: string | null;
  /** `datetime` (or text) of the first `<time>` marked as published, and of the first `<time>` at all. */
  timePublished: string | null;
  timeAny: string | null;
  /**
   * The `<time>` a reader sees as the article's (its `datetime` and its text, "2 December 2026,
   * 07:30"): the first inside an `<article>` after the headline, else inside an `<article>`, else
   * after the `<h1>`, else the first at all; a time marked as modified is none.
   */
  timeShown: { readonly datetime: string | null; readonly text: string | null; readonly rank: number } | null;
  timeModified: string | null;
  /** Texts of the first elements marked as author: `rel=author`, `itemprop=author`, byline classes. */
  relAuthor: string | null;
  itempropAuthor: string | null;
  classByline: string | null;
}

const BYLINE_CLASS = /(?:^|\s)(?:byline|author-name|article-author|author)(?:\s|$)/i;

const textOf = (el: DomElement): string | null => (el.textContent ?? '').replace(/\s+/g, ' ').trim() || null;
const timeOf = (el: DomElement): string | null => el.getAttribute('datetime')?.trim() || textOf(el);

function itempropName(el: DomElement): string | null {
  const name =
    el.getAttribute('content') ?? el.querySelector('[itemprop="name"]')?.textContent ?? el.textContent;
  return name?.replace(/\s+/g, ' ').trim() || null;
}

/** Walk a page's elements once (iteratively) and gather the metadata carriers. */
export function scanPage(document: DomDocument): PageScan {
  const scan: PageScan = {
    metas: new Map(),
    jsonLd: [],
    canonical: null,
    h1: null,
    title: null,
    lang: document.documentElement?.getAttribute('lang')?.trim() || null,
    timePublished: null,
    timeAny: null,
    timeShown: null,
    timeModified: null,
    relAuthor: null,
    itempropAuthor: null,
    classByline: null,
  };
  const root = document.documentElement;
  const stack: DomNode[] = root ? [root] : [];
  while (stack.length) {
    const el = stack.pop() as DomElement;
    visit(el, scan);
    // children pushed in reverse so that elements are visited in document order
    const children: DomNode[] = [];
    for (let child = el.firstChild; child; child = child.nextSibling)
      if (child.nodeType === 1) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DomNode);
  }
  return scan;
}

function visit(el: DomElement, scan: PageScan): void {
  const tag = el.localName;
  if (tag === 'meta') {
    const name = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      el.getAttribute('http-equiv') ??
      ''
    )
      .trim()
      .toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (name && content && !scan.metas.has(name)) scan.metas.set(name, content);
    return;
  }
  if (tag === 'script') {
    if (el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json')
      scan.jsonLd.push(el.textContent ?? '');
    return;
  }
  if (tag === 'link') {
    if (!scan.canonical && el.getAttribute('rel')?.toLowerCase() === 'canonical')
      scan.canonical = el.getAttribute('href');
    return;
  }
  if (tag === 'title') scan.title ??= textOf(el);
  else if (tag === 'h1') scan.h1 ??= textOf(el);
  else if (tag === 'time') {
    const prop = el.getAttribute('itemprop');
    const modified =
      prop === 'dateModified' || /(?:^|\s)updated(?:\s|$)/.test(el.getAttribute('class') ?? '');
    if (modified) scan.timeModified ??= timeOf(el);
    else if (prop === 'datePublished' || el.hasAttribute('pubdate')) scan.timePublished ??= timeOf(el);
    else if (el.hasAttribute('datetime')) scan.timeAny ??= timeOf(el);
    if (!modified) {
      // nearest the headline: in the article's own element, after its <h1> (a time in a site's
      // header, a sidebar's list or a footer before it is the page's, not the article's)
      const rank = (el.closest('article') ? 2 : 0) + (scan.h1 !== null ? 1 : 0);
      if (!scan.timeShown || rank > scan.timeShown.rank)
        scan.timeShown = { datetime: el.getAttribute('datetime')?.trim() || null, text: textOf(el), rank };
    }
  }
  if (!scan.relAuthor && el.getAttribute('rel') === 'author') scan.relAuthor = textOf(el);
  if (!scan.itempropAuthor && el.getAttribute('itemprop') === 'author')
    scan.itempropAuthor = itempropName(el);
  if (!scan.classByline) {
    const cls = el.getAttribute('class');
    if (cls && BYLINE_CLASS.test(cls)) scan.classByline = textOf(el);
  }
}
