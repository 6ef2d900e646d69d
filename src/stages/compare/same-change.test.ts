import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// newuser17 #4: one change of a pay offer (4% → 6%) was listed twice, as "offer (percent)" (an
// update) and as a second difference of the same values whose sentences all tell the offer
// ("offered a 4 percent pay rise" / "offered crews a 6 percent pay rise"), outlets differing. It is
// one difference with both's sides. Invented articles.
test('one change found under two names is one difference, an update', () => {
  const { result } = runCompare([
    [
      'Ferry crews at Brackwater Lines will strike for 48 hours from Tuesday, the Seafarers Guild said on Saturday.\n\nBrackwater Lines said it had offered a 4 percent pay rise and called the strike deeply disappointing.\n\nAbout 9,000 passengers use the ferries on a weekday.',
      { outlet: 'Orran Courier', publishedAt: '2026-03-07T09:00:00Z' },
    ],
    [
      "Brackwater Lines crews will walk out for two days from Tuesday, their union said.\n\nGuild organiser Mirela Oastes said the company's 4 percent offer was an insult after two years of rising rents.",
      { outlet: 'Isles Radio', publishedAt: '2026-03-07T11:00:00Z' },
    ],
    [
      "Tuesday's ferry strike has been called off after Brackwater Lines offered crews a 6 percent pay rise.\n\nMirela Oastes said the offer was a real step forward.",
      { outlet: 'Harbour Post', publishedAt: '2026-03-08T20:00:00Z' },
    ],
    [
      "The Seafarers Guild has suspended Tuesday's strike at Brackwater Lines after the company raised its pay offer to 6 percent.\n\nSailings will run normally on Tuesday.",
      { outlet: 'Bay Gazette', publishedAt: '2026-03-08T21:00:00Z' },
    ],
  ]);
  const offers = (result.differences ?? []).filter((d) => d.sides.some((s) => s.value?.number === 6));
  assert.equal(offers.length, 1, JSON.stringify(offers.map((d) => d.about)));
  const [offer] = offers;
  assert.equal(offer?.update, true);
  assert.deepEqual([...new Set(offer?.sides.flatMap((s) => s.evidence.map((e) => e.articleId)))].sort(), [
    'a1',
    'a2',
    'a3',
    'a4',
  ]);
});
