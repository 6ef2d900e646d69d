import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// A plan that a later article tells as called off is no omission of that article; an article that
// tells the strike without calling it off still leaves the plan out. Invented articles; the other
// sentences keep the plan's words rare enough that the alignment finds no close sentence in a4.
test('an article telling a planned strike as called off is not listed as omitting the plan', () => {
  const { result, factWith } = runCompare([
    [
      'Deckhands at Brackwater Lines plan to strike for 48 hours from Tuesday, the Seafarers Guild said.\n\nThe guild said 88 percent of members who voted backed the walkout.\n\nBrackwater Lines has offered a 4 percent pay rise.\n\nAbout 9,000 passengers use the ferries on a weekday.',
      { outlet: 'Orran Courier', publishedAt: '2026-03-07T09:00:00Z' },
    ],
    [
      'New talks between Brackwater Lines and the Seafarers Guild will take place on Monday.\n\nDeckhands plan to strike for 48 hours from Tuesday.\n\nThe guild wants a 9 percent pay rise; Brackwater Lines has offered 4 percent.',
      { outlet: 'Isles Radio', publishedAt: '2026-03-07T11:00:00Z' },
    ],
    [
      'The Tuesday strike will halt every ferry to the Orran islands, Brackwater Lines said.\n\nThe strike is the first at the company in ten years.\n\nShops on the islands fear the strike will empty their shelves.',
      { outlet: 'Orran Times', publishedAt: '2026-03-07T15:00:00Z' },
    ],
    [
      "Tuesday's ferry strike has been called off after Brackwater Lines offered crews a 6 percent pay rise.\n\nGuild organiser Mirela Oastes said the offer was a real step forward.\n\nBrackwater Lines said all sailings would run as normal.",
      { outlet: 'Harbour Post', publishedAt: '2026-03-08T20:00:00Z' },
    ],
    [
      "The Seafarers Guild has suspended Tuesday's strike at Brackwater Lines after the company raised its pay offer to 6 percent.\n\nSailings will run normally on Tuesday.",
      { outlet: 'Bay Gazette', publishedAt: '2026-03-08T21:00:00Z' },
    ],
  ]);
  const plan = factWith('Deckhands plan').find((f) => f.sources.length >= 2);
  assert.ok(plan, 'the plan is told by two sources');
  assert.equal(plan.coverage.a4?.mark, 'absent');
  assert.ok(!result.omissions.a4?.includes(plan.id), 'called off: told, not left out');
  assert.ok(result.omissions.a3?.includes(plan.id), 'no call-off: still listed');
});
