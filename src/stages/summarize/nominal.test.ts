import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarized } from './test-story.ts';

const listed = (docs: readonly object[]) =>
  summarized(docs, 60)
    .out.points.filter((p) => p.kind === 'single-source')
    .map((p) => p.text);

// Three invented outlets on one withdrawn nomination: one tells it by the verb ("has been withdrawn"),
// another by its noun ("announced Reyl's withdrawal"), each with details of its own ("afternoon",
// "agenda", which another sentence of the story tells), so the support check reads other predicates
// and the withdrawal's sentence holds too little of the other's terms to tell it in part.
const NOMINATION = [
  {
    outlet: 'Harbor Ledger',
    text: "Councillor Tomas Reyl's short-lived bid to lead the harbour board ended quickly.\n\nMayor Ilse Brandt announced Reyl's withdrawal in a letter to the council on Friday, five days after the Morrow councillor was put forward for the post of Harbour Commissioner.\n\nReyl had faced claims that he overstated his record on port contracts.",
  },
  {
    outlet: 'Morrow Gazette',
    text: "Mayor Ilse Brandt said on Friday she had dropped Councillor Tomas Reyl as her pick for harbour chief after questions about his experience.\n\nThe council's agenda for Monday afternoon lists no nomination for the fire board.",
  },
  {
    outlet: 'Tidewater Tribune',
    text: "Mayor Brandt announced on Friday afternoon that Councillor Tomas Reyl's nomination as the next Harbour Commissioner has been withdrawn from the agenda.\n\nReyl was nominated on Sunday after Commissioner Dana Voss said she would retire.\n\nReyl's nomination had drawn protests from the fishing lobby.",
  },
];

test('a fact another outlet tells by the noun of its verb ("withdrawn" / "withdrawal") is not one source’s', () => {
  const points = listed(NOMINATION);
  assert.deepEqual(
    points.filter((t) => /has been withdrawn/.test(t)),
    [],
    points.join(' | '),
  );
  // what one outlet alone tells stays listed
  for (const own of [/drawn protests from the fishing lobby/, /overstated his record/])
    assert.ok(
      points.some((t) => own.test(t)),
      points.join(' | '),
    );
});
