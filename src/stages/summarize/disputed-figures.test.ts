import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertToldBeside, summarized } from './test-story.ts';

// An invented story: a third outlet tells one side's count in its own words (not itself a listed side).
const FLOOD = [
  {
    outlet: 'Orrin Gazette',
    publishedAt: '2031-03-04T08:00:00Z',
    text: 'Floodwater from the River Orrin reached the Kessel estate on Monday evening, and 900 residents of the estate were moved out, the county said.\n\nSandbags were handed out at the Kessel school.\n\nThe river peaked at midnight.',
  },
  {
    outlet: 'Valley Courier',
    publishedAt: '2031-03-04T09:00:00Z',
    text: "Around 900 people moved out of the Kessel estate spent the night in the Orrin leisure centre after Monday evening's flood.\n\nThe leisure centre opened its doors at 9 p.m.",
  },
  {
    outlet: 'Marsh Radio',
    publishedAt: '2031-03-04T10:00:00Z',
    text: 'About 300 people were moved out of the Kessel estate on Monday evening after the River Orrin flooded.\n\nA bridge on the ring road was closed.',
  },
];

test("a figure of a difference to check is told by a sentence that is no listed side only as its outlet's, the other value beside it", () => {
  const { comparison, out } = summarized(FLOOD, 400);
  const differences = (comparison.differences ?? []).filter((d) => d.kind === 'figure');
  assert.ok(
    differences.some(
      (d) => d.sides.some((s) => /900/.test(s.claim)) && d.sides.some((s) => /300/.test(s.claim)),
    ),
    JSON.stringify(differences),
  );
  assert.ok(out.summary.length > 0);
  assertToldBeside(out.summary, /\b(900|300)\b/);
  // what no outlet tells otherwise is still told
  assert.ok(
    out.summary.some((s) => /Sandbags|peaked|bridge|leisure centre opened/.test(s.text)),
    out.summary.map((s) => s.text).join(' | '),
  );
});

// An invented story: two outlets give another tally of one vote, one in words, one by its counted votes.
const FEE = [
  {
    outlet: 'Brenmoor Post',
    publishedAt: '2031-03-05T20:00:00Z',
    text: "Brenmoor's town council voted 7 to 4 on Wednesday to charge a fee at the Kettle pool from March.\n\nSwimmers will pay 2 crowns a visit.\n\nCouncillor Ada Lind, who voted against, called the fee unfair.",
  },
  {
    outlet: 'Fenwick Daily',
    publishedAt: '2031-03-05T21:00:00Z',
    text: "Brenmoor's council approved a fee at the Kettle pool by 6 votes to 5 on Wednesday.\n\nSwimmers will pay 2 crowns a visit.\n\nThe council expects the fee to raise 90,000 crowns a year.",
  },
];

test('two tallies of one vote ("7 to 4" / "by 6 votes to 5") are a difference to check, neither told as fact', () => {
  const { comparison, out } = summarized(FEE, 400);
  const differences = comparison.differences ?? [];
  assert.ok(
    differences.some(
      (d) => d.sides.some((s) => /7 to 4/.test(s.claim)) && d.sides.some((s) => /6 votes/.test(s.claim)),
    ),
    JSON.stringify(differences),
  );
  for (const s of out.summary) assert.doesNotMatch(s.text, /7 to 4|6 votes to 5/, s.text);
});
