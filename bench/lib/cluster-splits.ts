// `eval:cluster --dev --splits`: what the grouping's errors share, as a printout. Over every two
// articles of a development half (on ECB+ two of one gold topic), it tells apart the pieces of a gold
// story left in two stories (a split), two gold stories put in one (a false join) and two articles of
// one gold story together (a right join), and counts the lead terms, names and body terms each kind of
// pair shares, and how many of them are rare in the run. A signal can rejoin the splits only where
// they share something the false joins do not.
import type { ArticleFeatures } from '../../src/stages/cluster/index.ts';

/** What two articles share: lead terms, names and body terms, and how many of each are rare in the run. */
export interface Shared {
  readonly lead: number;
  readonly rareLead: number;
  readonly names: number;
  readonly rareNames: number;
  readonly body: number;
  readonly rareBody: number;
}

/** The article pairs of each kind, each with what it shares. */
export interface SplitPairs {
  readonly split: Shared[];
  readonly falseJoin: Shared[];
  readonly rightJoin: Shared[];
}

const SIGNALS = ['lead', 'names', 'body'] as const;

/** A key is rare when at most this share of the run's articles hold it (and never below `RARE_FLOOR`). */
export const RARE_SHARE = 0.01;
export const RARE_FLOOR = 5;

/**
 * The pairs of the articles `keep` selects, by kind, with what each shares. `features` are the whole
 * run's (the document frequencies are the run's); `predicted` and `gold` map an article id to its
 * story; `together` (default: any two) limits the pairs compared, e.g. to one gold topic.
 */
export function splitPairs(
  features: readonly ArticleFeatures[],
  predicted: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
  keep: (id: string) => boolean,
  together: (a: string, b: string) => boolean = () => true,
): SplitPairs {
  const df = new Map<string, number>();
  for (const f of features)
    for (const signal of SIGNALS)
      for (const key of f[signal].keys()) df.set(`${signal}:${key}`, (df.get(`${signal}:${key}`) ?? 0) + 1);
  const rare = Math.max(RARE_FLOOR, RARE_SHARE * features.length);
  const shared = (a: ArticleFeatures, b: ArticleFeatures): Shared => {
    const count = (signal: (typeof SIGNALS)[number]) => {
      const keys = [...a[signal].keys()].filter((k) => b[signal].has(k));
      return [keys.length, keys.filter((k) => (df.get(`${signal}:${k}`) ?? 0) <= rare).length] as const;
    };
    const [lead, rareLead] = count('lead');
    const [names, rareNames] = count('names');
    const [body, rareBody] = count('body');
    return { lead, rareLead, names, rareNames, body, rareBody };
  };
  const kept = features.filter((f) => keep(f.id) && gold.has(f.id) && predicted.has(f.id));
  const pairs: SplitPairs = { split: [], falseJoin: [], rightJoin: [] };
  for (let i = 0; i < kept.length; i++)
    for (let j = i + 1; j < kept.length; j++) {
      const [a, b] = [kept[i] as ArticleFeatures, kept[j] as ArticleFeatures];
      if (!together(a.id, b.id)) continue;
      const same = gold.get(a.id) === gold.get(b.id);
      const joined = predicted.get(a.id) === predicted.get(b.id);
      if (same && !joined) pairs.split.push(shared(a, b));
      else if (!same && joined) pairs.falseJoin.push(shared(a, b));
      else if (same) pairs.rightJoin.push(shared(a, b));
    }
  return pairs;
}

/** How many gold stories of the kept articles lie in 1, 2, 3, … predicted stories (index = pieces). */
export function piecesOf(
  predicted: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
  keep: (id: string) => boolean,
): number[] {
  const stories = new Map<string, Set<string>>();
  for (const [id, event] of gold) {
    const story = predicted.get(id);
    if (!keep(id) || story === undefined) continue;
    const set = stories.get(event) ?? new Set<string>();
    set.add(story);
    stories.set(event, set);
  }
  const counts: number[] = [];
  for (const set of stories.values()) counts[set.size] = (counts[set.size] ?? 0) + 1;
  return Array.from(counts, (n) => n ?? 0);
}

// The first quartile, median and third quartile of `values`.
function quartiles(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.floor(p * (sorted.length - 1))] ?? 0;
  return `${at(0.25)}/${at(0.5)}/${at(0.75)}`;
}

/** The printout: gold stories by pieces, then each kind's pairs and the quartiles of what they share. */
export function formatSplits(pieces: readonly number[], pairs: SplitPairs): string {
  const byPieces = pieces
    .map((n, k) => [k, n] as const)
    .filter(([k, n]) => k > 0 && n > 0)
    .map(([k, n]) => `${n} in ${k}`)
    .join(', ');
  const rows = (['split', 'falseJoin', 'rightJoin'] as const).map((kind) => {
    const list = pairs[kind];
    const column = (key: keyof Shared) => quartiles(list.map((s) => s[key])).padEnd(9);
    const cells = (['lead', 'rareLead', 'names', 'rareNames', 'body', 'rareBody'] as const).map(column);
    return `    ${kind.padEnd(10)} ${String(list.length).padStart(6)}   ${cells.join(' ')}\n`;
  });
  return (
    `    gold stories by pieces: ${byPieces}\n` +
    `    pairs (quartiles shared)  lead      rare      names     rare      body      rare\n` +
    rows.join('')
  );
}
