import { test } from 'node:test';
import { assertToldElsewhere } from './test-story.ts';

// Two invented outlets on one flood: one tells the toll through who reported it ("State radio quoted
// the flood office in the province of Varna as saying"), the other inside a sentence about the relief,
// so the support check reads little in common and the first names places the second does not.
const FLOOD = [
  {
    outlet: 'Harbor Ledger',
    text: 'Floods swept through three villages in the province of Varna on Sunday.\n\nState radio quoted the flood office in the province of Varna as saying 12 people were killed.\n\nThe river rose four metres overnight at the old dam.',
  },
  {
    outlet: 'Morrow Gazette',
    text: 'Floods swept through three villages in the province of Varna on Sunday.\n\nRescue workers handed out food and blankets on Monday to survivors of the flood in the valley that killed 12 people and forced families to sleep in tents.\n\nThe capital sent two army helicopters on Tuesday.',
  },
];

test('a fact told through who reported it is another outlet’s when the rest is told there', () => {
  // (the relief sentence tells more than the toll: it stays)
  assertToldElsewhere(FLOOD, /quoted the flood office/, [
    /rose four metres/,
    /handed out food and blankets/,
    /two army helicopters/,
  ]);
});

// Two invented outlets on one pier: one tells it through the harbour master, whose name and title are
// the story's rarer words, the other by another verb ("is sinking" / "is slowly settling"): told in
// part once the words of who reports it are left out.
const PIER = [
  {
    outlet: 'Harbor Ledger',
    text: 'Harbour master Olaf Stenberg told reporters that the old ferry pier is sinking into the mud.\n\nStenberg has run the harbour for twelve years.\n\nThe ferries will use the new terminal from June.',
  },
  {
    outlet: 'Morrow Gazette',
    text: "The old ferry pier is slowly settling into the mud of the bay.\n\nThe Norhaven Courier first wrote about the harbour master's worries last winter.\n\nDivers will inspect the piles next week.",
  },
];

test('a fact told in part, who reports it aside, is another outlet’s', () => {
  assertToldElsewhere(PIER, /told reporters that the old ferry pier/, [
    /twelve years/,
    /new terminal from June/,
    /inspect the piles/,
  ]);
});
