import type {
  Conflict,
  Entity,
  Quote,
  QuoteCoverage,
  SegmentedArticle,
  Span,
  Token,
} from '../../model/index.ts';
import type { Claim } from './claims.ts';
import { ORGANIZATION_WORDS, TITLE_WORDS } from './data/word-forms.ts';
import {
  MIN_QUOTE_WORDS,
  PARAPHRASE_MIN_COVER,
  PARAPHRASE_MIN_WORDS,
  SAME_QUOTE_MIN_OVERLAP,
} from './patterns.ts';
import { fold, inRegions, stem } from './text.ts';

const REPORTING = new Set([
  'say',
  'tell',
  'add',
  'continu',
  'stress',
  'emphasiz',
  'writ',
  'write',
  'stat',
  'accord',
  'explain',
  'insist',
  'warn',
  'recall',
]);

const wordsOf = (text: string): string[] => (text.match(/[\p{L}\p{N}'’]+/gu) ?? []).map(stem);

/**
 * Which article carried which quote: `quoted` where the quote occurs, `paraphrased` where an
 * article's own sentence (outside quotation marks) covers at least PARAPHRASE_MIN_COVER of the
 * quote's IDF-weighted content words, else `absent`. Indirect quotes count as paraphrased.
 */
export function quoteMatrix(
  quotes: readonly Quote[],
  articles: readonly SegmentedArticle[],
  claims: readonly Claim[],
  idf: ReadonlyMap<string, number>,
  regions: ReadonlyMap<string, readonly Span[]>,
): QuoteCoverage[] {
  const byArticle = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = byArticle.get(c.articleId);
    if (list) list.push(c);
    else byArticle.set(c.articleId, [c]);
  }
  // each article's own-voice claims, as stem sets, computed once for all quotes
  const ownStems = new Map(
    articles.map(({ article }) => [
      article.id,
      (byArticle.get(article.id) ?? [])
        .filter((c) => !inRegions(c.span, regions.get(article.id) ?? []))
        .map((c) => new Set(c.stems)),
    ]),
  );
  // which articles use a stem in their own voice: only those can paraphrase a quote using it
  const usedBy = new Map<string, Set<string>>();
  for (const [id, sets] of ownStems)
    for (const set of sets)
      for (const w of set) {
        const ids = usedBy.get(w);
        if (ids) ids.add(id);
        else usedBy.set(w, new Set([id]));
      }
  return quotes.map((quote) => {
    const words = [...new Set(wordsOf(quote.text))].filter((w) => idf.has(w));
    const total = words.reduce((sum, w) => sum + (idf.get(w) ?? 0), 0);
    // an article's whole own voice bounds what any one of its sentences can cover
    const bound = new Map<string, number>();
    if (words.length >= PARAPHRASE_MIN_WORDS)
      for (const w of words)
        for (const id of usedBy.get(w) ?? []) bound.set(id, (bound.get(id) ?? 0) + (idf.get(w) ?? 0));
    const row: Record<string, 'quoted' | 'paraphrased' | 'absent'> = {};
    for (const { article } of articles) {
      if (quote.occurrences.some((o) => o.articleId === article.id)) {
        row[article.id] = quote.kind === 'indirect' ? 'paraphrased' : 'quoted';
        continue;
      }
      if ((bound.get(article.id) ?? 0) / (total || 1) < PARAPHRASE_MIN_COVER) {
        row[article.id] = 'absent';
        continue;
      }
      const covered = (ownStems.get(article.id) ?? []).some((terms) => {
        const hit = words.reduce((sum, w) => sum + (terms.has(w) ? (idf.get(w) ?? 0) : 0), 0);
        return words.length >= PARAPHRASE_MIN_WORDS && hit / total >= PARAPHRASE_MIN_COVER;
      });
      row[article.id] = covered ? 'paraphrased' : 'absent';
    }
    return { quoteId: quote.id, byArticle: row };
  });
}

/** A quoted passage of one article and who it is attributed to (null when no name is found). */
interface Passage {
  readonly articleId: string;
  readonly sourceId: string;
  readonly span: Span;
  readonly words: ReadonlySet<string>;
  readonly speaker: { readonly name: string; readonly key: string; readonly person: boolean } | null;
}

// The proper-name run next to a reporting verb in the passage's sentences, outside the quote.
function nearbySpeaker(tokens: readonly Token[], region: Span, regions: readonly Span[]) {
  const outside = tokens.filter((t) => !inRegions(t, regions));
  for (let i = 0; i < outside.length; i++) {
    if (!REPORTING.has(stem((outside[i] as Token).text))) continue;
    for (const [from, step] of [
      [i - 1, -1],
      [i + 1, 1],
    ] as const) {
      const run: Token[] = [];
      for (let k = from; k >= 0 && k < outside.length && run.length < 5; k += step) {
        const t = outside[k] as Token;
        if (t.pos !== 'PROPN') break;
        if (step < 0) run.unshift(t);
        else run.push(t);
      }
      if (!run.length) continue;
      const name = run.map((t) => t.text).join(' ');
      const person = !run.some((t) => ORGANIZATION_WORDS.has(fold(t.text)));
      return {
        name,
        key: fold((run[run.length - 1] as Token).text),
        person,
        near: Math.abs(region.start - (run[0] as Token).start),
      };
    }
  }
  return null;
}

function passages(
  articles: readonly SegmentedArticle[],
  sources: ReadonlyMap<string, string>,
  regions: ReadonlyMap<string, readonly Span[]>,
  quotes: readonly Quote[],
  entities: readonly Entity[],
): Passage[] {
  const kindOf = new Map(entities.map((e) => [e.id, e.kind]));
  const out: Passage[] = [];
  for (const { article, sentences } of articles) {
    const own = regions.get(article.id) ?? [];
    for (const span of own) {
      const words = new Set(wordsOf(article.text.slice(span.start, span.end)).filter((w) => w.length > 2));
      if (words.size < MIN_QUOTE_WORDS) continue;
      const known = quotes.find((q) =>
        q.occurrences.some(
          (o) => o.articleId === article.id && o.span.start < span.end && o.span.end > span.start,
        ),
      );
      let speaker: Passage['speaker'] = null;
      // where this article names the speaker: the extract stage's evidence for this occurrence
      const named = known?.speakerEvidence.find((e) => e.articleId === article.id);
      const entity = named
        ? entities.find((en) =>
            en.mentions.some(
              (m) =>
                m.articleId === article.id && m.span.start < named.span.end && m.span.end > named.span.start,
            ),
          )
        : undefined;
      if (named && entity) {
        speaker = { name: entity.name, key: entity.id, person: entity.kind === 'person' };
      } else if (known?.speaker) {
        const kind = known.speaker.entityId ? kindOf.get(known.speaker.entityId) : undefined;
        speaker = {
          name: known.speaker.name,
          key: known.speaker.entityId ?? fold(known.speaker.name.split(' ').pop() ?? ''),
          person: kind === 'person',
        };
      } else {
        const tokens = sentences
          .filter((s) => s.end > span.start - 1 && s.start < span.end + 1)
          .flatMap((s) => s.tokens);
        const found = nearbySpeaker(tokens, span, own);
        if (found) speaker = { name: found.name, key: found.key, person: found.person };
      }
      out.push({
        articleId: article.id,
        sourceId: sources.get(article.id) ?? article.id,
        span,
        words,
        speaker,
      });
    }
  }
  return out;
}

/**
 * The same quoted words attributed to different people by different sources, side by side. Only
 * person-to-person differences count: an institution and its spokesperson are not a conflict.
 */
export function speakerConflicts(
  articles: readonly SegmentedArticle[],
  sources: ReadonlyMap<string, string>,
  regions: ReadonlyMap<string, readonly Span[]>,
  quotes: readonly Quote[],
  entities: readonly Entity[],
): Omit<Conflict, 'id'>[] {
  const found = passages(articles, sources, regions, quotes, entities).filter(
    (p) => p.speaker?.person && !TITLE_WORDS.has(p.speaker.key.replace(/\.$/, '')),
  );
  // candidate pairs share a word that is not in every passage (an inverted index, not all pairs)
  const postings = new Map<string, number[]>();
  found.forEach((p, i) => {
    for (const w of p.words) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  const candidates = (i: number): Set<number> => {
    const out = new Set<number>();
    for (const w of (found[i] as Passage).words) {
      const list = postings.get(w) as number[];
      if (list.length <= Math.max(8, found.length / 4)) for (const j of list) if (j > i) out.add(j);
    }
    return out;
  };
  const conflicts: Omit<Conflict, 'id'>[] = [];
  const used = new Set<Passage>();
  for (let i = 0; i < found.length; i++)
    for (const j of candidates(i)) {
      const [a, b] = [found[i] as Passage, found[j] as Passage];
      if (a.sourceId === b.sourceId || used.has(a) || used.has(b) || a.speaker?.key === b.speaker?.key)
        continue;
      let shared = 0;
      for (const w of a.words) if (b.words.has(w)) shared++;
      if (shared / Math.min(a.words.size, b.words.size) < SAME_QUOTE_MIN_OVERLAP) continue;
      used.add(a).add(b);
      conflicts.push({
        kind: 'speaker',
        about: 'who said the quote',
        sides: [a, b].map((p) => ({
          claim: `attributed to ${p.speaker?.name}`,
          evidence: [{ articleId: p.articleId, span: { ...p.span } }],
        })),
      });
    }
  return conflicts;
}
