import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { comparedStory, segmented } from '../compared-story.ts';

// Invented articles (JSONL objects, ids a1, a2, … in order) segmented, extracted and compared.
function compared(docs: readonly object[]) {
  const ctx = createContext();
  return comparedStory(segmented(docs, ctx), ctx).comparison;
}

// Two outlets writing after Tuesday's meeting.
const MET_ON_TUESDAY = [
  {
    outlet: 'Coast Radio',
    publishedAt: '2031-05-08T07:00:00Z',
    text: 'City officials, the Vessmark Port Authority and the Harbour Dockers’ Union met on Tuesday to agree on a ferry timetable.\n\nTraders asked for help with their losses.',
  },
  {
    outlet: 'Vessmark Weekly',
    publishedAt: '2031-05-08T09:00:00Z',
    text: 'City officials, the Vessmark Port Authority and the Harbour Dockers’ Union met on Tuesday to discuss the ferries.\n\nThe ferry fare went up by a third.',
  },
];

test('an article that announces the meeting for the day it took place is ◷ on the meeting, however it names who meets', () => {
  const { facts } = compared([
    {
      outlet: 'Vessmark Ledger',
      publishedAt: '2031-05-06T07:00:00Z',
      text: 'Mayor Ada Lind said the city would meet the port authority and the dockers’ union later on Tuesday to agree on a ferry timetable.\n\nFishing boats stayed in the harbour.',
    },
    ...MET_ON_TUESDAY,
  ]);
  const met = facts.find((f) => f.modality === 'happened' && f.text.includes('met on Tuesday'));
  assert.ok(met, facts.map((f) => f.text).join(' | '));
  assert.equal(met.coverage.a1?.mark, 'published-before', met.coverage.a1?.reason ?? '');
  assert.match(met.coverage.a1?.reason ?? '', /planned/);
});

test('a plan for another day, or of another kind of event, is no sign of being written before', () => {
  const { facts } = compared([
    {
      outlet: 'Vessmark Ledger',
      publishedAt: '2031-05-06T07:00:00Z',
      text: 'Mayor Ada Lind said the city would open a shelter for the ferry crews later on Tuesday.\n\nThe union will meet the port authority on Friday.',
    },
    ...MET_ON_TUESDAY,
  ]);
  const met = facts.find((f) => f.modality === 'happened' && f.text.includes('met on Tuesday'));
  assert.ok(met, facts.map((f) => f.text).join(' | '));
  assert.equal(met.coverage.a1?.mark, 'absent');
});

// an article that tells the talks of the fact's day ended (ended-events.ts)
const metFact = (docs: readonly object[]) => {
  const { facts } = compared([...docs, ...MET_ON_TUESDAY]);
  const met = facts.find((f) => f.modality === 'happened' && f.text.includes('met on Tuesday'));
  assert.ok(met, facts.map((f) => f.text).join(' | '));
  return met;
};

for (const ending of [
  'emergency talks at the town hall on Tuesday broke up without a timetable',
  'the meeting at the town hall ended on Tuesday without a timetable',
  'talks at the town hall on Tuesday were adjourned without a timetable',
])
  test(`an article telling the talks of that day ended tells they took place: "${ending}"`, () => {
    const met = metFact([
      {
        outlet: 'Vessmark Ledger',
        publishedAt: '2031-05-08T06:00:00Z',
        text: `Ferry queues grew on Wednesday after ${ending}.\n\nFishing boats stayed in the harbour.`,
      },
    ]);
    assert.equal(met.coverage.a1?.mark, 'supports', met.coverage.a1?.reason ?? '');
    assert.match(met.coverage.a1?.reason ?? '', /ended/);
  });

for (const [name, sentence] of [
  ['talks that will end', 'Talks at the town hall will end on Tuesday, the mayor said.'],
  ['talks that have not ended', 'Talks at the town hall on Tuesday have not ended.'],
  ['talks of another day', 'Talks at the town hall on Friday broke up without a timetable.'],
])
  test(`${name} are no sign the meeting of that day took place`, () => {
    const met = metFact([
      {
        outlet: 'Vessmark Ledger',
        publishedAt: '2031-05-08T06:00:00Z',
        text: `${sentence}\n\nFishing boats stayed in the harbour.`,
      },
    ]);
    assert.notEqual(met.coverage.a1?.mark, 'supports', met.coverage.a1?.reason ?? '');
  });

test('an undated article telling the talks on that weekday ended tells they took place', () => {
  const met = metFact([
    {
      outlet: 'Vessmark Ledger',
      text: 'Ferry queues grew after emergency talks at the town hall on Tuesday broke up without a timetable.\n\nFishing boats stayed in the harbour.',
    },
  ]);
  assert.equal(met.coverage.a1?.mark, 'supports', met.coverage.a1?.reason ?? '');
});
