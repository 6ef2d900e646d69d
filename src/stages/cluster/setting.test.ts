import assert from 'node:assert/strict';
import { test } from 'node:test';
import { packCounts, Vocabulary, weighted } from './counts.ts';
import { emptyProfile, updateProfile } from './score.ts';
import { sharedEventKeys } from './setting.ts';

// Invented keys as the features give them: names (lowercased, a longer name with each of its words),
// lead terms stemmed, figures as #, a headline's word pair with +, later lead sentences counted at 0.5.
type Keys = { names: string[]; lead: Record<string, number> };
const MILL: Keys = {
  names: ['dunmarrow', 'brenna hollis', 'brenna', 'hollis'],
  lead: { fir: 2, mill: 2, 'fir+mill': 0.8, dunmarrow: 2, '#2025': 1, may: 1, say: 1, town: 0.5 },
};
const MILL_TOO: Keys = {
  names: ['dunmarrow', 'hollis'],
  lead: { mill: 2, blaz: 2, dunmarrow: 1, tuesday: 1, '#2025': 1, say: 1 },
};
const CHOIR: Keys = {
  names: ['dunmarrow', 'leeford'],
  lead: { choir: 2, win: 2, dunmarrow: 2, '#2025': 1, may: 1, say: 1, town: 0.5 },
};

// The keys `article` shares of an event with a story of the one article `story`, in a run that also
// holds `others` (two sides of one article each).
function shared(article: Keys, story: Keys, others: Keys[] = []): number {
  const vocabulary = new Vocabulary();
  const counts = [article, story, ...others].map((k) => {
    const names = vocabulary.ids(k.names, 'n:').map((id) => [id, 1] as const);
    const lead = Object.entries(k.lead).map(([term, n]) => [vocabulary.id(term, 't:'), n] as const);
    vocabulary.observe([...names, ...lead].map(([id]) => id));
    return packCounts({ names, lead, body: lead });
  });
  const profile = emptyProfile();
  const [own, theirs] = counts as [ReturnType<typeof packCounts>, ReturnType<typeof packCounts>];
  const vectors = (['lead', 'names', 'body'] as const).map((s) => weighted(theirs, s, vocabulary));
  const [lead, names, body] = vectors as [
    ReturnType<typeof weighted>,
    ReturnType<typeof weighted>,
    ReturnType<typeof weighted>,
  ];
  updateProfile(profile, { lead, names, body, day: null }, 1);
  return sharedEventKeys(own, vocabulary, profile, 2);
}

test('the town, the year, the month, "say" and a word of later lead sentences are no event keys', () => {
  assert.equal(shared(MILL, CHOIR), 0);
  assert.equal(shared(CHOIR, MILL), 0);
});

test('the event: a headline word that is no name, and a name beyond the first (its words counted once)', () => {
  // "mill", and Hollis beside Dunmarrow
  assert.equal(shared(MILL, MILL_TOO), 2);
  assert.equal(shared(MILL_TOO, MILL), 2);
});

test("a word a third article of the run holds too is the run's setting", () => {
  const MILL_THIRD: Keys = { names: ['dunmarrow'], lead: { mill: 2, quay: 2, dunmarrow: 1 } };
  // Hollis alone: every article of the run says "mill"
  assert.equal(shared(MILL, MILL_TOO, [MILL_THIRD]), 1);
  assert.equal(shared(MILL, MILL_TOO, [CHOIR]), 2);
});
