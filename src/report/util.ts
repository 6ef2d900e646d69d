import type { Article, Evidence, Report } from '../model/index.ts';
import { baseLabel } from './labels.ts';
import { IN_PAGE_LINKS, type StoryPageLinks } from './links.ts';

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): one in a title or a quote
// would reorder the report's own text after it ("Trojan Source"); they are dropped from rendered text.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** `n` and the noun it counts, in the singular for one: `plural(1, 'line')` is "1 line" (every report format). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Drop bidi embedding, override and isolate characters, so text cannot reorder what follows it. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Escape text for HTML element content and attribute values (bidi controls dropped). */
export function escapeHtml(text: string): string {
  return stripBidiControls(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/**
 * The renderer's HTML with its headings from h3 down lifted `steps` levels (h3 → h2 for 1). The parts
 * are written for the report file's outline (story h2, parts h3, their subparts h4); a page that shows
 * a story, or one part, under its own h1 lifts them so that no level is skipped. Only the renderer's
 * own tags can match: every article string in it is escaped.
 */
export function liftHeadings(html: string, steps: number): string {
  if (steps <= 0) return html;
  return html.replace(
    /<(\/?)h([3-6])(?=[\s>])/g,
    (_, close: string, level: string) => `<${close}h${Math.max(2, Number(level) - steps)}`,
  );
}

/** Escape Markdown's inline syntax and fold newlines, so article text cannot break the layout (bidi controls dropped). */
export function escapeMarkdown(text: string): string {
  return stripBidiControls(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/**
 * Text as a Markdown code span, shown as written: a code span shows backslash escapes as they are
 * (`my\_file.txt`), so none is added; it is fenced by one backtick more than its longest run of them,
 * and newlines fold (bidi controls dropped).
 * @example
 * codeSpan('in/wire_2025.jsonl#3'); // '`in/wire_2025.jsonl#3`'
 */
export function codeSpan(text: string): string {
  const flat = stripBidiControls(text).replace(/\s*\n\s*/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** How an article is named to readers: its `label` (see `withLabels`), else `baseLabel`. */
export function articleLabel(article: Article | undefined): string {
  if (!article) return '?';
  return article.label ?? baseLabel(article);
}

/**
 * How a problem names its article, escaped by `escape`: `label [a3]`, or `[a3]` alone for an article
 * left out of the report.
 */
export function issueArticle(
  index: ReadonlyMap<string, Article>,
  articleId: string,
  escapeText: (text: string) => string,
): string {
  const article = index.get(articleId);
  return article
    ? `${escapeText(articleLabel(article))} [${escapeText(articleId)}]`
    : `[${escapeText(articleId)}]`;
}

/** The key from citation markers to labels, under a table: "a1 = The Norhaven Courier; a2 = …" (unescaped). */
export function labelKey(articles: readonly Article[]): string {
  return articles.map((a) => `${a.id} = ${articleLabel(a)}`).join('; ');
}

/** The anchor id of a piece of evidence in the HTML report. */
export function evidenceAnchor(evidence: Evidence): string {
  return `ev-${evidence.articleId}-${evidence.span.start}-${evidence.span.end}`;
}

/** The exact text a piece of evidence points at. */
export function evidenceText(report: Report, evidence: Evidence): string {
  const article = articleIndex(report).get(evidence.articleId);
  return article ? article.text.slice(evidence.span.start, evidence.span.end) : '';
}

// One lookup per articles array (reports are never changed in place): the sections ask for it per
// citation, and a story of 300 articles built the map thousands of times per page.
const INDEXES = new WeakMap<readonly Article[], ReadonlyMap<string, Article>>();

/** Lookup of a report's articles by id. */
export function articleIndex(report: Report): ReadonlyMap<string, Article> {
  let index = INDEXES.get(report.articles);
  if (!index) {
    index = new Map(report.articles.map((a) => [a.id, a]));
    INDEXES.set(report.articles, index);
  }
  return index;
}

/**
 * A number as en-US writes it, thousands grouped and at most two decimals (`1234.5` → `1,234.5`,
 * `0.125` → `0.13`): what `Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })` prints, without
 * creating one, which costs some 20 ms of ICU set-up in every new process that renders a report.
 */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  // ICU rounds the shortest decimal that reads back as the number (1.005 → 1.01), half away from zero
  if (!Number.isFinite(value) || abs >= 1e21) return new Intl.NumberFormat('en-US').format(value);
  const written = abs < 1e-6 ? '0' : String(abs);
  const [whole = '0', frac = ''] = written.split('.');
  let cents = BigInt(whole + frac.slice(0, 2).padEnd(2, '0'));
  if ((frac[2] ?? '0') >= '5') cents += 1n;
  const digits = cents.toString().padStart(3, '0');
  const int = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = digits.slice(-2).replace(/0+$/, '');
  const text = decimals ? `${int}.${decimals}` : int;
  return value < 0 || Object.is(value, -0) ? `-${text}` : text;
}

/** Markdown citation markers: `[a1][a3]`, one per distinct article. */
export function citeMarkdown(evidence: readonly Evidence[]): string {
  return [...new Set(evidence.map((e) => e.articleId))].map((id) => `[${id}]`).join('');
}

/**
 * Text set in curly quotation marks, unless it already starts or ends with one (a quoted sentence keeps
 * its own marks: `“Yes,” he said.` stays as it is, `Yes` becomes `“Yes”`), so marks are never doubled.
 */
export function quoted(text: string): string {
  const t = text.trim();
  return /^["“„«‘'‚]|["”»’']$/.test(t) ? t : `“${t}”`;
}

/** The URL when it is an absolute http(s) URL, else null: only those become links to an original. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Shorten text for a table cell or a line, on a word boundary, with an ellipsis. */
export function shorten(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : max)}…`;
}

/**
 * A label cut to `max` characters with an ellipsis, for chips and chart labels. An outlet's article
 * number ("Fenwick Valley Herald (2)") is kept: it tells which of the outlet's articles a chip cites.
 * @example clipLabel('Fenwick Valley Herald (2)') // 'Fenwick Valley Hera… (2)'
 */
export function clipLabel(text: string, max = 24): string {
  if (text.length <= max) return text;
  const suffix = / \(\d+\)$/.exec(text)?.[0] ?? '';
  const room = max - suffix.length - 1;
  return room >= 4 ? `${text.slice(0, room).trimEnd()}…${suffix}` : `${text.slice(0, max - 1)}…`;
}

/**
 * One citation chip: a link of at least 44 × 44 px around the visible pill with the outlet's name;
 * `title` (the outlet and the sentence) shows on hover. `spoken`, the uncut label, is what a screen
 * reader reads where the pill shows it cut (`clipLabel`). All arguments are unescaped text.
 */
export function citeChip(href: string, title: string, label: string, spoken = label): string {
  return `<a class="cite" href="${escapeHtml(href)}" title="${escapeHtml(title)}"><span>${shownAndSpoken(label, spoken)}</span></a>`;
}

/**
 * A label as HTML cut by `clipLabel`, its whole text kept for a screen reader in a visually hidden span.
 * @example clippedHtml('Fenwick Valley Herald (2)') // '<span aria-hidden="true">Fenwick Valley Hera… (2)</span><span class="px-sr">Fenwick Valley Herald (2)</span>'
 */
export function clippedHtml(text: string): string {
  return shownAndSpoken(clipLabel(text), text);
}

// The text shown, and where it is cut the whole text for a screen reader instead (the content, not an
// aria-label, so that the name a reader hears holds no cut word and the visible text is no label it misses)
const shownAndSpoken = (shown: string, spoken: string): string =>
  shown === spoken
    ? escapeHtml(shown)
    : `<span aria-hidden="true">${escapeHtml(shown)}</span><span class="px-sr">${escapeHtml(spoken)}</span>`;

/** Citation chips joined by spaces, at most `links.maxCitations` of them, then "and N more". */
export function capChips(chips: readonly string[], links: StoryPageLinks): string {
  const max = links.maxCitations ?? chips.length;
  const more = chips.length - max;
  return more > 0
    ? `${chips.slice(0, max).join(' ')} <small class="px-more-cites">and ${more} more</small>`
    : chips.join(' ');
}

/**
 * HTML citation markers, one per cited article, named by its outlet and linking to the cited sentence;
 * the tooltip quotes the sentence.
 */
export function citeHtml(
  report: Report,
  evidence: readonly Evidence[],
  links: StoryPageLinks = IN_PAGE_LINKS,
): string {
  const articles = articleIndex(report);
  const max = links.maxCitations ?? Number.POSITIVE_INFINITY;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of evidence) {
    if (seen.has(e.articleId)) continue;
    seen.add(e.articleId);
    if (seen.size > max) continue;
    const label = articleLabel(articles.get(e.articleId));
    const tip = `${label}: ${quoted(evidenceText(report, e))}`;
    out.push(citeChip(links.citationHref(e.articleId, e.span), tip, clipLabel(label), label));
  }
  const more = seen.size - out.length;
  if (more > 0) out.push(`<small class="px-more-cites">and ${more} more</small>`);
  return out.length ? ` <span class="cites">${out.join(' ')}</span>` : '';
}
