import { createRequire } from 'node:module';
import type { DomDocument, DomNode } from './dom.ts';

const BODY = /<body[\s>]/i;
const HTML_OPEN = /<html(?:\s[^>]*)?>/i;
const HEAD_CLOSE = /<\/head\s*>/i;

/**
 * Give a page the `<html><body>` frame that linkedom needs (it does not build the implied elements
 * of truncated pages or fragments the way browsers do, and loses their content otherwise).
 */
export function frameHtml(html: string): string {
  if (BODY.test(html) && HTML_OPEN.test(html)) return html;
  let source = html.replace(/^\s*<!doctype[^>]*>/i, '');
  if (!BODY.test(source)) {
    source = source.replace(/<\/(?:html|body)\s*>/gi, '');
    const head = HEAD_CLOSE.exec(source);
    const open = head ? null : HTML_OPEN.exec(source);
    const at = head ? head.index + head[0].length : open ? open.index + open[0].length : 0;
    source = `${source.slice(0, at)}<body>${source.slice(at)}</body>`;
  }
  if (!HTML_OPEN.test(source)) source = `<html>${source}</html>`;
  return `<!DOCTYPE html>${source}`;
}

type Linkedom = typeof import('linkedom');
let linkedom: Linkedom | undefined;
/**
 * linkedom, loaded the first time a page is parsed: loading it costs some 120-160 ms of CPU, which a
 * run with no HTML input (plain text, JSONL, `parallax story`) need not pay.
 */
const loadLinkedom = (): Linkedom => {
  linkedom ??= createRequire(import.meta.url)('linkedom') as Linkedom;
  return linkedom;
};

/** Parse a page (full document, fragment or truncated) into a linkedom document with a body. */
export function parsePage(html: string): DomDocument {
  return loadLinkedom().parseHTML(frameHtml(html)).document as unknown as DomDocument;
}

/**
 * Count a page's elements and its deepest nesting, stopping once both limits are passed (the
 * walk is iterative, so pathological nesting cannot overflow the stack).
 */
export function measurePage(
  document: DomDocument,
  maxElements: number,
  maxDepth: number,
): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: [DomNode, number][] = document.body ? [[document.body, 0]] : [];
  while (stack.length) {
    const [node, d] = stack.pop() as [DomNode, number];
    elements++;
    if (d > depth) depth = d;
    if (elements > maxElements && depth > maxDepth) break;
    for (let child = node.firstChild; child; child = child.nextSibling)
      if (child.nodeType === 1) stack.push([child, d + 1]);
  }
  return { elements, depth };
}
