import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { createContext, type SegmentedArticle } from '../../model/index.ts';
import { titleTokens } from '../../text/headline.ts';
import { cluster } from './index.ts';
import { labelLength } from './kicker.ts';
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
