import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// An article written after every source of a fact that gives the fact's measure a later value tells
// the fact as it stood later (≠ with its sentence): it is not listed as leaving it out. One that gives
// a figure of another measure still is. Invented articles.
test('a later value of the measure is no omission; a figure of another measure is', () => {
  const { result, factWith } = runCompare([
    [
      'Storm Brannoc killed two people in Quellport on Friday night and damaged around 140 homes, fire officers said.\n\nA falling tree crushed a van on Mill Lane.\n\nPower lines came down across the Quellport seafront.',
      { outlet: 'Quellport Mercury', publishedAt: '2026-03-07T08:00:00Z' },
    ],
    [
      'Storm Brannoc killed two people in Quellport on Friday night and damaged about 140 homes, the county fire service said.\n\nThe council opened a shelter at the Quellport sports hall.',
      { outlet: 'Harl Radio', publishedAt: '2026-03-07T09:00:00Z' },
    ],
    [
      'An appeal for families made homeless by Storm Brannoc raised £40,000 in its first day, the Quellport Trust said.\n\nFour people died in the storm, which damaged 310 homes.',
      { outlet: 'Coast Herald', publishedAt: '2026-03-09T08:00:00Z' },
    ],
    [
      'An appeal for families made homeless by Storm Brannoc has opened, the Quellport Trust said.\n\nNine fishing boats sank in the harbour.',
      { outlet: 'Bay Post', publishedAt: '2026-03-09T09:00:00Z' },
    ],
  ]);
  const toll = factWith('killed two people').find((f) => f.sources.length >= 2);
  assert.ok(toll, 'the toll is told by two sources');
  assert.equal(toll.coverage.a3?.told, 'other-value');
  assert.ok(!result.omissions.a3?.includes(toll.id), 'a later value: told, not left out');
  assert.ok(result.omissions.a4?.includes(toll.id), 'another measure: still listed');
});

test('a pay offer an article gives as improved later is no omission of the earlier offer', () => {
  const { result, factWith } = runCompare([
    [
      'Ferry crews at Brackwater Lines will strike from Tuesday, the Seafarers Guild said on Saturday.\n\nBrackwater Lines has offered a 4 percent pay rise.',
      { outlet: 'Orran Courier', publishedAt: '2026-03-07T09:00:00Z' },
    ],
    [
      'The guild wants a 9 percent pay rise.\n\nBrackwater Lines has offered a 4 percent pay rise, the guild said.',
      { outlet: 'Isles Radio', publishedAt: '2026-03-08T11:00:00Z' },
    ],
    [
      "The Seafarers Guild has suspended Tuesday's strike at Brackwater Lines after the company improved its pay offer to 6 percent.\n\nSailings will run normally on Tuesday.",
      { outlet: 'Bay Gazette', publishedAt: '2026-03-08T21:00:00Z' },
    ],
  ]);
  const offer = factWith('offered a 4 percent').find((f) => f.sources.length >= 2);
  assert.ok(offer, 'the offer is told by two sources');
  assert.ok(!result.omissions.a3?.includes(offer.id));
  assert.equal(offer.coverage.a3?.told, 'other-value');
});
