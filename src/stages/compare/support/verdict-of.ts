/**
 * For the support tests: judge the first sentence of `evidence` against the first sentence of
 * `claim`, each its own article, read as the pipeline reads them.
 */
import assert from 'node:assert/strict';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { extract } from '../../extract/index.ts';
import { judgeEvidence } from './index.ts';
import type { Judgement } from './verdict.ts';

/** The judgement of invented sentence `evidence` on invented sentence `claim`. */
export function judgementOf(claim: string, evidence: string): Judgement {
  const ctx = createContext();
  const docs = segmentAll([articleFromText('a1', claim), articleFromText('a2', evidence)], ctx);
  const story = { id: 's', title: '', articleIds: ['a1', 'a2'], keywords: [] };
  const input = { story, articles: docs, ...extract()({ story, articles: docs }, ctx) };
  const first = (i: number) => {
    const s = docs[i]?.sentences[0];
    assert.ok(s);
    return { articleId: `a${i + 1}`, span: { start: s.start, end: s.end } };
  };
  return judgeEvidence(input, first(0), first(1));
}
