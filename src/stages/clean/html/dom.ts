/**
 * The small part of the DOM the extractor uses, typed structurally: the project compiles without
 * the DOM library, and linkedom's own types do not resolve without it.
 */

/** A DOM node (element, text, comment). */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly textContent: string | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly parentNode: DomNode | null;
}

/** A DOM element. */
export interface DomElement extends DomNode {
  readonly localName: string;
  readonly tagName: string;
  readonly parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  getElementsByTagName(name: string): Iterable<DomElement> & { readonly length: number };
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & { readonly length: number };
  remove(): void;
  closest(selector: string): DomElement | null;
}

/** A parsed document. */
export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  getElementsByTagName(name: string): Iterable<DomElement> & { readonly length: number };
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & { readonly length: number };
}
