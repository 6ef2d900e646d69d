import type { Entity, Span, Token } from '../../model/index.ts';
import { fold } from '../../text/normalise.ts';

/** Entity id covering each character offset, per article, from the extract stage's mentions. */
export function mentionIndex(entities: readonly Entity[]): Map<string, Mention[]> {
  const index = new Map<string, Mention[]>();
  for (const entity of entities) {
    if (entity.kind === 'date' || entity.kind === 'quantity') continue;
    for (const m of entity.mentions) {
      const list = index.get(m.articleId) ?? [];
      list.push({ span: m.span, id: entity.id, kind: entity.kind, name: entity.name });
      index.set(m.articleId, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => a.span.start - b.span.start);
  return index;
}

/** A mention of a named entity in one article. */
export interface Mention {
  readonly span: Span;
  readonly id: string;
  readonly kind: Entity['kind'];
  readonly name: string;
}

/**
 * The entity a subject pronoun opening a clause stands for: the last person (he, she) or person or
 * body (they, it) named before it in the article, within the two sentences before; else null.
 */
export function antecedent(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  sentenceStart: number,
  text: string,
): Mention | null {
  // "but he wants …": the conjunction a clause opens with is not its subject
  const first = tokens.find((t) => t.pos !== 'CCONJ');
  const word = first ? fold(first.text) : '';
  const kinds = PRONOUN_KINDS[word];
  if (!first || !kinds) return null;
  // no further back than the start of the sentence before the one before
  let from = sentenceStart;
  for (let dots = 0; from > 0 && dots < 3; from--) if (/[.!?]/.test(text[from - 1] as string)) dots++;
  let found: Mention | null = null;
  for (const m of mentions) {
    if (m.span.end > first.start) break;
    if (m.span.start >= from && kinds.includes(m.kind)) found = m;
  }
  return found;
}

const PRONOUN_KINDS: Readonly<Record<string, readonly Entity['kind'][]>> = {
  he: ['person'],
  she: ['person'],
  they: ['organization', 'person'],
  it: ['organization'],
};

/**
 * The mention covering a token: mentions are sorted by start, so a binary search finds the last one
 * starting at or before it; a few before that are looked at for longer, enclosing mentions.
 */
export function mentionAt(mentions: readonly Mention[], t: Token): Mention | undefined {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).span.start <= t.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= Math.max(0, lo - 4); k--) {
    const m = mentions[k] as Mention;
    if (m.span.end >= t.end) return m;
  }
  return undefined;
}
