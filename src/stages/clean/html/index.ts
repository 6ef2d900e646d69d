import { Readability } from '@mozilla/readability';
import type { ArticleParts, RawArticle, RunContext } from '../../../model/index.ts';
import { cleanByline } from './byline.ts';
import type { ElementRule, TextRule } from './data/boilerplate.ts';
import { TEXT_RULES } from './data/boilerplate.ts';
import type { DomDocument, DomElement } from './dom.ts';
import { densestContainer } from './fallback.ts';
import { type Filtered, filterBlocks } from './filter.ts';
import { bylineLine, datelineDate, pageHeadline, readMetadata } from './metadata.ts';
import { measurePage, parsePage } from './parse.ts';
import {
  CHAR_THRESHOLD,
  FALLBACK_GAIN,
  FALLBACK_OVERLAP,
  MAX_DEPTH,
  MAX_ELEMENTS,
  MAX_HTML_CHARS,
  MIN_PRIMARY_WORDS,
  MIN_WORDS,
  WORD,
} from './patterns.ts';
import { type CompiledRule, compileRules, prunePage } from './prune.ts';
import { walkArticle } from './walk.ts';

/** Options of the HTML extractor. */
export interface HtmlOptions {
  /** Pages with more elements are not given to Readability (time budget); default 60,000. */
  readonly maxElements?: number;
  /** Pages nesting elements deeper are not given to Readability (its time grows fast with depth); default 150. */
  readonly maxDepth?: number;
  /** Longer pages are cut to this many characters before parsing; default 6,000,000. */
  readonly maxChars?: number;
  /** Element rules replacing the built-in ones (data/boilerplate.ts). */
  readonly elementRules?: readonly ElementRule[];
  /** Paragraph text rules replacing the built-in ones. */
  readonly textRules?: readonly TextRule[];
}

/** What the page's metadata already tells: its lines in the body are furniture, not text. */
type Known = { title: string | null; byline: string | null; url: string | null };

const wordsOf = (f: Filtered): number =>
  f.paragraphs.reduce((n, p) => n + (p.text.match(WORD)?.length ?? 0), 0);

/**
 * Extract the main text of an HTML page: Readability over linkedom on a page pruned of boilerplate
 * elements, read block by block with our rules for captions, teasers, widgets and furniture, and a
 * density fallback when Readability finds nothing or too little (the better of the two is kept).
 * Metadata comes from the unpruned page.
 * @example
 * const parts = extractHtml()({ id: 'a1', source: 'a.html', format: 'html', content, given: {} }, ctx);
 */
export function extractHtml(options: HtmlOptions = {}): (raw: RawArticle, ctx: RunContext) => ArticleParts {
  const rules = compileRules(options.elementRules);
  const textRules = options.textRules ?? TEXT_RULES;
  const maxElements = options.maxElements ?? MAX_ELEMENTS;
  const maxChars = options.maxChars ?? MAX_HTML_CHARS;
  const maxDepth = options.maxDepth ?? MAX_DEPTH;
  return (raw, ctx) => {
    const issue = (code: string, message: string): void => {
      ctx.issues.push({
        code: `clean/${code}`,
        severity: 'warning',
        articleId: raw.id,
        source: raw.source,
        message,
      });
    };
    let html = raw.content;
    if (html.length > maxChars) {
      issue('html-truncated', `the page has ${html.length} characters; only the first ${maxChars} were read`);
      html = html.slice(0, maxChars);
    }
    const document = parsePage(html);
    // a fetched page's own URL resolves its relative canonical link
    const metadata = readMetadata(document, raw.given.url ?? raw.defaults?.url);
    const known: Known = {
      title: metadata.title,
      byline: metadata.byline,
      url: metadata.meta.url ?? null,
    };
    const shape = measurePage(document, maxElements, maxDepth);
    // the notices of paywall boxes removed whole: the article is what came before them
    const walls: string[] = [];
    const tooComplex = shape.elements > maxElements || shape.depth > maxDepth;
    let primary: Filtered | null = null;
    let bodySource = 'readability';
    if (tooComplex) {
      issue(
        'too-complex',
        shape.elements > maxElements
          ? `the page has more than ${maxElements} elements; read with the fallback only`
          : `the page nests elements more than ${maxDepth} deep; read with the fallback only`,
      );
    } else {
      prunePage(document, rules, walls);
      const parsed = readArticle(document);
      if (parsed) {
        known.title ??= parsed.title && pageHeadline(parsed.title, metadata.meta.outlet);
        known.byline ??= cleanByline(parsed.byline);
        primary = read(parsed.root, rules, known, textRules);
      }
    }
    let best = primary;
    if (!best || wordsOf(best) < MIN_WORDS) {
      // Readability mutates the page; the fallback reads a fresh, pruned copy (a page too complex
      // for Readability was left untouched and is read as it is).
      const fresh = tooComplex ? document : parsePage(html);
      if (!tooComplex) prunePage(fresh, rules, walls);
      const root = tooComplex ? fresh.body : densestContainer(fresh);
      const fallback = root ? read(root, rules, known, textRules) : null;
      if (fallback && betterFallback(best, fallback)) {
        best = fallback;
        bodySource = 'fallback:density';
      }
    }
    // a page rendered by script may hold its article only in its JSON-LD: read there when the
    // markup gave less than an article and the JSON-LD more (not read at all when the markup held one)
    const markupWords = best ? wordsOf(best) : 0;
    if (metadata.articleBody && markupWords < MIN_WORDS) {
      const fromLd = ldParagraphs(metadata.articleBody, known, textRules);
      if (wordsOf(fromLd) > markupWords) {
        best = fromLd;
        bodySource = 'json-ld:articleBody';
      }
    }
    const found = best ?? { paragraphs: [], removed: [], media: [], lead: 0 };
    const missing = walls.filter((text) => !found.removed.some((r) => r.text === text));
    const result = missing.length
      ? {
          ...found,
          removed: [...found.removed, ...missing.map((text) => ({ text, reason: 'paywall notice' }))],
        }
      : found;
    if (result.paragraphs.length === 0)
      ctx.issues.push({
        code: 'clean/no-text',
        severity: 'error',
        articleId: raw.id,
        source: raw.source,
        message: `${raw.source}: no readable text in the page (only markup, scripts or boilerplate)`,
      });
    const sources: Record<string, string> = { ...metadata.sources, text: bodySource };
    const aside = metadata.setAside;
    if (aside)
      issue(
        'template-date',
        `the page's ${aside.source} date ${aside.given} (${aside.given.length === 10 ? 'a day alone' : 'midnight UTC'}) is days before the date it shows, ${aside.visible}: the shown date is taken`,
      );
    const meta = { ...metadata.meta };
    // a page whose metadata gives no date or author (a print version): the line under its headline,
    // never one of a list after the text ("More from the Post: By …, 12 March 2024")
    const line = bylineLine(result.removed.slice(0, result.lead), meta.outlet);
    // an element marked as the byline by its class (Readability drops it whole) dates the page as
    // the same line without the class would
    const marked = metadata.bylineText
      ? bylineLine([{ text: metadata.bylineText, reason: 'byline' }], meta.outlet).date
      : null;
    if (!meta.publishedAt) {
      const dateline = datelineDate(result.paragraphs[0]?.text);
      const date = dateline ?? marked ?? line.date;
      if (date) {
        meta.publishedAt = date;
        sources.publishedAt = dateline ? 'text:dateline' : marked ? 'html:byline' : 'text:byline-line';
      }
    }
    if (known.title && !metadata.title) sources.title = 'readability';
    if (known.byline && !metadata.byline) sources.byline = 'readability';
    if (!known.byline && line.byline) {
      known.byline = line.byline;
      sources.byline = 'text:byline-line';
    }
    return {
      title: known.title,
      titleInferred: false,
      byline: known.byline,
      paragraphs: result.paragraphs,
      removed: result.removed,
      media: result.media,
      meta,
      metadataSources: sources,
    };
  };
}

// JSON-LD's articleBody as paragraphs: one a line (blank lines and markup tags dropped), through
// the same line filters as the markup's paragraphs (a teaser, a wall's line, an advertisement's
// label written into the body are no article text).
function ldParagraphs(body: string, known: Known, textRules: readonly TextRule[]): Filtered {
  const blocks = body
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .split(/\s*\n\s*/)
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .map((text) => ({ kind: 'text' as const, text, linkChars: 0, tag: 'p' }));
  return filterBlocks(blocks, [], known, textRules);
}

function readArticle(
  document: DomDocument,
): { root: DomElement; title: string | null; byline: string | null } | null {
  try {
    const parsed = new Readability<DomElement>(document as never, {
      serializer: (node) => node as DomElement,
      charThreshold: CHAR_THRESHOLD,
      keepClasses: true,
    }).parse();
    if (!parsed?.content) return null;
    return { root: parsed.content, title: parsed.title?.trim() || null, byline: parsed.byline ?? null };
  } catch {
    // Readability throws on pages over its element budget or on DOM shapes linkedom cannot serve.
    return null;
  }
}

function read(
  root: DomElement,
  rules: readonly CompiledRule[],
  known: Known,
  textRules: readonly TextRule[],
): Filtered {
  const { blocks, asides } = walkArticle(root, rules);
  return filterBlocks(blocks, asides, known, textRules);
}

// The fallback wins when Readability found (almost) nothing, or when it holds Readability's text
// and clearly more: a wider container around the same article, not another part of the page.
function betterFallback(primary: Filtered | null, fallback: Filtered): boolean {
  const primaryWords = primary ? wordsOf(primary) : 0;
  if (primaryWords < MIN_PRIMARY_WORDS) return wordsOf(fallback) > primaryWords;
  if (wordsOf(fallback) <= primaryWords * FALLBACK_GAIN) return false;
  const held = new Set(fallback.paragraphs.map((p) => p.text));
  const kept = (primary?.paragraphs ?? []).filter((p) => held.has(p.text)).length;
  return kept >= (primary?.paragraphs.length ?? 0) * FALLBACK_OVERLAP;
}
