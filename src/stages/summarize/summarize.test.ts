import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type Conflict,
  createContext,
  type Entity,
  type Evidence,
  type Fact,
  type SegmentedArticle,
} from '../../model/index.ts';
import { sourceOf } from '../../text/source.ts';
import { segmented } from '../compared-story.ts';
import { summarize } from './index.ts';
import { DEFAULT_CONTESTED_TERMS } from './lexicon.ts';
import { contestedMatcher, quoteRanges } from './text.ts';

type Doc = { text: string; title?: string };

function input(
  articles: readonly SegmentedArticle[],
  facts: Fact[] = [],
  conflicts: Conflict[] = [],
  entities: Entity[] = [],
) {
  return {
    story: {
      id: 's1',
      title: 't',
      articleIds: articles.map((a) => a.article.id),
      keywords: [],
      topicId: 't1',
    },
    articles,
    entities,
    quotes: [],
    figures: [],
    facts,
    conflicts,
    omissions: {},
    quoteMatrix: [],
    framing: null,
  };
}

/** Evidence for the first occurrence of `phrase` in an article. */
function at(doc: SegmentedArticle, phrase: string): Evidence {
  const start = doc.article.text.indexOf(phrase);
  assert.ok(start >= 0, `"${phrase}" not in ${doc.article.id}`);
  return { articleId: doc.article.id, span: { start, end: start + phrase.length } };
}

function fact(id: string, status: Fact['status'], evidence: Evidence[]): Fact {
  const sources = [...new Set(evidence.map((e) => e.articleId))];
  return {
    id,
    text: id,
    status,
    sources,
    evidence,
    figureIds: [],
    entityIds: [],
    modality: 'happened',
    coverage: {},
  };
}

// A fictional story told by three outlets.
const DOCS: Doc[] = [
  {
    title: 'Kestrel Harbour ferry strike ends after pay deal',
    text: 'Ferry crews in Kestrel Harbour ended a nine-day strike on Wednesday after accepting a pay offer from the operator.\n\nThe illegal walkout stranded thousands of commuters, the operator said.\n\nHowever, the union said the deal covers only two years.\n\nMayor Ines Varga welcomed the agreement at a press conference. She said the ferries would sail again by Monday.',
  },
  {
    title: 'Ferry workers accept offer, ending Kestrel strike',
    text: 'Union ferry crews in Kestrel Harbour accepted the operator’s pay offer on Wednesday, ending their nine-day strike.\n\nThe union said the deal covers only two years of pay.\n\nThis was the longest stoppage since 1998.\n\nThe operator lost about 400,000 euros during the strike, its finance chief said.',
  },
  {
    title: 'Chaos ends as ferry strike is called off',
    text: 'A nine-day ferry strike in Kestrel Harbour ended on Wednesday when crews accepted a pay offer from the operator.\n\nCommuters had faced “total chaos” on the roads, one driver said.\n\nThe ferries will sail again by Monday, according to the harbour authority.',
  },
];

describe('summarize with facts from the compare stage', () => {
  const articles = segmented(DOCS);
  const [a, b, c] = articles as [SegmentedArticle, SegmentedArticle, SegmentedArticle];
  const ended = fact('f-ended', 'consensus', [
    at(a, 'Ferry crews in Kestrel Harbour ended a nine-day strike on Wednesday'),
    at(b, 'accepted the operator’s pay offer on Wednesday'),
    at(c, 'A nine-day ferry strike in Kestrel Harbour ended on Wednesday'),
  ]);
  const twoYears = fact('f-two-years', 'corroborated', [
    at(a, 'the union said the deal covers only two years'),
    at(b, 'The union said the deal covers only two years of pay.'),
  ]);
  const lost = fact('f-lost', 'single-source', [
    at(b, 'The operator lost about 400,000 euros during the strike'),
  ]);
  const conflict: Conflict = {
    id: 'c1',
    kind: 'date',
    about: 'when the ferries sail again',
    sides: [
      { claim: 'by Monday (mayor)', evidence: [at(a, 'She said the ferries would sail again by Monday.')] },
      { claim: 'by Monday (authority)', evidence: [at(c, 'The ferries will sail again by Monday')] },
    ],
  };
  const varga: Entity = {
    id: 'e1',
    kind: 'person',
    name: 'Ines Varga',
    aliases: ['Mayor Ines Varga'],
    flags: [],
    mentions: [at(a, 'Ines Varga')],
  };
  const out = summarize({ words: 60 })(
    input(articles, [ended, twoYears, lost], [conflict], [varga]),
    createContext(),
  );

  test('the consensus fact comes first and cites every article that states it', () => {
    const first = out.summary[0];
    assert.deepEqual(first?.factIds, ['f-ended']);
    assert.deepEqual(new Set(first?.citations.map((e) => e.articleId)), new Set(['a1', 'a2', 'a3']));
  });

  test('the corroborated fact follows, repaired to stand alone, and a fact is told once', () => {
    const ids = out.summary.flatMap((s) => s.factIds);
    assert.ok(ids.includes('f-two-years'));
    assert.equal(new Set(ids).size, ids.length);
    for (const s of out.summary) assert.doesNotMatch(s.text, /^(However|This|He|She|They)\b/);
  });

  test('every citation points at text in its article, the word budget holds, no contested term', () => {
    const byId = new Map(articles.map((d) => [d.article.id, d.article.text]));
    const words = out.summary.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
    assert.ok(words <= 60, `${words} words`);
    const contested = contestedMatcher(DEFAULT_CONTESTED_TERMS);
    for (const s of out.summary) {
      assert.ok(s.citations.length > 0);
      for (const e of s.citations) {
        const text = byId.get(e.articleId) ?? '';
        assert.ok(e.span.start < e.span.end && e.span.end <= text.length);
      }
      assert.deepEqual(contested(s.text), [], s.text);
    }
  });

  test('single-source and disputed points carry their outlets', () => {
    const single = out.points.filter((p) => p.kind === 'single-source');
    assert.deepEqual(
      single.map((p) => p.articleIds),
      [['a2']],
    );
    const disputed = out.points.filter((p) => p.kind === 'disputed');
    assert.deepEqual(disputed[0]?.articleIds, ['a1', 'a3']);
    assert.equal(disputed[0]?.citations.length, 2);
  });

  test('the headline is a neutral title: no contested or opinion word, no quotes', () => {
    assert.ok(out.headline);
    assert.doesNotMatch(out.headline ?? '', /Chaos|illegal/i);
  });
});

describe('summarize without facts (compare stage empty)', () => {
  const articles = segmented(DOCS);
  const out = summarize({ words: 50 })(input(articles), createContext());

  test('support is found across articles by lexical similarity', () => {
    assert.ok(out.summary.length > 0);
    const first = out.summary[0];
    assert.ok(new Set(first?.citations.map((e) => e.articleId)).size >= 2, JSON.stringify(first));
    assert.deepEqual(first?.factIds, []);
  });

  test('a sentence in the outlet’s own voice with a contested term is never chosen', () => {
    const find = contestedMatcher(DEFAULT_CONTESTED_TERMS);
    for (const s of out.summary) {
      assert.doesNotMatch(s.text, /illegal/i);
      const quotes = quoteRanges(s.text);
      const own = find(s.text).filter((m) => !quotes.some(([a, b]) => m.start >= a && m.end <= b));
      assert.deepEqual(own, [], s.text); // "total chaos" may appear, inside a quotation
    }
  });

  test('a figure only one outlet gives is a single-source point', () => {
    assert.ok(
      out.points.some(
        (p) => p.kind === 'single-source' && p.articleIds.join() === 'a2' && /400,000/.test(p.text),
      ),
    );
  });

  test('an empty story gives an empty summary', () => {
    assert.deepEqual(summarize()(input([]), createContext()), { headline: null, summary: [], points: [] });
  });
});

describe('syndicated copies', () => {
  // fixes33 (newuser11 #20): one source is cited once, by its original (the copy was cited beside it)
  test('a copy counts as one source with its original, cited once by the original', () => {
    const [a, b, c] = segmented([DOCS[0] as Doc, DOCS[0] as Doc, DOCS[1] as Doc]) as SegmentedArticle[];
    const copy = {
      ...(b as SegmentedArticle),
      article: { ...(b as SegmentedArticle).article, syndicatedFrom: 'a1' },
    };
    const docs = [a as SegmentedArticle, copy, c as SegmentedArticle];
    assert.deepEqual([...sourceOf(docs).values()], ['a1', 'a1', 'a3']);
    const out = summarize({ words: 40 })(input(docs), createContext());
    const cited = out.summary[0]?.citations.map((e) => e.articleId) ?? [];
    assert.ok(cited.includes('a1') && !cited.includes('a2'), cited.join());
  });
});
