import { DROP_TAGS, ELEMENT_RULES, type ElementRule, TEXT_RULES } from './data/boilerplate.ts';
import type { DomDocument, DomElement } from './dom.ts';
import { LONG_PARAGRAPH_CHARS, PROTECT_SHARE } from './patterns.ts';
import { widgetShaped } from './widget-shape.ts';

/** A compiled element rule: its regex over normalised attribute tokens. */
export interface CompiledRule {
  readonly rule: ElementRule;
  readonly test: RegExp;
  /** Matches the names that exempt an element, when the rule has any. */
  readonly unless?: RegExp;
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compile element rules into regexes over `normaliseAttributes` output. */
export function compileRules(rules: readonly ElementRule[] = ELEMENT_RULES): CompiledRule[] {
  const tokens = (names: readonly string[]): RegExp =>
    new RegExp(`(?:^|[- ])(?:${names.map(escapeRegex).join('|')})(?=[- ]|$)`);
  return rules.map((rule) => ({
    rule,
    test: tokens(rule.names),
    ...(rule.unless?.length ? { unless: tokens(rule.unless) } : {}),
  }));
}

/** An element's class, id, role and aria-label as lower-case tokens with `-` between name parts. */
export function normaliseAttributes(el: DomElement): string {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''} ${
    el.getAttribute('aria-label') ?? ''
  }`;
  if (raw.length <= 3) return '';
  if (!/[A-Z_:.]/.test(raw)) return raw.trim();
  return raw
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[_:.]+/g, '-')
    .trim();
}

// One regex over every rule's names, so that most elements are passed over with a single test.
const ANY = new WeakMap<readonly CompiledRule[], RegExp>();

function anyOf(rules: readonly CompiledRule[]): RegExp {
  let any = ANY.get(rules);
  if (!any) {
    const names = rules.flatMap((r) => r.rule.names).map(escapeRegex);
    any = new RegExp(`(?:^|[- ])(?:${names.join('|')})(?=[- ]|$)`);
    ANY.set(rules, any);
  }
  return any;
}

/** The first rule matching an element, if any. */
export function matchElement(el: DomElement, rules: readonly CompiledRule[]): CompiledRule | undefined {
  const attributes = normaliseAttributes(el);
  if (!attributes || !anyOf(rules).test(attributes)) return undefined;
  for (const compiled of rules)
    if (compiled.test.test(attributes) && !compiled.unless?.test(attributes)) return compiled;
  return undefined;
}

const REMOVABLE = new WeakMap<readonly CompiledRule[], CompiledRule[]>();

function removableOf(rules: readonly CompiledRule[]): CompiledRule[] {
  let removable = REMOVABLE.get(rules);
  if (!removable) {
    removable = rules.filter((r) => r.rule.action === 'remove');
    REMOVABLE.set(rules, removable);
  }
  return removable;
}

const PROTECTED = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
const DROP = new Set(DROP_TAGS);

function isHidden(el: DomElement): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * Whether an element matched by a rule holds so much of the page's long paragraphs that the match
 * is taken for a page-wide class (a wrapper of the article), not a widget: a share of them, and more
 * than one unless it holds them all. A short article has two or three long paragraphs, so one long
 * paragraph of a cookie wall or a related block beside it is a widget's, not the article's.
 */
function wrapsArticle(holds: number, long: number): boolean {
  return holds >= Math.max(1, long * PROTECT_SHARE) && (holds >= 2 || holds === long);
}

const WALL = TEXT_RULES.find((rule) => rule.reason === 'paywall notice');

/** The first line of a removed element that is a paywall's notice ("This article is for subscribers"), if any. */
function wallLine(el: DomElement): string | null {
  if (!WALL) return null;
  for (const block of el.querySelectorAll('h1,h2,h3,h4,p,div,span')) {
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text && text.split(' ').length <= WALL.maxWords && WALL.pattern.test(text)) return text;
  }
  return null;
}

/**
 * Remove boilerplate elements from a parsed page before Readability scores it: dropped tags,
 * hidden elements and elements matched by a `remove` rule, unless they wrap the article
 * (`wrapsArticle`) or hold some of its long paragraphs without a widget's shape (`widgetShaped`). Returns how many elements were removed per reason; the notice of a paywall
 * removed with its box is pushed to `walls` (the article is then only what came before it).
 */
export function prunePage(
  document: DomDocument,
  rules: readonly CompiledRule[],
  walls: string[] = [],
): Record<string, number> {
  const removed: Record<string, number> = {};
  const body = document.body;
  if (!body) return removed;
  const long = new Set<DomElement>();
  for (const p of body.getElementsByTagName('p'))
    if ((p.textContent?.length ?? 0) >= LONG_PARAGRAPH_CHARS) long.add(p);
  // counting stops where the answer cannot change (more long paragraphs still wrap the article)
  const enough = Math.max(2, long.size * PROTECT_SHARE);
  const removable = removableOf(rules);
  const doomed: [DomElement, string][] = [];
  for (const el of body.querySelectorAll('*')) {
    if (PROTECTED.has(el.tagName)) continue;
    const tag = DROP.has(el.localName.toLowerCase()) ? el.localName.toLowerCase() : undefined;
    const reason = tag ?? (isHidden(el) ? 'hidden' : matchElement(el, removable)?.rule.reason);
    if (!reason) continue;
    // A page-wide class or a <form> wrapping the whole page must not take the article with it.
    let holds = 0;
    if (long.size > 0)
      for (const p of el.getElementsByTagName('p')) if (long.has(p) && ++holds >= enough) break;
    if (wrapsArticle(holds, long.size)) continue;
    // a named element holding some long paragraphs goes only in a widget's shape (widget-shape.ts)
    if (holds > 0 && !tag && reason !== 'hidden' && !widgetShaped(el)) continue;
    doomed.push([el, reason]);
  }
  for (const [el, reason] of doomed) {
    if (!el.parentNode) continue;
    const wall = reason === 'hidden' || DROP.has(el.localName.toLowerCase()) ? null : wallLine(el);
    if (wall && !walls.includes(wall)) walls.push(wall);
    el.remove();
    removed[reason] = (removed[reason] ?? 0) + 1;
  }
  return removed;
}
