import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import { segment } from '../segment/index.ts';
import { buildCandidates } from './candidates.ts';
import { DEFAULT_CONTESTED_TERMS } from './lexicon.ts';
import { ownTails } from './own-tail.ts';
import { senseCheck } from './senses.ts';
import { summarized } from './test-story.ts';
import { contestedMatcher } from './text.ts';

// Invented: three outlets on a ferry law; the plain facts each tells are shared, two close their
// lede with a reading of their own.
const PLAIN =
  'The Orvik assembly on Tuesday passed the Ferry Safety Bill by 41 votes to 30. The law lets inspectors hold a ferry in port for up to 60 days while its hull is checked. Harbour Minister Tove Lund said the law would keep passengers safe.';
const LEFT =
  'The Orvik assembly on Tuesday narrowly passed the Ferry Safety Bill, a law that will let inspectors tie up family-run boats for two months without appeal. Harbour Minister Tove Lund said the law would keep passengers safe.';
const RIGHT =
  'The Orvik assembly on Tuesday passed the Ferry Safety Bill after a long debate, handing Harbour Minister Tove Lund the sweeping powers she has craved for years. Lund said the law would keep passengers safe.';
const docs = [
  { title: 'Assembly passes ferry law', text: PLAIN, outlet: 'Orvik Wire' },
  { title: 'Ferry law rushed through', text: LEFT, outlet: 'The Orvik Lantern' },
  { title: 'Lund wins ferry powers', text: RIGHT, outlet: 'The Orvik Post' },
];

const candidatesOf = (articles: readonly object[]) => {
  const ctx = createContext();
  const read = articles.map((a, i) => ({
    path: `a${i}.json`,
    bytes: new TextEncoder().encode(JSON.stringify(a)),
  }));
  const segmented = readArticles(read, {}, ctx).map((a) => segment()(a, ctx));
  return buildCandidates(segmented, {
    entities: [],
    findContested: contestedMatcher(DEFAULT_CONTESTED_TERMS),
    inSense: senseCheck(DEFAULT_CONTESTED_TERMS),
  });
};

describe('a closing reading of the event that one outlet alone gives', () => {
  const candidates = candidatesOf(docs);
  const tails = ownTails(candidates);
  const cutOf = (start: string) => {
    const c = candidates.find((k) => k.text.startsWith(start));
    assert.ok(c, start);
    const tail = tails.get(c.index);
    return tail ? c.text.slice(tail.start - c.evidence.span.start, tail.end - c.evidence.span.start) : null;
  };

  test('is cut: an appositive re-describing the law, a participle of what it gives someone', () => {
    assert.equal(
      cutOf('The Orvik assembly on Tuesday narrowly'),
      ', a law that will let inspectors tie up family-run boats for two months without appeal',
    );
    assert.equal(
      cutOf('The Orvik assembly on Tuesday passed the Ferry Safety Bill after'),
      ', handing Harbour Minister Tove Lund the sweeping powers she has craved for years',
    );
  });

  test('is kept where it tells a fact: a figure, a rank, what someone said, whom a count holds', () => {
    const kept = candidatesOf([
      { title: 'Ferry law', text: PLAIN },
      {
        title: 'Ferry law passes',
        text: 'The Orvik assembly on Tuesday passed the Ferry Safety Bill, becoming the first assembly to regulate island ferries. The assembly passed the bill, citing three sinkings in a decade of old hulls. Two ferries sank in March, killing nine people, including a pilot of twenty years.',
      },
    ]);
    assert.deepEqual([...ownTails(kept).keys()], []);
  });

  test('the plain telling is untouched', () => {
    assert.equal(cutOf('The Orvik assembly on Tuesday passed the Ferry Safety Bill by'), null);
  });
});

test('the summary tells the outlets’ shared facts, not one outlet’s reading of them', () => {
  // (the wire's sentence opens otherwise: the two ledes are the only ones telling the vote)
  const wire =
    'Inspectors may now hold a ferry in port for up to 60 days while its hull is checked, under the Ferry Safety Bill passed on Tuesday. Harbour Minister Tove Lund said the law would keep passengers safe.';
  const { out } = summarized(
    [{ title: 'Ferry law passes', text: wire, outlet: 'Orvik Wire' }, ...docs.slice(1)],
    80,
  );
  const text = out.summary.map((s) => s.text).join(' ');
  assert.doesNotMatch(text, /tie up family-run boats|sweeping powers she has craved/, text);
  assert.match(
    text,
    /The Orvik assembly on Tuesday passed the Ferry Safety Bill after a long debate\./,
    text,
  );
});
