import type { Article } from '../../model/index.ts';
import type { SyndicateOptions } from '../../stages/syndicate/index.ts';
import { aggregatorOf } from '../../stages/syndicate/index.ts';
import { MIN_CONTAINMENT, MIN_SHARED, SHINGLE_WORDS, WORD } from '../../stages/syndicate/patterns.ts';
import { shingleSet } from '../../stages/syndicate/shingles.ts';
import { publishedInstant } from '../../text/dates/published.ts';
import { FNV_START, fnv1a, fnvStep } from '../../text/hash.ts';
import { isoOrNull } from '../dates.ts';
import { COPY_SAMPLE_EVERY } from '../patterns.ts';
import type { CopyTurn, NewArticle, Store, UpsertOutcome } from '../types.ts';
import type { StoredFeatures } from './features.ts';
import { COPY_WINDOW_DAYS } from './patterns.ts';
import { type StoredReader, storedReader } from './stored-reader.ts';

/**
 * Copies across ingests: the syndicate stage links copies within one chunk of files; a copy whose
 * original was stored by an earlier batch or ingest is found here, through the sampled shingles the
 * store keeps of every article, and checked on the two texts with the stage's own rule.
 */

const MS_PER_DAY = 86_400_000;

/**
 * The sample of a text's hashed 5-word shingles the store keeps (those whose hash is a multiple of
 * `COPY_SAMPLE_EVERY`), over the words the syndicate stage reads: the same shingles of two texts are
 * sampled alike, so copies share samples. A shingle's hash combines its words' hashes (each word
 * hashed once) and is mixed so that its low bits, which choose the sample, are even.
 */
export function copySample(text: string): number[] {
  const words = text.toLowerCase().match(WORD) ?? [];
  const hashes = words.map(fnv1a);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= hashes.length; i++) {
    let h = FNV_START;
    for (let k = i; k < i + SHINGLE_WORDS; k++) h = fnvStep(h, hashes[k] as number);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = (h ^ (h >>> 13)) >>> 0;
    if (h % COPY_SAMPLE_EVERY === 0) out.add(h);
  }
  return [...out];
}

/** What the check found: how many articles of the batch were linked to a stored original. */
export interface CopiesLinked {
  readonly rows: NewArticle[];
  /** Positions in the batch of the articles found to copy a stored one. */
  readonly linked: ReadonlySet<number>;
  /**
   * New articles published before the stored original they share their text with: each stays an
   * original, and once stored, that original and its copies are turned to it (`Store.turnCopies`).
   */
  readonly turns: readonly { readonly index: number; readonly from: string; readonly note: string }[];
}

/** The turns of the articles the batch stored (`CopiesLinked.turns`), to their store ids. */
export function storedTurns(copies: CopiesLinked, outcomes: readonly UpsertOutcome[]): CopyTurn[] {
  return copies.turns.flatMap((turn) => {
    const outcome = outcomes[turn.index];
    return outcome?.status === 'inserted' ? [{ from: turn.from, to: outcome.id, note: turn.note }] : [];
  });
}

// Whether `a` comes before `b` as the syndicate stage picks an original: not an aggregator's copy,
// then published first (an undated article last).
function firstPublished(a: Article, b: Article): boolean {
  if ((aggregatorOf(a) === null) !== (aggregatorOf(b) === null)) return aggregatorOf(a) === null;
  const [x, y] = [publishedInstant(a.publishedAt), publishedInstant(b.publishedAt)];
  return !Number.isNaN(x) && (Number.isNaN(y) || x < y);
}

/**
 * The batch's rows with their shingle samples, and each new article that copies a stored one (as the
 * syndicate stage judges copies: at least `minShared` shingles, `minContainment` of the shorter
 * text's) linked to it: `syndicatedFrom` names the stored original (the original of a stored copy),
 * a note says why, its grouping features say it is a copy, and the batch's copies of it follow.
 * Articles already linked within their chunk are left as they are; only stored articles dated
 * within `COPY_WINDOW_DAYS` of the new one are compared.
 */
export async function linkStoredCopies(
  store: Store,
  rows: readonly NewArticle[],
  options: SyndicateOptions,
  now: Date,
  reader: StoredReader = storedReader(store),
): Promise<CopiesLinked> {
  const minShared = options.minShared ?? MIN_SHARED;
  const minContainment = options.minContainment ?? MIN_CONTAINMENT;
  const sampled: NewArticle[] = rows.map((row) => ({
    ...row,
    shingles: row.shingles ?? copySample(row.article.text),
  }));
  const open = sampled.flatMap((row, index) => (row.article.syndicatedFrom === null ? [index] : []));
  const queries = open.map((index) => {
    const row = sampled[index] as NewArticle;
    const at = Date.parse(isoOrNull(row.article.publishedAt) ?? now.toISOString());
    return {
      shingles: row.shingles ?? [],
      since: new Date(at - COPY_WINDOW_DAYS * MS_PER_DAY).toISOString(),
      until: new Date(at + COPY_WINDOW_DAYS * MS_PER_DAY).toISOString(),
    };
  });
  const candidates = await store.copyCandidates(queries);
  // the batch-local id of each new article found to copy a stored one → the stored original
  const originals = new Map<string, string>();
  const linked = new Set<number>();
  const turns: { index: number; from: string; note: string }[] = [];
  for (const [k, index] of open.entries()) {
    const found = candidates[k] ?? [];
    if (!found.length) continue;
    const row = sampled[index] as NewArticle;
    const own = shingleSet(row.article.text);
    for (const candidate of found) {
      const stored = await reader.read(candidate.id);
      if (!stored) continue;
      const theirs = shingleSet(stored.text);
      let shared = 0;
      for (const hash of own) if (theirs.has(hash)) shared++;
      const containment = shared / Math.max(1, Math.min(own.size, theirs.size));
      if (shared < minShared || containment < minContainment) continue;
      const original = stored.syndicatedFrom ?? stored.id;
      const first = original === stored.id ? stored : await reader.read(original);
      // the earlier original stored after its copy: the stored ones turn to it once it is stored
      if (first && firstPublished(row.article, first)) {
        turns.push({
          index,
          from: original,
          note: `${Math.round(containment * 100)}% of the shorter text's 5-word shingles are shared with ${stored.id}`,
        });
        break;
      }
      originals.set(row.article.id, original);
      linked.add(index);
      sampled[index] = markCopy(row, original, stored.id, Math.round(containment * 100));
      break;
    }
  }
  if (!originals.size) return { rows: sampled, linked, turns };
  // the batch's own copies of a linked article name the stored original too
  const linkedRows = sampled.map((row) => {
    const from = row.article.syndicatedFrom;
    const original = from === null ? undefined : originals.get(from);
    return original === undefined ? row : markCopy(row, original, original, null);
  });
  return { rows: linkedRows, linked, turns };
}

// The row as a copy of `original` (found as a copy of stored article `of`, sharing `share` % of shingles).
function markCopy(row: NewArticle, original: string, of: string, share: number | null): NewArticle {
  const note =
    share === null
      ? `near-duplicate of a copy of the stored article ${original}`
      : `near-duplicate of the stored article ${of}: ${share}% of the shorter text's 5-word shingles are shared`;
  const before = row.article.syndicationNote;
  const article: Article = {
    ...row.article,
    syndicatedFrom: original,
    syndicationNote: share === null ? before : before ? `${note}; ${before}` : note,
  };
  const features = row.features as StoredFeatures | null;
  return {
    ...row,
    article,
    features: features && typeof features === 'object' ? { ...features, syndicated: true } : row.features,
  };
}
