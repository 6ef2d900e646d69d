import type { SegmentedArticle, Span } from '../../../model/index.ts';
import type { ContestedTermEntry } from '../data/contested-terms.ts';
import { fold, inRegions } from '../text.ts';

/** How one article uses one contested term. */
export interface ContestedUse {
  ownVoice: number;
  inQuotes: number;
  evidence: { articleId: string; span: Span }[];
}

/** A contested term with its use per article (only articles that use it). */
export interface ContestedCount extends ContestedTermEntry {
  readonly byArticle: Record<string, ContestedUse>;
}

/** Whether a written word is the term's word or one of its inflections (plural, -ly adverb). */
export function wordForm(written: string, word: string): boolean {
  if (written === word) return true;
  const endings = ['s', 'es', 'ly', 'ally'];
  if (endings.some((e) => written === word + e)) return true;
  if (word.endsWith('y') && written === `${word.slice(0, -1)}ies`) return true;
  return word.endsWith('is') && written === `${word.slice(0, -2)}es`;
}

/**
 * Count each contested term per article, in the article's own voice and inside quotes, with the span
 * of every use. Terms match on word stems, so "illegally" counts for "illegal" and "surges" for
 * "surge". Terms no article uses are left out.
 */
export function countContested(
  docs: readonly SegmentedArticle[],
  entries: readonly ContestedTermEntry[],
  regions: ReadonlyMap<string, readonly Span[]>,
): ContestedCount[] {
  const compiled = entries.map((e) => fold(e.term).split(/\s+/).filter(Boolean));
  // index the entries by every written form their first word can take
  const byForm = new Map<string, number[]>();
  compiled.forEach((words, k) => {
    const w = words[0];
    if (!w) return;
    const forms = [w, `${w}s`, `${w}es`, `${w}ly`, `${w}ally`, `${w.slice(0, -1)}ies`, `${w.slice(0, -2)}es`];
    for (const f of new Set(forms)) byForm.set(f, [...(byForm.get(f) ?? []), k]);
  });
  const rows = entries.map((e) => ({ ...e, byArticle: {} as Record<string, ContestedUse> }));
  for (const doc of docs) {
    const own = regions.get(doc.article.id) ?? [];
    for (const sentence of doc.sentences) {
      const words = sentence.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
      const written = words.map((t) => fold(t.text));
      for (let i = 0; i < written.length; i++)
        for (const k of byForm.get(written[i] as string) ?? []) {
          const phrase = compiled[k] as string[];
          const n = phrase.length;
          if (!phrase.every((w, j) => wordForm(written[i + j] ?? '', w))) continue;
          const span = {
            start: (words[i] as { start: number }).start,
            end: (words[i + n - 1] as { end: number }).end,
          };
          const row = rows[k] as ContestedCount;
          const use = row.byArticle[doc.article.id] ?? { ownVoice: 0, inQuotes: 0, evidence: [] };
          row.byArticle[doc.article.id] = use;
          if (inRegions(span, own)) use.inQuotes++;
          else use.ownVoice++;
          use.evidence.push({ articleId: doc.article.id, span });
        }
    }
  }
  return rows.filter((r) => Object.keys(r.byArticle).length > 0);
}
