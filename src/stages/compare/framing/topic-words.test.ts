import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { frameStory, sidesOf } from './index.ts';
import { articleTone, articleToneCounts } from './tone.ts';
import { storyToneWords } from './topic-words.ts';

// An invented story of a pool closure told by three outlets: the closure is its subject, the third
// outlet's "axe" and "betrayal" its tone.
const STORY: [string, string, string, string][] = [
  [
    'a1',
    'Harwick Gazette',
    'Council votes to close Dunmore pool',
    'The Dunmore council voted to close the Elm Lane pool on Friday. The closure will save $300,000 a year, staff said.',
  ],
  [
    'a2',
    'Valley Ledger',
    'Dunmore pool closing in March',
    'Councillors backed closing the Elm Lane pool in March. About 30 residents watched the vote.',
  ],
  [
    'a3',
    'Dunmore Clarion',
    'Council axes pool in betrayal of swimmers',
    'In a betrayal of swimmers, the council voted to axe the Elm Lane pool and close its doors this spring.',
  ],
];

function storyDocs() {
  return segmentAll(
    STORY.map(([id, outlet, title, text]) => articleFromText(id, text, { outlet, title })),
    createContext(),
  );
}

test('tone: a word most of a story’s outlets use is its subject, not tone ("close" in a closure story)', () => {
  const docs = storyDocs();
  const topic = storyToneWords(docs, sidesOf(docs, new Map()));
  assert.deepEqual([...topic], ['clos*']);
  const framing = frameStory(docs, new Map(), new Map(), [], []);
  // the first two outlets only tell the closure: no word of tone left, where "close" read them negative
  assert.equal(framing.tone.a1?.sentiment, null);
  assert.equal(framing.tone.a2?.sentiment, null);
  assert.equal(framing.tone.a1?.headlineToneWords, 0);
  // the third's loaded words still count, in its own voice and its headline
  const a3 = framing.tone.a3;
  assert.ok(a3 && a3.sentiment !== null && a3.sentiment < 0, 'the loaded outlet reads negative');
  assert.ok(a3 && (a3.subjectivity ?? 0) > 0, 'a loaded word is subjective');
  assert.ok(a3 && a3.headlineSentiment !== null && a3.headlineSentiment < 0);
  const text = docs[2]?.article.text ?? '';
  assert.deepEqual(
    a3?.evidence?.map((h) => text.slice(h.span.start, h.span.end)),
    ['betrayal', 'axe'],
    '"close" is left out, the loaded words stay',
  );
});

test('tone: a story of one outlet has no vocabulary of its own to leave out', () => {
  const docs = storyDocs().slice(2);
  assert.deepEqual([...storyToneWords(docs, sidesOf(docs, new Map()))], []);
  // nor do a wire story and its copy: one side
  const two = storyDocs().slice(0, 2);
  assert.deepEqual([...storyToneWords(two, sidesOf(two, new Map([['a2', 'a1']])))], []);
});

test('tone: loaded words of political coverage are negative and subjective; a cave is no "caved", a stun gun no "stunning"', () => {
  const text =
    'The mayor caved to the auditors, who slashed the budget and gutted the branch in a stunning fiasco. Tourists visited the caves. Police carried a stun gun.';
  const [doc] = segmentAll([articleFromText('a1', text)], createContext());
  if (!doc) throw new Error('no article');
  const tone = articleTone(articleToneCounts(doc, []));
  const hits = tone.evidence.map((h) => [text.slice(h.span.start, h.span.end), h.sentiment, h.subjective]);
  assert.deepEqual(hits, [
    ['caved', 'negative', true],
    ['slashed', 'negative', true],
    ['gutted', 'negative', true],
    ['stunning', null, true],
    ['fiasco', 'negative', true],
  ]);
});
