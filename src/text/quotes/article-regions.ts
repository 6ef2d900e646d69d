// An article's quoted passages as every reader of "inside quotes" takes them: the passages in quotation
// marks and the places its quotes told in the speaker's words were found (a direct quote the extract
// stage found without marks counts; reported speech does not, and is read apart: `reportedSpeech`). The compare stage's claims, the framing
// table's own voice and the framing CSV's word counts all read these, so their counts agree.
import type { Article, Evidence, Quote, Span } from '../../model/index.ts';
import { quotedRegions } from './regions.ts';

/** The occurrences of the quotes told in the speaker's words: direct and partial quotes, not reported speech. */
export function wordedOccurrences(quotes: readonly Quote[]): Evidence[] {
  return quotes.filter((q) => q.kind !== 'indirect').flatMap((q) => q.occurrences);
}

/**
 * The passages of an article inside quotation marks (the shared reading of `quotedRegions`: curly,
 * guillemet, straight and wire-style pairs, single curly quotes that are not apostrophes, an unclosed
 * quote ending with its paragraph), plus those of `occurrences` in the article (`wordedOccurrences`).
 * Sorted, disjoint spans into `article.text`.
 * @example articleQuoteRegions(article, wordedOccurrences(story.quotes))
 */
export function articleQuoteRegions(article: Article, occurrences: readonly Evidence[] = []): Span[] {
  const regions = quotedRegions(
    article.text,
    article.paragraphs.map((p) => p.span),
  );
  for (const o of occurrences) if (o.articleId === article.id) regions.push({ ...o.span });
  return mergeSpans(regions);
}

/** The contents of each article's reported speech ("Lee said that …", the extract stage's indirect quotes), merged. */
export function reportedSpeech(quotes: readonly Quote[]): Map<string, Span[]> {
  const byArticle = new Map<string, Span[]>();
  for (const q of quotes)
    if (q.kind === 'indirect')
      for (const o of q.occurrences)
        byArticle.set(o.articleId, [...(byArticle.get(o.articleId) ?? []), o.span]);
  return new Map([...byArticle].map(([id, spans]) => [id, mergeSpans(spans)]));
}

/** Sort spans and merge the overlapping (and touching) ones. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else merged.push({ ...s });
  }
  return merged;
}

// how far from the words naming its speaker a quote's cue is looked for ("Darrow warned", "said Darrow")
const CUE_REACH = 40;

/**
 * Where `article` writes each quote's cue (`quote.cue`: "warned", "told", "rejected" in "Lee warned that
 * …", "…, said Lee"): the cue's word outside the quote's words and nearest to where the article names
 * that quote's speaker (`speakerEvidence`), at most CUE_REACH characters from it. Sorted, merged spans.
 * @example cueSpans(article, story.quotes) // [{ start: 26, end: 32 }] for "City Manager Felix Darrow warned that …"
 */
export function cueSpans(article: Article, quotes: readonly Quote[]): Span[] {
  const spans: Span[] = [];
  const text = article.text;
  for (const q of quotes) {
    const cue = q.cue?.trim();
    if (!cue) continue;
    const pattern = new RegExp(
      `(?<![\\p{L}\\d])${cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`,
      'giu',
    );
    const named = q.speakerEvidence.filter((e) => e.articleId === article.id);
    for (const o of q.occurrences) {
      if (o.articleId !== article.id || !named.length) continue;
      let best: Span | null = null;
      let bestGap = CUE_REACH + 1;
      for (const s of named) {
        const from = Math.max(0, s.span.start - CUE_REACH);
        pattern.lastIndex = from;
        for (let m = pattern.exec(text); m && m.index <= s.span.end + CUE_REACH; m = pattern.exec(text)) {
          const at = { start: m.index, end: m.index + m[0].length };
          if (at.start < o.span.end && at.end > o.span.start) continue;
          const gap = at.start >= s.span.end ? at.start - s.span.end : s.span.start - at.end;
          if (gap >= 0 && gap < bestGap) [best, bestGap] = [at, gap];
        }
      }
      if (best) spans.push(best);
    }
  }
  return mergeSpans(spans);
}
