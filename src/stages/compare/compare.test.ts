import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type StoryExtraction } from '../../model/index.ts';
import { articleFromText, segmentAll } from '../extract/from-text.ts';
import { compare } from './index.ts';
import { runCompare as run } from './test-story.ts';

const NONE: StoryExtraction = { entities: [], quotes: [], figures: [] };

test('the same event told in other words by every outlet is one consensus fact', () => {
  const { factWith } = run([
    'Foreign Minister Ada Kowalczyk met Prime Minister Rui Tavares in Lisbon on Monday to discuss fishing quotas.\n\nThe weather was mild.',
    'Tavares hosted Kowalczyk in Lisbon on Monday, where the two discussed fishing quotas.\n\nLocal markets were busy.',
    'Kowalczyk and Tavares held talks on fishing quotas in Lisbon on Monday.\n\nA festival opened downtown.',
  ]);
  const [fact] = factWith('Kowalczyk');
  assert.equal(fact?.status, 'consensus');
  assert.deepEqual([...(fact?.sources ?? [])].sort(), ['a1', 'a2', 'a3']);
});

test('unrelated sentences stay single-source facts of their own outlet', () => {
  const { factWith } = run([
    'The harbour authority opened a new ferry terminal in Porto on Friday.\n\nTicket prices will rise in spring.',
    'A storm closed three schools in Braga on Thursday.\n\nTeachers moved classes online.',
  ]);
  for (const word of ['terminal', 'schools', 'Ticket', 'Teachers']) {
    const [fact] = factWith(word);
    assert.equal(fact?.status, 'single-source');
    assert.equal(fact?.sources.length, 1);
  }
});

test('a syndicated copy counts as one source with its original', () => {
  const body =
    'The river authority reported that the Tagus reached its highest level in forty years on Sunday.';
  const { factWith } = run([
    body,
    [body, { syndicatedFrom: 'a1' }],
    'Officials said the Tagus reached its highest level in forty years on Sunday, the river authority reported.',
  ]);
  const [fact] = factWith('Tagus');
  assert.deepEqual([...(fact?.sources ?? [])].sort(), ['a1', 'a3']);
  assert.equal(fact?.evidence.length, 3);
});

test('omissions list the shared facts an article leaves out', () => {
  const { result, factWith } = run([
    'Mayor Ines Duarte opened the new metro line in Coimbra on Saturday.\n\nThe line cost 300 million euros to build.',
    'Duarte opened the Coimbra metro line on Saturday.\n\nThe line cost 300 million euros, the city said.',
    'Coimbra opened its metro line on Saturday, with Duarte cutting the ribbon.',
  ]);
  const [cost] = factWith('300 million');
  assert.equal(cost?.status, 'corroborated');
  assert.deepEqual(result.omissions.a3, [cost?.id]);
  assert.deepEqual(result.omissions.a1, []);
});

test('an article telling a shared fact in words alignment keeps apart does not omit it', () => {
  // "26 Estonian crew onboard" and "26 Estonian crew on board" are read as counting other things, so
  // alignment keeps the quoted telling apart; it still mentions the fact
  const { result, factWith } = run([
    'The navy said the raid went well. The three boats had a total of 26 Estonian crew onboard.',
    'Officials said the raid was swift. The three boats had a total of 26 Estonian crew onboard.',
    'The officer said: "The three boats had a total of 26 Estonian crew on board. We took their guns."',
    'The harbour police praised the sailors. Nobody was hurt, the officials said.',
  ]);
  const [crew] = factWith('onboard');
  assert.equal(crew?.status, 'corroborated');
  assert.equal(crew?.coverage.a3?.mark, 'absent');
  assert.ok(!result.omissions.a3?.includes(crew?.id ?? ''));
  assert.ok(result.omissions.a4?.includes(crew?.id ?? ''));
});

test('a fact cut from a quotation gets a missing mark, never one beside a straight mark', () => {
  const { factWith } = run([
    'Dr Ana Bright said the trial went well. "Hopefully now we can move on and stop” the virus, said Bright, the head of research.',
    'The trial went well, Dr Ana Bright said. "Hopefully now we can move on and stop” the virus, said Bright, the head of research.',
  ]);
  const [fact] = factWith('Hopefully');
  assert.ok(fact?.text.startsWith('"Hopefully'), fact?.text);
});

test('every fact and conflict cites spans inside its article text', () => {
  const { result, docs } = run([
    'Ministers met in Oslo on Monday. “We reached a good agreement,” said Minister Berg.',
    'The Oslo talks on Monday were productive, Berg said.',
  ]);
  const texts = new Map(docs.map((d) => [d.article.id, d.article.text]));
  for (const e of [
    ...result.facts.flatMap((f) => f.evidence),
    ...result.conflicts.flatMap((c) => c.sides.flatMap((s) => s.evidence)),
  ]) {
    const text = texts.get(e.articleId) ?? '';
    assert.ok(e.span.start >= 0 && e.span.end <= text.length && e.span.start < e.span.end);
  }
});

test('a story with one independent source compares to nothing and says so', () => {
  const ctx = createContext();
  const body = 'The council approved the new budget on Tuesday after a long debate.';
  const articles = [articleFromText('a1', body), articleFromText('a2', body, { syndicatedFrom: 'a1' })];
  const story = { id: 's1', title: 't', articleIds: ['a1', 'a2'], keywords: [] };
  const result = compare()({ story, articles: segmentAll(articles, ctx), ...NONE }, ctx);
  assert.ok(result.facts.every((f) => f.status === 'single-source' && f.sources.length === 1));
  assert.deepEqual(result.omissions, { a1: [], a2: [] });
  assert.deepEqual(
    ctx.issues.map((i) => i.code),
    ['compare/single-source-story'],
  );
});

test('the same wording in two unlinked outlets is one fact with both as sources', () => {
  const body = 'The regional court upheld the ban on night flights at Faro airport on Wednesday.';
  const { factWith } = run([
    body,
    body,
    'Night flights at Faro stay banned after Wednesday’s regional court ruling.',
  ]);
  const [fact] = factWith('Faro');
  // the two identical wordings support each other; the looser third one may or may not be checked as stating it
  assert.ok(['a1', 'a2'].every((a) => fact?.sources.includes(a)));
  assert.notEqual(fact?.status, 'single-source');
});
