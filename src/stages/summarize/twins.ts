import type { Near } from './near.ts';
import type { Pending, SameEvent, Scored } from './select.ts';

/**
 * Each chosen sentence told in the words more outlets stand behind: when another article's sentence
 * alike to it (one of `near`'s) is supported by the chosen sentence's own article and by more
 * independent sources in all, tells it the same way (happened, planned …) and fits the budget in its
 * place, it is told instead; among such twins the best supported, then the shortest, then the
 * closest. A twin already chosen is never told twice, nor one telling what another chosen sentence
 * does (`same`: one quotation in two outlets' wordings). `alternatives` (a sentence's main clause alone,
 * its own or an alike one's) are weighed the same way and win only with more sources than any.
 * @example
 * const told = preferSupportedTwins(chosen, { near, pending, budget: 120 });
 */
export function preferSupportedTwins(
  chosen: readonly Scored[],
  context: {
    readonly near: (index: number) => ReadonlyMap<string, readonly Near[]>;
    /** The candidates that may be told, by candidate index. */
    readonly pending: ReadonlyMap<number, Pending>;
    readonly budget: number;
    /** Other tellings of a chosen sentence to weigh as twins besides the alike candidates (main clauses). */
    readonly alternatives?: (s: Scored) => readonly Scored[];
    /** Whether two sentences tell one event or quotation (the selection's test). */
    readonly same?: SameEvent;
  },
): Scored[] {
  const out = [...chosen];
  let words = out.reduce((n, s) => n + s.candidate.words, 0);
  const taken = new Set(out.map((s) => s.candidate.index));
  // a twin telling what another chosen sentence tells would tell it twice
  const toldBesides = (at: number, twin: Scored) =>
    !!context.same && out.some((o, i) => i !== at && context.same?.(o.candidate, twin.candidate));
  out.forEach((s, at) => {
    let best = s;
    for (const close of context.near(s.candidate.index).values())
      for (const { candidate } of close) {
        const pending = context.pending.get(candidate.index);
        if (!pending || taken.has(candidate.index) || pending.modality !== s.modality) continue;
        if (words - s.candidate.words + candidate.words > context.budget) continue;
        const twin = pending.resolve();
        const sources = twin.support.sources.size;
        const own = twin.support.citations.some((e) => e.articleId === s.candidate.articleId);
        if (!own || sources <= s.support.sources.size || toldBesides(at, twin)) continue;
        if (
          sources > best.support.sources.size ||
          (sources === best.support.sources.size && candidate.words < best.candidate.words)
        )
          best = twin;
      }
    for (const twin of context.alternatives?.(s) ?? []) {
      const sources = twin.support.sources.size;
      const own = twin.support.citations.some((e) => e.articleId === s.candidate.articleId);
      if (!own || twin.modality !== s.modality || sources <= best.support.sources.size) continue;
      if (toldBesides(at, twin)) continue;
      if (words - s.candidate.words + twin.candidate.words > context.budget) continue;
      best = twin;
    }
    if (best === s) return;
    out[at] = best;
    taken.add(best.candidate.index);
    words += best.candidate.words - s.candidate.words;
  });
  return out;
}
