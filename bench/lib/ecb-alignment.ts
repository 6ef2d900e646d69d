/**
 * ECB+ alignment: for each gold event (the documents of one event cluster, given as one story, so
 * clustering is skipped) the real stages run segment → extract → compare, and every two evidence
 * sentences of one fact from different documents form a predicted pair. Gold pairs are two sentences
 * of different documents that share a cross-document ACTION chain (same `cross_doc_instance`). Both
 * sides count only sentences listed in ECBplus_coreference_sentences.csv.
 */
import { readFileSync } from 'node:fs';
import { createContext, type SegmentedArticle } from '../../src/model/index.ts';
import { readArticles } from '../../src/pipeline.ts';
import { compare } from '../../src/stages/compare/index.ts';
import { extract } from '../../src/stages/extract/index.ts';
import { segment } from '../../src/stages/segment/index.ts';
import { sharedPath } from '../../test/shared.ts';
import type { EcbDoc } from './ecbplus.ts';
import { bestOverlap, locateText } from './support-locate.ts';
import { pairKey } from './support-score.ts';

/** ECB+ sentence spans as docs.jsonl stores them. */
type EcbSentence = { sentence: number; start: number; end: number };

/** The fully annotated sentences, as `<doc_id>:<sentence number>`. */
export function annotatedSentences(): Set<string> {
  const out = new Set<string>();
  const rows = readFileSync(sharedPath('datasets', 'ecbplus', 'ECBplus_coreference_sentences.csv'), 'utf8');
  for (const row of rows.split('\n').slice(1)) {
    const [topic, file, sentence] = row.trim().split(',');
    if (topic && file && sentence) out.add(`${topic}_${file}:${sentence}`);
  }
  return out;
}

/** Gold pairs of one event: sentences of different documents sharing a cross-document action chain. */
export function goldPairs(docs: readonly EcbDoc[], annotated: ReadonlySet<string>): Set<string> {
  const chains = new Map<string, Set<string>>();
  for (const doc of docs) {
    const sentences = doc.sentences as unknown as EcbSentence[];
    for (const m of doc.mentions) {
      if (!/^(NEG_)?ACTION/.test(m.tag) || !m.cross_doc_instance) continue;
      const s = sentences[bestOverlap(sentences, m.start, m.end)];
      const key = s && `${doc.doc_id}:${s.sentence}`;
      if (!key || !annotated.has(key)) continue;
      const chain = chains.get(m.cross_doc_instance) ?? new Set<string>();
      chain.add(key);
      chains.set(m.cross_doc_instance, chain);
    }
  }
  const out = new Set<string>();
  for (const chain of chains.values()) {
    const items = [...chain];
    for (let i = 0; i < items.length; i++)
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i] as string;
        const b = items[j] as string;
        if (a.split(':')[0] !== b.split(':')[0]) out.add(pairKey(a, b));
      }
  }
  return out;
}

/** Predicted pairs of one event: evidence sentences of one fact from different documents. */
export function predictedPairs(docs: readonly EcbDoc[], annotated: ReadonlySet<string>): Set<string> {
  const ctx = createContext();
  const files = docs.map((d) => ({
    path: `${d.doc_id}.json`,
    bytes: new TextEncoder().encode(JSON.stringify({ text: d.text })),
  }));
  const run = segment();
  const articles: SegmentedArticle[] = readArticles(files, {}, ctx).map((a) => run(a, ctx));
  const docOf = new Map(articles.map((a, i) => [a.article.id, docs[i] as EcbDoc]));
  const input = {
    story: { id: 'e', title: '', articleIds: articles.map((a) => a.article.id), keywords: [], topicId: 'e' },
    articles,
  };
  const { facts } = compare()({ ...input, ...extract()(input, ctx) }, ctx);
  // an evidence span -> the ECB+ sentence it is in (located in the dataset text), if annotated
  const textOf = new Map(articles.map((a) => [a.article.id, a.article.text]));
  const sentenceKey = (articleId: string, start: number, end: number): string | null => {
    const doc = docOf.get(articleId);
    const located = doc && locateText(doc.text, (textOf.get(articleId) ?? '').slice(start, end));
    if (!doc || !located) return null;
    const sentences = doc.sentences as unknown as EcbSentence[];
    const s = sentences[bestOverlap(sentences, located.start, located.end)];
    const key = s && `${doc.doc_id}:${s.sentence}`;
    return key && annotated.has(key) ? key : null;
  };
  const out = new Set<string>();
  for (const fact of facts) {
    const keys = fact.evidence.map((e) => sentenceKey(e.articleId, e.span.start, e.span.end));
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        const a = keys[i];
        const b = keys[j];
        if (a && b && a.split(':')[0] !== b.split(':')[0]) out.add(pairKey(a, b));
      }
  }
  return out;
}
