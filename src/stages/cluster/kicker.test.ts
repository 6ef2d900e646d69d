import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { createContext, type SegmentedArticle } from '../../model/index.ts';
import { titleTokens } from '../../text/headline.ts';
import { cluster } from './index.ts';
import { labelLength, seriesKickers, seriesLength } from './kicker.ts';
import { segmented } from './test-articles.ts';

const labelOf = (title: string) => {
  const doc = segmented([{ title, text: 'The town council met on Monday to discuss the budget.' }])[0];
  const tokens = titleTokens(doc as SegmentedArticle) ?? [];
  return tokens
    .slice(0, labelLength(tokens))
    .map((t) => t.text)
    .join(' ');
};

describe('labelLength', () => {
  const rows: [string, string][] = [
    ["Today's briefing: Harlow dam", "Today 's briefing :"],
    ['Live updates: Ferry strike enters third day', 'Live updates :'],
    ['Monday briefing: Teachers walk out in Pellam', 'Monday briefing :'],
    ['Fact check: What the mayor said about the levy', 'Fact check :'],
    // a kicker naming its topic or its speaker is the event's
    ['June jobs report: Economy adds 90,000 jobs', ''],
    ['Varga: The levy will pass next month', ''],
    ['Harlow dam closed after cracks found', ''],
    // a label with nothing after it is the headline
    ['Daily briefing:', ''],
  ];
  for (const [title, label] of rows) it(title, () => assert.equal(labelOf(title), label));
});

// Invented: one outlet's daily briefings on three days, each on another event, beside three reports
// of a ferry aground (one a fact check); only the label before the colon is shared by the briefings.
const BRIEFINGS = [
  {
    title: "Today's briefing: Harlow dam",
    publishedAt: '2026-11-16',
    text: 'Engineers will inspect the Harlow dam spillway this week after a fisherman reported cracks along its western wall, the county roads office said on Monday.',
  },
  {
    title: "Today's briefing: Pellam strike",
    publishedAt: '2026-11-17',
    text: 'Teachers at the four Pellam secondary schools walked out on Tuesday morning over a pay offer of two percent, their union said.',
  },
  {
    title: "Today's briefing: Quellmoor floods",
    publishedAt: '2026-11-18',
    text: 'Floodwater from the river Quell reached the market square in Quellmoor on Wednesday and closed the bridge to the station, the town said.',
  },
];
const FERRY = [
  {
    title: 'Brackwater ferry runs aground in fog',
    publishedAt: '2026-11-17',
    text: 'The Brackwater island ferry ran aground on a sandbank in thick fog on Tuesday with 120 passengers aboard, and lifeboats took them ashore, the harbour master said.',
  },
  {
    title: 'Island ferry stuck on sandbank, passengers taken off',
    publishedAt: '2026-11-17',
    text: 'Lifeboats took 120 passengers off the Brackwater ferry after it ran aground on a sandbank in fog on Tuesday, the harbour master said.',
  },
  {
    title: 'Fact check: How long the Brackwater ferry passengers waited on the sandbank',
    publishedAt: '2026-11-18',
    text: 'The harbour master said the 120 passengers of the Brackwater ferry, aground on a sandbank in fog on Tuesday, waited three hours for the lifeboats; the operator said two.',
  },
];

test("one outlet's daily briefings on three events are three stories; a fact check joins its event", () => {
  const stories = cluster()(segmented([...BRIEFINGS, ...FERRY]), createContext());
  const groups = stories.map((s) => [...s.articleIds].sort()).sort();
  assert.deepEqual(groups, [['a1'], ['a2'], ['a3'], ['a4', 'a5', 'a6']]);
});

// The same briefings under a series label no list holds, "Harbour diary:", of one outlet; the ferry's
// reports of two other outlets.
const DIARY = BRIEFINGS.map((b) => ({
  ...b,
  title: b.title.replace("Today's briefing", 'Harbour diary'),
  outlet: 'Brackwater Courier',
}));
const FERRY_OUTLETS = FERRY.map((f, i) => ({ ...f, outlet: i % 2 ? 'Island Post' : 'Coast Herald' }));
const groupsOf = (records: readonly Record<string, string>[]) =>
  cluster()(segmented(records), createContext())
    .map((s) => [...s.articleIds].sort())
    .sort();

test("a kicker one outlet puts on items of three events is its series' label: three stories", () => {
  assert.deepEqual(groupsOf([...DIARY, ...FERRY_OUTLETS]), [['a1'], ['a2'], ['a3'], ['a4', 'a5', 'a6']]);
  // without the outlet it is a kicker like any other, and joins them
  const unknown = DIARY.map(({ outlet: _, ...d }) => d);
  assert.deepEqual(groupsOf([...unknown, ...FERRY_OUTLETS]), [
    ['a1', 'a2', 'a3'],
    ['a4', 'a5', 'a6'],
  ]);
});

describe('seriesKickers', () => {
  const docs = segmented([
    { title: 'Harbour diary: Ferry fares rise', text: 'Fares rise.', outlet: 'Coast Herald' },
    { title: 'Harbour diary: Quay wall repaired', text: 'The wall is repaired.', outlet: 'Coast Herald' },
    { title: 'Harbour diary: Pilot boat sold', text: 'The boat is sold.', outlet: 'Island Post' },
    { title: 'June jobs report: Harbour adds 90 jobs', text: 'Jobs rose.', outlet: 'Island Post' },
  ]);
  const series = seriesKickers(docs, (d) => d.article.outlet?.toLowerCase() ?? null);
  it("a kicker two items of one outlet carry is that outlet's series", () => {
    assert.equal(seriesLength(titleTokens(docs[0] as SegmentedArticle) ?? [], 'coast herald', series), 3);
  });
  it("another outlet's one use of it, or a kicker used once, is no series", () => {
    assert.equal(seriesLength(titleTokens(docs[2] as SegmentedArticle) ?? [], 'island post', series), 0);
    assert.equal(seriesLength(titleTokens(docs[3] as SegmentedArticle) ?? [], 'island post', series), 0);
  });
});
