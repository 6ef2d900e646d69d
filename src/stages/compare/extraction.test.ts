import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type Entity, type Quote, type StoryExtraction } from '../../model/index.ts';
import { articleFromText, segmentAll } from '../extract/from-text.ts';
import { compare } from './index.ts';

// Hand-made extraction values: spans found in the text by search, as the extract stage would give them.
function spanOf(text: string, surface: string, from = 0) {
  const start = text.indexOf(surface, from);
  assert.ok(start >= 0, surface);
  return { start, end: start + surface.length };
}

function setup(bodies: string[]) {
  const ctx = createContext();
  const articles = bodies.map((b, i) => articleFromText(`a${i + 1}`, b));
  const docs = segmentAll(articles, ctx);
  const story = { id: 's1', title: 't', articleIds: articles.map((a) => a.id), keywords: [] };
  return { ctx, articles, docs, story };
}

test('an entity the extract stage resolved joins claims that name it differently', () => {
  const bodies = [
    'Chancellor Margarethe Lindqvist opened the new rail tunnel under the fjord on Friday.',
    'The head of government opened the new rail tunnel under the fjord on Friday.',
  ];
  const { ctx, articles, docs, story } = setup(bodies);
  const entity: Entity = {
    id: 'e1',
    kind: 'person',
    name: 'Margarethe Lindqvist',
    aliases: ['the head of government'],
    flags: [],
    mentions: [
      { articleId: 'a1', span: spanOf(articles[0]?.text ?? '', 'Margarethe Lindqvist') },
      { articleId: 'a2', span: spanOf(articles[1]?.text ?? '', 'head of government') },
    ],
  };
  const extraction: StoryExtraction = { entities: [entity], quotes: [], figures: [] };
  const result = compare()({ story, articles: docs, ...extraction }, ctx);
  const fact = result.facts.find((f) => f.sources.length === 2);
  assert.ok(fact);
  assert.deepEqual(fact.entityIds, ['e1']);
});

test('the quote matrix marks quoted, paraphrased and absent per article', () => {
  const bodies = [
    '“We will rebuild every bridge before winter,” Governor Tamsin Roe said on Monday.',
    'Governor Tamsin Roe promised to rebuild every bridge before winter.',
    'Floodwaters receded across the valley on Monday as farmers counted losses.',
  ];
  const { ctx, articles, docs, story } = setup(bodies);
  const quote: Quote = {
    id: 'q1',
    kind: 'direct',
    text: 'We will rebuild every bridge before winter,',
    speaker: { name: 'Tamsin Roe', entityId: null },
    cue: 'said',
    occurrences: [
      {
        articleId: 'a1',
        span: spanOf(articles[0]?.text ?? '', 'We will rebuild every bridge before winter,'),
      },
    ],
    speakerEvidence: [],
  };
  const result = compare()({ story, articles: docs, entities: [], quotes: [quote], figures: [] }, ctx);
  assert.deepEqual(result.quoteMatrix, [
    { quoteId: 'q1', byArticle: { a1: 'quoted', a2: 'paraphrased', a3: 'absent' } },
  ]);
});

test('the same quoted words attributed to different people are a speaker conflict', () => {
  const { ctx, docs, story } = setup([
    '“We need every lane of that highway open by spring,” Minister Ilse Brandt said.',
    '“We need every lane of that highway open by spring,” Mayor Oskar Fehr said.',
    '“We need every lane of that highway open by spring,” the ministry said.',
  ]);
  const result = compare()({ story, articles: docs, entities: [], quotes: [], figures: [] }, ctx);
  const speaker = result.conflicts.filter((c) => c.kind === 'speaker');
  assert.equal(speaker.length, 1, 'a ministry and a person are not a conflict');
  assert.deepEqual(
    speaker[0]?.sides.map((s) => s.evidence[0]?.articleId),
    ['a1', 'a2'],
  );
});

test('a speaker conflict lists every source on each side', () => {
  const { ctx, docs, story } = setup([
    '“We need every lane of that highway open by spring,” Minister Ilse Brandt said.',
    '“We need every lane of that highway open by spring,” Mayor Oskar Fehr said.',
    'Minister Ilse Brandt said: “We need every lane of that highway open by spring.”',
  ]);
  const result = compare()({ story, articles: docs, entities: [], quotes: [], figures: [] }, ctx);
  const speaker = result.conflicts.filter((c) => c.kind === 'speaker');
  assert.deepEqual(
    speaker.map((c) => c.sides.map((s) => [s.claim, s.evidence.map((e) => e.articleId)])),
    [
      [
        ['attributed to Minister Ilse Brandt', ['a1', 'a3']],
        ['attributed to Mayor Oskar Fehr', ['a2']],
      ],
    ],
  );
});

test('two quotes that share only common words and a few nouns are no speaker conflict', () => {
  // 7 of the short quote's 11 words recur in the long one ("the", "and", "its", "are", "for",
  // "station", "platform"), but only 2 of its 6 content words: other words, not the same quote
  const { ctx, docs, story } = setup([
    '“The new station and its platform are ready for a big change,” Mayor Oskar Fehr said.',
    '“Its riders are tired of waiting, and the station has no platform heated for the winter months,” Minister Ilse Brandt said.',
  ]);
  const result = compare()({ story, articles: docs, entities: [], quotes: [], figures: [] }, ctx);
  assert.deepEqual(
    result.conflicts.filter((c) => c.kind === 'speaker'),
    [],
  );
});

test('user terms and outlet rows reach the framing', () => {
  const { ctx, docs, story } = setup([
    'The stampede of shoppers began at dawn.',
    'Shoppers lined up at dawn.',
  ]);
  const withUrl = docs.map((d, i) => ({
    ...d,
    article: { ...d.article, url: i === 0 ? 'https://news.example.org/a' : null },
  }));
  const run = compare({
    terms: [{ term: 'stampede', neutral: 'rush', note: 'animal metaphor' }],
    outlets: [{ name: 'Example News', domains: ['example.org'], leaning: 'center', owner: null }],
  });
  const framing = run({ story, articles: withUrl, entities: [], quotes: [], figures: [] }, ctx).framing;
  assert.equal(framing?.contested.find((c) => c.term === 'stampede')?.byArticle.a1?.ownVoice, 1);
  assert.deepEqual(framing?.outlets, [
    { articleId: 'a1', name: 'Example News', leaning: 'center', owner: null },
  ]);
});
