import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mayReport, sameSaying, sayingOf } from './elsewhere-saying.ts';
import { judgedOnce } from './judged.ts';
import { sentenceReader, summarized } from './test-story.ts';

// Two invented outlets on one mayor: each reports her offer to help in its own words, the second's far
// from the first's by its words (three of its sentences on the mayor's other remarks are nearer); her
// remark on fares is the first outlet's alone, and one on the gap ("had grown") is the second's.
const OFFER = [
  {
    outlet: 'Harbor Ledger',
    title: 'Halvik council weighs pier plan',
    text: 'The Halvik council met on Tuesday to weigh a plan for a new ferry pier.\n\nMayor Ilse Brandt said last week she is willing to help close the funding gap.\n\nBrandt said ferry fares would rise in June.\n\nThe old pier was closed in March after divers found cracks.',
  },
  {
    outlet: 'Morrow Gazette',
    title: 'Port of Halvik seeks funds for pier',
    text: 'The port of Halvik asked the council on Tuesday for funds for a new ferry pier.\n\nMayor Ilse Brandt said last week the funding gap was smaller than feared.\n\nMayor Ilse Brandt also said last week that the gap had grown since spring.\n\nLast week Mayor Ilse Brandt said she was sure the pier would be built.\n\nAhead of the vote, Brandt said she would be open to helping the harbour board meet its costs if the council agreed to a new tax.\n\nThe council will vote again in May.',
  },
];

test('one person’s statement another outlet reports in other words, far from it by its words, is not one source’s', () => {
  const { out, comparison } = summarized(OFFER, 60);
  assert.deepEqual(
    comparison.facts.filter((f) => /willing to help/.test(f.text)).map((f) => f.status),
    ['single-source'],
  );
  const points = out.points.filter((p) => p.kind === 'single-source').map((p) => p.text);
  const all = points.join(' | ');
  assert.deepEqual(
    points.filter((t) => /willing to help/.test(t)),
    [],
    all,
  );
  // the same speaker's other remarks, one of them by a verb of one class ("rise" / "grown"), stay listed
  assert.ok(
    points.some((t) => /fares would rise/.test(t)),
    all,
  );
  assert.ok(
    points.some((t) => /gap had grown/.test(t)),
    all,
  );
});

// The same official's count, and another outlet's remark of hers on those it counts: no number told.
const COUNT = [
  {
    outlet: 'Harbor Ledger',
    text: 'A storm hit the port of Halvik on Sunday night.\n\nHarbour master Ilse Brandt said 40 boats were damaged.\n\nThe ferry to Morrow was cancelled on Monday.',
  },
  {
    outlet: 'Morrow Gazette',
    text: 'A storm struck Halvik on Sunday night, tearing boats from their moorings.\n\nBrandt said boats were damaged and towed to Vessmark.\n\nFishermen in Halvik asked the council for help.',
  },
];

test('one person’s statement is told by another outlet in other words, not when it leaves a number out', () => {
  const offer = sentenceReader(OFFER).read;
  assert.equal(sameSaying(offer('willing to help'), offer('would be open to helping')), true);
  assert.equal(sameSaying(offer('fares would rise'), offer('gap had grown')), false);
  const count = sentenceReader(COUNT).read;
  assert.equal(sameSaying(count('40 boats were damaged'), count('boats were damaged and towed')), false);
});

// The same mayor's two remarks with one verb: the second outlet's, on cruise ships, far from the first
// outlet's on fares by its words (three of its sentences on fares are nearer), is its own.
const RISE = [
  {
    outlet: 'Harbor Ledger',
    title: 'Halvik council weighs pier plan',
    text: 'The Halvik council met on Tuesday to weigh a plan for a new ferry pier.\n\nMayor Ilse Brandt said ferry fares would rise in June.\n\nThe old pier was closed in March after divers found cracks.\n\nThe harbour board will publish its accounts in the autumn.',
  },
  {
    outlet: 'Morrow Gazette',
    title: 'Port of Halvik seeks funds for pier',
    text: 'The port of Halvik asked the council on Tuesday for funds for a new ferry pier.\n\nMayor Ilse Brandt said ferry fares were a matter for the operator.\n\nBrandt said the June ferry timetable was ready.\n\nMayor Ilse Brandt said the ferry fares paid in June were not yet counted.\n\nSpeaking to reporters outside the town hall on Tuesday, Brandt said the number of cruise ships calling each summer would rise sharply.\n\nThe council will vote again in May.',
  },
];

test('one person’s two remarks with one verb about two things are two statements', () => {
  const { read } = sentenceReader(RISE);
  assert.equal(sameSaying(read('cruise ships calling'), read('fares would rise')), false);
  assert.equal(sameSaying(read('fares would rise'), read('cruise ships calling')), false);
  const points = summarized(RISE, 400)
    .out.points.filter((p) => p.kind === 'single-source')
    .map((p) => p.text);
  assert.ok(
    points.some((t) => /cruise ships calling/.test(t)),
    points.join(' | '),
  );
});

test('a sentence without a reporting verb has nobody say anything, so it may be passed over unread', () => {
  const { read } = sentenceReader(OFFER);
  const said = read('willing to help');
  assert.equal(mayReport(said.claim.tokens), true);
  assert.notEqual(sayingOf(said), null);
  const told = read('old pier was closed');
  assert.equal(mayReport(told.claim.tokens), false);
  // every sentence of the three stories: no reporting verb, no one saying
  let passed = 0;
  for (const docs of [OFFER, COUNT, RISE]) {
    const { articles, input, comparison } = summarized(docs, 60);
    const judged = judgedOnce({ ...input, ...comparison });
    for (const a of articles)
      for (const s of a.sentences) {
        const r = judged.read({ articleId: a.article.id, span: { start: s.start, end: s.end } });
        if (r && !mayReport(s.tokens)) {
          assert.equal(sayingOf(r), null, a.article.text.slice(s.start, s.end));
          passed++;
        }
      }
  }
  assert.ok(passed > 10, `${passed}`);
});
