import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Modality } from '../compare/support/index.ts';
import { selectMmr } from './select.ts';
import { summarized } from './test-story.ts';

// Invented scored sentences: an article's first sentence (lead 0) or one further down.
const scored = (
  text: string,
  lead: number,
  relevance: number,
  modality: Modality = 'happened',
  voice: { quoteShare?: number; attributed?: boolean } = {},
) => ({
  candidate: {
    text,
    words: 20,
    quoteShare: voice.quoteShare ?? 0,
    attributed: voice.attributed ?? false,
    lead,
  },
  support: { factIds: [], citations: [{ articleId: text, span: { start: 0, end: 1 } }] },
  vector: new Map([[text, 1]]),
  modality,
  plain: modality === 'happened',
  relevance,
});
const opening = (list: ReturnType<typeof scored>[]) =>
  (selectMmr(list as never, 20, 0.7)[0] as unknown as { candidate: { text: string } }).candidate.text;

test("the summary opens with an article's first sentence over a detail a few hundredths ahead", () => {
  // the event, 0.04 behind a detail told in the next sentence
  assert.equal(opening([scored('detail', 0.07, 3.78), scored('event', 0, 3.74)]), 'event');
  // a sentence further down well ahead of it still opens
  assert.equal(opening([scored('detail', 0.07, 4.2), scored('event', 0, 3.74)]), 'detail');
  // a first sentence telling a plan has no such weight
  assert.equal(opening([scored('detail', 0.07, 3.78), scored('plan', 0, 3.76, 'planned')]), 'detail');
});

// newuser22 #9: the vote every outlet leads with, not the opposition leader's words four outlets report
// later ("… called the bill “cruel and unworkable”", no "said"), opens the summary.
test("a later sentence giving a speaker's words does not open a story its ledes tell in their own voice", () => {
  const reaction = (lead: number, relevance: number, voice: { quoteShare?: number; attributed?: boolean }) =>
    scored('reaction', lead, relevance, 'happened', voice);
  // a quotation (no "said") or a "said" further down, however far ahead, gives way to the lede
  assert.equal(opening([reaction(0.5, 4.6, { quoteShare: 0.3 }), scored('event', 0, 3.7)]), 'event');
  assert.equal(opening([reaction(0.5, 4.6, { attributed: true }), scored('event', 0, 3.7)]), 'event');
  // an article that leads with what was said: the story is the statement, which may open
  assert.equal(
    opening([reaction(0, 4.6, { quoteShare: 0.3, attributed: true }), scored('event', 0, 3.7)]),
    'reaction',
  );
  // a later sentence in the outlet's own voice still may, as before
  assert.equal(opening([scored('detail', 0.5, 4.6), scored('event', 0, 3.7)]), 'detail');
  // with no lede in the outlet's own voice, a speaker's words told as happened open as before
  assert.equal(
    opening([
      reaction(0.5, 4.6, { quoteShare: 0.3 }),
      scored('lede', 0, 3.7, 'happened', { attributed: true }),
    ]),
    'reaction',
  );
});

const VOTE = (outlet: string, lede: string, rest: string) => ({
  outlet,
  title: `${outlet}: Tarsk council backs harbour levy`,
  publishedAt: '2031-03-06T20:00:00Z',
  text: `${lede}\n\n${rest}`,
});
const LEVY = [
  VOTE(
    'Tarsk Courier',
    'Tarsk council on Thursday approved a harbour levy on cruise passengers after a four-hour debate.',
    'Councillor Oda Renk of the Green group said the levy was "a tax on tourists that will empty the quays".\n\nThe levy starts in May.',
  ),
  VOTE(
    'Tarsk Daily',
    'Councillors in Tarsk voted on Thursday to charge cruise passengers a harbour levy from May.',
    'Councillor Oda Renk of the Green group called the levy "a tax on tourists that will empty the quays".\n\nThe mayor backed the plan.',
  ),
  VOTE(
    'Harbour Radio',
    'A harbour levy on cruise passengers won the backing of Tarsk council on Thursday.',
    'Councillor Oda Renk of the Green group called it "a tax on tourists that will empty the quays".',
  ),
];

test("the summary opens with the vote the ledes tell, not a councillor's words three outlets report", () => {
  const { out } = summarized(LEVY, 60);
  const text = out.summary.map((s) => s.text).join(' | ');
  assert.doesNotMatch(out.summary[0]?.text ?? '', /Renk|tax on tourists/, text);
  assert.match(out.summary[0]?.text ?? '', /levy/, text);
});
