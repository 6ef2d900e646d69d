/**
 * Candidate (claim, evidence) sentence pairs of one story for the support-pair builder
 * (bench/build-support-candidates.ts): the story's sentences found verbatim in the raw fields, and for
 * each claim sentence the most similar sentences of the story's other documents (TF-IDF cosine from
 * tfidf.ts, independent of the compare stage), with the hard-case flags of support-hard.ts.
 */
import { readFileSync } from 'node:fs';
import { sharedPath } from '../../test/shared.ts';
import { type SupportDoc, type SupportGroup, segmentGroup } from './support-data.ts';
import { flags } from './support-hard.ts';
import { cosine, tfidfVectors } from './tfidf.ts';

/** A sentence of a document, by its offsets into the document's raw field. */
export interface Sent {
  doc: SupportDoc;
  docIndex: number;
  start: number;
  end: number;
  text: string;
  /** An ECB+ sentence that was fully annotated. */
  annotated: boolean;
}

/** A proposed pair: the claim sentence, a similar sentence of another document, and its hints. */
export interface Candidate {
  dataset: string;
  story: string;
  claim: Sent;
  evidence: Sent;
  cos: number;
  flags: string[];
  sameEvent?: boolean;
}

let annotatedKeys: Set<string> | undefined;
/** ECB+ sentences that were fully annotated (topic_file:sentence), read once. */
function annotated(): Set<string> {
  if (annotatedKeys) return annotatedKeys;
  annotatedKeys = new Set<string>();
  for (const row of readFileSync(
    sharedPath('datasets', 'ecbplus', 'ECBplus_coreference_sentences.csv'),
    'utf8',
  )
    .split('\n')
    .slice(1)) {
    const [topic, file, sentence] = row.trim().split(',');
    if (topic && file && sentence) annotatedKeys.add(`${topic}_${file}:${sentence}`);
  }
  return annotatedKeys;
}

function sentencesOf(group: SupportGroup, docs: readonly SupportDoc[]): Sent[] {
  const seg = segmentGroup(group, docs);
  const out: Sent[] = [];
  seg.forEach((s, i) => {
    const doc = docs[i] as SupportDoc;
    const ecbLines = group.dataset === 'ecbplus' ? doc.raw.split('\n') : [];
    for (const sentence of s.sentences) {
      const text = s.article.text.slice(sentence.start, sentence.end);
      if (text.split(/\s+/).length < 5) continue;
      const start = doc.raw.indexOf(text);
      if (start < 0) continue; // only sentences found verbatim in the raw field
      const line = doc.raw.slice(0, start).split('\n').length - 1;
      const isAnnotated = ecbLines.length > 0 && annotated().has(`${doc.docId}:${line}`);
      out.push({ doc, docIndex: i, start, end: start + text.length, text, annotated: isAnnotated });
    }
  });
  return out;
}

/**
 * For each claim sentence of the documents (on ECB+ only the annotated ones unless `annotatedOnly` is
 * false), its `perClaim` most similar sentences of the other documents (cosine above 0.12, below 0.97).
 */
export function candidatesOf(
  group: SupportGroup,
  docs: readonly SupportDoc[],
  perClaim: number,
  annotatedOnly = true,
): Candidate[] {
  const sents = sentencesOf(group, docs);
  const vectors = tfidfVectors(sents.map((s) => s.text));
  const out: Candidate[] = [];
  sents.forEach((claim, i) => {
    if (annotatedOnly && group.dataset === 'ecbplus' && !claim.annotated) return;
    const ranked = sents
      .map((s, j) => ({
        s,
        cos: cosine(vectors[i] as Map<string, number>, vectors[j] as Map<string, number>),
      }))
      .filter((r) => r.s.docIndex !== claim.docIndex && r.cos > 0.12 && r.cos < 0.97)
      .sort((a, b) => b.cos - a.cos)
      .slice(0, perClaim);
    for (const r of ranked)
      out.push({
        dataset: group.dataset,
        story: group.story,
        claim,
        evidence: r.s,
        cos: r.cos,
        flags: flags(claim.text, r.s.text),
        ...(claim.doc.event ? { sameEvent: claim.doc.event === r.s.doc.event } : {}),
      });
  });
  return out;
}

/** The record of a candidate written for labelling, numbered `n` (with the texts: never into the repository). */
export function candidateRecord(c: Candidate, n: number) {
  return {
    n,
    dataset: c.dataset,
    story: c.story,
    cos: Number(c.cos.toFixed(3)),
    flags: c.flags,
    sameEvent: c.sameEvent,
    claim: {
      doc: c.claim.doc.docId,
      field: c.claim.doc.field,
      start: c.claim.start,
      end: c.claim.end,
      text: c.claim.text,
    },
    evidence: {
      doc: c.evidence.doc.docId,
      field: c.evidence.doc.field,
      start: c.evidence.start,
      end: c.evidence.end,
      text: c.evidence.text,
    },
  };
}
