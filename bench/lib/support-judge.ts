/**
 * Run `judgePair` over the labelled pairs: each story's documents are cleaned, segmented and
 * extracted once as the pipeline does, every pointer is resolved to the segmented sentence that holds
 * it, and the verdict is kept beside the gold label.
 */
import { createContext, type Evidence, type SegmentedArticle } from '../../src/model/index.ts';
import {
  type Judgement,
  judgeEvidence,
  type Reading,
  readSentences,
  type Verdict,
} from '../../src/stages/compare/support/index.ts';
import { extract } from '../../src/stages/extract/index.ts';
import type { ClaimFigure } from '../../src/text/quantities.ts';
import { type SupportDoc, type SupportGroup, segmentGroup } from './support-data.ts';
import { evidenceOf, type Found, type SupportPair, textOf } from './support-pairs.ts';

/** One judged pair: the verdict, or null when a sentence could not be resolved. */
export interface JudgedPair {
  readonly pair: SupportPair;
  readonly predicted: Verdict | null;
}

/** How the pointers were resolved, counted per sentence. */
export interface ResolveCounts {
  /** Hash mismatch and no head/tail match in the dataset field. */
  unresolved: number;
  exact: number;
  folded: number;
  /** Not found in Parallax's cleaned text of the article. */
  missing: number;
  /** Found, but the segmented sentence holding it has other boundaries. */
  otherBoundaries: number;
}

/** A judged pair's texts and judgement, kept on request (for looking at the development half's misses). */
export interface PairDetail extends Judgement {
  readonly claim: string;
  readonly evidence: string;
  /** How the judge read each sentence. */
  readonly readings: readonly [Reading | null, Reading | null];
  /** The story's IDF the judge weighed the terms by. */
  readonly idf: ReadonlyMap<string, number>;
  /** The figures of every sentence of each sentence's article, read on request (claim's, evidence's). */
  readonly articleFigures: readonly [() => readonly ClaimFigure[], () => readonly ClaimFigure[]];
}

/**
 * The story input of a labelled story's pairs, as the pipeline would give it to extract: NeuS stories
 * and the example whole, an ECB+ topic in the documents its pairs name; with each document's article.
 */
export function storyOfPairs(group: SupportGroup, pairs: readonly SupportPair[]) {
  const named = new Set(pairs.flatMap((p) => [p.claim.doc, p.evidence.doc]));
  const docs = group.dataset === 'ecbplus' ? group.docs.filter((d) => named.has(d.docId)) : group.docs;
  const articles = segmentGroup(group, docs);
  const articleOf = new Map(docs.map((d, i) => [d.docId, articles[i] as SegmentedArticle]));
  const story = {
    id: group.story,
    title: '',
    articleIds: articles.map((a) => a.article.id),
    keywords: [],
    topicId: group.story,
  };
  return { docs, articleOf, input: { story, articles } };
}

/**
 * Judge every pair (grouped by story so each story is extracted once). With `detail`, each judged
 * pair's sentences and judgement are kept too, by pair id.
 */
export function judgeAll(
  pairs: readonly SupportPair[],
  groups: readonly SupportGroup[],
  options: { readonly detail?: boolean } = {},
): { judged: JudgedPair[]; counts: ResolveCounts; details: Map<string, PairDetail> } {
  const details = new Map<string, PairDetail>();
  const counts: ResolveCounts = { unresolved: 0, exact: 0, folded: 0, missing: 0, otherBoundaries: 0 };
  const byKey = new Map(groups.map((g) => [`${g.dataset}/${g.story}`, g]));
  const judged: JudgedPair[] = [];
  const runExtract = extract();
  for (const [key, storyPairs] of Map.groupBy(pairs, (p) => `${p.dataset}/${p.story}`)) {
    const group = byKey.get(key);
    if (!group) {
      for (const pair of storyPairs) judged.push({ pair, predicted: null });
      counts.unresolved += 2 * storyPairs.length;
      continue;
    }
    const { docs, articleOf, input } = storyOfPairs(group, storyPairs);
    const ctx = createContext();
    const full = { ...input, ...runExtract(input, ctx) };
    const resolve = (pointer: SupportPair['claim']): Evidence | null => {
      const doc = docs.find((d) => d.docId === pointer.doc) as SupportDoc | undefined;
      const text = doc ? textOf(pointer, doc.raw) : null;
      const article = articleOf.get(pointer.doc);
      if (text === null || !article) {
        counts.unresolved++;
        return null;
      }
      const { evidence, found, sameSentence } = evidenceOf(text, article);
      counts[found satisfies Found]++;
      if (evidence && !sameSentence) counts.otherBoundaries++;
      return evidence;
    };
    for (const pair of storyPairs) {
      const claim = resolve(pair.claim);
      const evidence = resolve(pair.evidence);
      const judgement = claim && evidence ? judgeEvidence(full, claim, evidence) : null;
      judged.push({ pair, predicted: judgement?.verdict ?? null });
      if (options.detail && judgement && claim && evidence) {
        const textAt = (e: Evidence) =>
          full.articles
            .find((a) => a.article.id === e.articleId)
            ?.article.text.slice(e.span.start, e.span.end) ?? '';
        const { find, idf } = readSentences(full);
        // (what an article tells anywhere, as the coverage's ≠ asks of it: `otherValueOf`'s `held`)
        const figuresOf = (e: Evidence) => () =>
          (full.articles.find((a) => a.article.id === e.articleId)?.sentences ?? []).flatMap(
            (s) =>
              find({ articleId: e.articleId, span: { start: s.start, end: s.end } })?.claim.figures ?? [],
          );
        details.set(pair.id, {
          ...judgement,
          claim: textAt(claim),
          evidence: textAt(evidence),
          readings: [find(claim), find(evidence)],
          idf,
          articleFigures: [figuresOf(claim), figuresOf(evidence)],
        });
      }
    }
  }
  return { judged, counts, details };
}
