/**
 * A second, independent labelling of a blind sample of support pairs (issue 10): which pairs to
 * sample (every pair the judge calls supports and as many others, by hash), the opaque item ids and
 * their shuffled order, the context shown beside a sentence, and the agreement figures of two
 * labellers (share and Cohen's kappa) with the judge's supports precision under each.
 */
import { shortHash } from './support-data.ts';

/** The opaque id of a pair's item: a salted hash of the pair id, telling nothing of its round. */
export function itemIdOf(pairId: string): string {
  return `i${shortHash(`second-label:item:${pairId}`)}`;
}

/**
 * A round's sample: every row the judge calls `supports`, and `ratio` times as many of the others,
 * those with the smallest hash of their pair id (deterministic, independent of the file's order).
 */
export function sampleRound<T extends { readonly pairId: string; readonly judge: string | null }>(
  rows: readonly T[],
  ratio = 1,
): T[] {
  const supports = rows.filter((r) => r.judge === 'supports');
  const byHash = (r: T) => shortHash(`second-label:sample:${r.pairId}`);
  const others = rows
    .filter((r) => r.judge !== 'supports')
    .map((r) => [byHash(r), r] as const)
    .sort(([a], [b]) => a.localeCompare(b))
    .slice(0, Math.round(supports.length * ratio))
    .map(([, r]) => r);
  return [...supports, ...others];
}

/** Items in the shuffled order of their ids (a hash of the pair id), so no round or verdict shows. */
export function shuffled<T extends { readonly item: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.item.localeCompare(b.item));
}

/**
 * The text just before `start` (at most `chars` characters, beginning at a sentence start when one
 * is in reach, else at a word), whitespace folded: the sentences a pronoun or "he said" refers to.
 */
export function contextBefore(raw: string, start: number, chars: number): string {
  const from = Math.max(0, start - chars);
  let text = raw.slice(from, start);
  if (from > 0) {
    const sentence = /[.!?]["'”’)]?\s+(?=["'“‘(]?[A-Z0-9])/.exec(text);
    const word = text.search(/\s/);
    text = sentence ? text.slice(sentence.index + sentence[0].length) : text.slice(Math.max(0, word));
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Share of agreement and Cohen's kappa of two labellings of the same items. */
export interface Agreement {
  readonly n: number;
  readonly share: number;
  readonly kappa: number;
}

/** Agreement of two labellers over rows (kappa 1 when both use one single label everywhere, 0 when n is 0). */
export function agreement(rows: readonly { readonly a: string; readonly b: string }[]): Agreement {
  const n = rows.length;
  if (!n) return { n, share: 0, kappa: 0 };
  const observed = rows.filter((r) => r.a === r.b).length / n;
  const labels = new Set(rows.flatMap((r) => [r.a, r.b]));
  let expected = 0;
  for (const label of labels)
    expected +=
      (rows.filter((r) => r.a === label).length / n) * (rows.filter((r) => r.b === label).length / n);
  const kappa = expected === 1 ? 1 : (observed - expected) / (1 - expected);
  return { n, share: observed, kappa };
}

/** One scored item: the first label, the second labeller's label and the judge's verdict. */
export interface ScoredItem {
  readonly first: string;
  readonly second: string;
  readonly judge: string | null;
}

/** Right / predicted of the judge's supports among some items under a labelling. */
export interface Hits {
  readonly right: number;
  readonly of: number;
}

/** What `score` prints of one round. */
export interface RoundFigures {
  readonly n: number;
  readonly fourLabels: Agreement;
  readonly supportsOrNot: Agreement;
  /** The judge's supports precision under the first labels, the second labels, and where both agree. */
  readonly underFirst: Hits;
  readonly underSecond: Hits;
  readonly bothAgree: Hits;
  /** Among the judge's supports: counts of `first/second` label pairs, most frequent first. */
  readonly cells: readonly [string, number][];
}

const isSupport = (label: string) => (label === 'supports' ? 'supports' : 'not');

/** The figures of one round's items. */
export function roundFigures(items: readonly ScoredItem[]): RoundFigures {
  const said = items.filter((i) => i.judge === 'supports');
  const hits = (rows: readonly ScoredItem[], label: (i: ScoredItem) => string): Hits => ({
    right: rows.filter((i) => label(i) === 'supports').length,
    of: rows.length,
  });
  const agreeing = said.filter((i) => isSupport(i.first) === isSupport(i.second));
  const cells = new Map<string, number>();
  for (const i of said) cells.set(`${i.first}/${i.second}`, (cells.get(`${i.first}/${i.second}`) ?? 0) + 1);
  return {
    n: items.length,
    fourLabels: agreement(items.map((i) => ({ a: i.first, b: i.second }))),
    supportsOrNot: agreement(items.map((i) => ({ a: isSupport(i.first), b: isSupport(i.second) }))),
    underFirst: hits(said, (i) => i.first),
    underSecond: hits(said, (i) => i.second),
    bothAgree: hits(agreeing, (i) => i.first),
    cells: [...cells].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)),
  };
}
