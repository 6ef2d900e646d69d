/**
 * The labelled support pairs (bench/data/support-pairs.jsonl): each sentence stored as a pointer
 * into its dataset (document id, field, offsets, short hashes of the text and of its first and last
 * characters; the text itself only for our own example), and resolved back into Parallax's evidence
 * (article id and the span of the segmented sentence) for `judgePair`.
 */
import { readFileSync } from 'node:fs';
import type { Evidence, SegmentedArticle } from '../../src/model/index.ts';
import type { SupportDoc, SupportGroup } from './support-data.ts';
import { shortHash } from './support-data.ts';
import { bestOverlap, locateText } from './support-locate.ts';

/** The four verdicts, as `judgePair` names them. */
export const LABELS = ['supports', 'contradicts', 'planned-vs-happened', 'related'] as const;
/** One verdict. */
export type Label = (typeof LABELS)[number];

/** Where a sentence is: offsets into a named field of a dataset document, with hashes to check it. */
export interface SentencePointer {
  readonly doc: string;
  readonly field: string;
  readonly start: number;
  readonly end: number;
  /** shortHash of the sentence text. */
  readonly sha1: string;
  /** shortHash of its first and last HEAD_TAIL characters (to find it again if offsets drift). */
  readonly head: string;
  readonly tail: string;
  /** Only for our own example: the sentence itself. */
  readonly text?: string;
}

/** One labelled pair. */
export interface SupportPair {
  readonly id: string;
  readonly dataset: SupportGroup['dataset'];
  readonly story: string;
  readonly half: 'dev' | 'heldout';
  readonly label: Label;
  readonly claim: SentencePointer;
  readonly evidence: SentencePointer;
  /** The labelling round of a pair added later as a batch never scored before it (`heldout-YYYY-MM-DD`). */
  readonly round?: string;
  /** The candidate search that proposed it (`align`, `similar`, …), where its round recorded one. */
  readonly search?: string;
}

/** The name of a candidate search: lower-case words joined by '-' (`align`, `hard-wide`). */
const SEARCH_NAME = /^[a-z]+(?:-[a-z]+)*$/;

/**
 * The optional fields `finish-support-pairs.ts` adds to a labelled pair: its round and the search
 * that proposed it (a search is kept only with a round: the older lines never recorded theirs).
 */
export function roundFields(round?: string, search?: string): Pick<SupportPair, 'round' | 'search'> {
  if (round !== undefined && roundDate(round) === null)
    throw new Error(`round ${round} does not end with a date (YYYY-MM-DD)`);
  if (search !== undefined && !SEARCH_NAME.test(search)) throw new Error(`bad search name ${search}`);
  if (search !== undefined && round === undefined) throw new Error(`search ${search} without a round`);
  return { ...(round !== undefined ? { round } : {}), ...(search !== undefined ? { search } : {}) };
}

/** The date a round's name ends with (`heldout-2026-12-03` → `2026-12-03`), or null. */
export function roundDate(round: string): string | null {
  return /(\d{4}-\d{2}-\d{2})$/.exec(round)?.[1] ?? null;
}

/**
 * The fresh held-out rounds among some items (pairs, or what holds one: `pairOf` finds it), each with
 * its items in their order, the rounds in the order first met. Dev pairs never form a round.
 */
export function freshRounds<T>(
  items: readonly T[],
  pairOf: (item: T) => Pick<SupportPair, 'half' | 'round'>,
): Map<string, T[]> {
  const rounds = new Map<string, T[]>();
  for (const item of items) {
    const { half, round } = pairOf(item);
    if (half !== 'heldout' || round === undefined) continue;
    const list = rounds.get(round) ?? [];
    list.push(item);
    rounds.set(round, list);
  }
  return rounds;
}

/**
 * What `eval:support` prints of the fresh held-out rounds, as (title, items) sections: each round
 * alone, oldest first by the date its name ends with, then, when there are two or more, all of them
 * together (their items in their order).
 */
export function freshSections<T>(
  items: readonly T[],
  pairOf: (item: T) => Pick<SupportPair, 'half' | 'round'>,
): [string, T[]][] {
  const rounds = [...freshRounds(items, pairOf)].sort(([a], [b]) =>
    (roundDate(a) ?? '').localeCompare(roundDate(b) ?? ''),
  );
  const sections: [string, T[]][] = rounds.map(([round, rows]) => [
    `held-out, fresh round ${round}: never scored before ${roundDate(round)}`,
    rows,
  ]);
  if (rounds.length > 1) {
    const names = rounds.map(([round]) => round);
    const rows = items.filter((item) => {
      const { half, round } = pairOf(item);
      return half === 'heldout' && round !== undefined && names.includes(round);
    });
    sections.push([`held-out, the ${names.length} fresh rounds together (${names.join(', ')})`, rows]);
  }
  return sections;
}

/**
 * The items of a section by the search that proposed their pair, searches in alphabetical order, or
 * null unless every item's pair names one (a round that recorded its searches, alone).
 */
export function bySearch<T>(
  items: readonly T[],
  pairOf: (item: T) => Pick<SupportPair, 'search'>,
): [string, T[]][] | null {
  if (!items.length || items.some((item) => pairOf(item).search === undefined)) return null;
  const groups = Map.groupBy(items, (item) => pairOf(item).search as string);
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

/** How many characters the head and tail hashes cover. */
export const HEAD_TAIL = 12;

/** The pointer of a sentence found at [start, end) of a document's field. */
export function pointerOf(doc: SupportDoc, start: number, end: number, withText: boolean): SentencePointer {
  const text = doc.raw.slice(start, end);
  return {
    doc: doc.docId,
    field: doc.field,
    start,
    end,
    sha1: shortHash(text),
    head: shortHash(text.slice(0, HEAD_TAIL)),
    tail: shortHash(text.slice(-HEAD_TAIL)),
    ...(withText ? { text } : {}),
  };
}

/** Read the pairs file (one JSON object per line). */
export function readPairs(path: string): SupportPair[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const pair = JSON.parse(line) as SupportPair;
      if (pair.round !== undefined && (typeof pair.round !== 'string' || roundDate(pair.round) === null))
        throw new Error(`pair ${pair.id}: round ${String(pair.round)} does not end with a date`);
      if (pair.search !== undefined && (typeof pair.search !== 'string' || !SEARCH_NAME.test(pair.search)))
        throw new Error(`pair ${pair.id}: bad search ${String(pair.search)}`);
      return pair;
    });
}

/**
 * The sentence text a pointer names: the stored offsets when the hash matches, else the span between
 * a matching head and tail (offsets drifted), else null.
 */
export function textOf(pointer: SentencePointer, raw: string): string | null {
  const atOffsets = raw.slice(pointer.start, pointer.end);
  if (shortHash(atOffsets) === pointer.sha1) return atOffsets;
  const length = pointer.end - pointer.start;
  for (let i = 0; i + HEAD_TAIL <= raw.length; i++) {
    if (shortHash(raw.slice(i, i + HEAD_TAIL)) !== pointer.head) continue;
    for (const end of [i + length, ...range(i + HEAD_TAIL, raw.length + 1)]) {
      const candidate = raw.slice(i, end);
      if (shortHash(candidate.slice(-HEAD_TAIL)) === pointer.tail && shortHash(candidate) === pointer.sha1)
        return candidate;
    }
  }
  return null;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** How a sentence was found in the cleaned article text. */
export type Found = 'exact' | 'folded' | 'missing';

/**
 * The evidence for a sentence: located in the article's cleaned text, then widened to the segmented
 * sentence that covers most of it. `sameSentence` tells whether that sentence is exactly the labelled one.
 */
export function evidenceOf(
  text: string,
  article: SegmentedArticle,
): { evidence: Evidence | null; found: Found; sameSentence: boolean } {
  const located = locateText(article.article.text, text);
  if (!located) return { evidence: null, found: 'missing', sameSentence: false };
  const index = bestOverlap(article.sentences, located.start, located.end);
  const sentence = article.sentences[index];
  if (!sentence) return { evidence: null, found: 'missing', sameSentence: false };
  return {
    // the labelled sentence itself, even where Parallax's segmentation cut it elsewhere
    evidence: { articleId: article.article.id, span: { start: located.start, end: located.end } },
    found: located.exact ? 'exact' : 'folded',
    sameSentence: sentence.start === located.start && sentence.end === located.end,
  };
}
