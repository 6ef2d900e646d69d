import type { Article, Report, Span } from '../model/index.ts';

/** A marked stretch of an article's text: an entity mention, a quote or a figure. */
export interface Mark {
  readonly span: Span;
  readonly kind: 'person' | 'organization' | 'place' | 'quote' | 'figure';
  /** What the mark names (the entity's name, the speaker, the figure's phrase). */
  readonly label: string;
}

const ENTITY_KINDS = new Set(['person', 'organization', 'place']);

/** The marks a story's report holds, by article: named people, organisations and places, quotes and figures. */
export function marksByArticle(report: Report | null): Map<string, Mark[]> {
  const marks = new Map<string, Mark[]>();
  const add = (articleId: string, mark: Mark) => {
    const list = marks.get(articleId);
    if (list) list.push(mark);
    else marks.set(articleId, [mark]);
  };
  for (const story of report?.stories ?? []) {
    for (const entity of story.entities)
      if (ENTITY_KINDS.has(entity.kind))
        for (const m of entity.mentions)
          add(m.articleId, {
            span: m.span,
            kind: entity.kind as Mark['kind'],
            label: `${entity.kind}: ${entity.name}`,
          });
    for (const quote of story.quotes)
      for (const o of quote.occurrences)
        add(o.articleId, {
          span: o.span,
          kind: 'quote',
          label: `quote${quote.speaker ? ` of ${quote.speaker.name}` : ''}`,
        });
    for (const figure of story.figures)
      for (const o of figure.occurrences)
        add(o.articleId, { span: o.span, kind: 'figure', label: `figure: ${figure.text}` });
  }
  return marks;
}

/** One piece of a paragraph: text with the marks over it, and whether it lies in the highlighted span. */
export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly marks: readonly Mark[];
  readonly highlighted: boolean;
}

/**
 * Cut a paragraph `[start, end)` at every mark's and the highlight's edges: each piece has one set of
 * marks, so overlapping marks render as flat, well-nested elements.
 */
export function piecesOf(paragraph: Span, marks: readonly Mark[], highlight: Span | null): Piece[] {
  const inside = marks.filter((m) => m.span.start < paragraph.end && m.span.end > paragraph.start);
  const cuts = new Set([paragraph.start, paragraph.end]);
  const clamp = (n: number) => Math.min(paragraph.end, Math.max(paragraph.start, n));
  for (const m of inside) {
    cuts.add(clamp(m.span.start));
    cuts.add(clamp(m.span.end));
  }
  if (highlight) {
    cuts.add(clamp(highlight.start));
    cuts.add(clamp(highlight.end));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] as number;
    const end = sorted[i + 1] as number;
    if (start === end) continue;
    pieces.push({
      start,
      end,
      marks: inside.filter((m) => m.span.start <= start && m.span.end >= end),
      highlighted: highlight !== null && highlight.start <= start && highlight.end >= end,
    });
  }
  return pieces;
}

/** True when `span` is a non-empty stretch inside the article's text. */
export function spanFits(article: Pick<Article, 'text'>, span: Span): boolean {
  return span.start >= 0 && span.end > span.start && span.end <= article.text.length;
}
