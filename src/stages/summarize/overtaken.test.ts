import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarized } from './test-story.ts';

// newuser17 #4, #5: a story with follow-ups, its first day's reports giving a toll of two and 120
// homes, the next day's four and 260 (no article telling it as a change, so no update difference):
// the headline and the summary tell the newer state, the first day's values only as given earlier.
// Invented story.
const DAY1 = [
  'Two people died and about 120 homes were damaged when Storm Ketta hit the harbour town of Varrow overnight, the fire service said on Saturday.',
  'Storm Ketta killed two people in Varrow and damaged around 120 homes, fire officers said.',
  'Two people have died after Storm Ketta swept through Varrow, the fire service said on Saturday. Around 120 homes were damaged on the quay.',
];
const DAY2 = [
  'Storm Ketta killed four people in Varrow and damaged 260 homes, the fire service said on Sunday.',
  'Four people died in the storm and 260 homes were damaged, according to the fire service.',
];
const TAIL = '\n\nA shelter for families is open at the Varrow sports hall.';
const OUTLETS = ['Varrow Bulletin', 'Ness Radio', 'Tollgate Times'];
const TITLES = [
  'Two dead as Storm Ketta hits Varrow',
  'Storm Ketta: two killed in Varrow',
  'Storm Ketta leaves two dead in Varrow',
  'Storm Ketta: four dead, 260 homes damaged in Varrow',
  'Storm Ketta toll in Varrow reaches four',
];
const STORY = [...DAY1, ...DAY2].map((text, i) => ({
  title: TITLES[i],
  outlet: OUTLETS[i % 3] as string,
  publishedAt: `2026-04-0${i < 3 ? 4 : 5}T${String(8 + i).padStart(2, '0')}:00:00Z`,
  text: text + TAIL,
}));

test("a follow-up's values head the story and its first day's values are left out of the summary", () => {
  const { out } = summarized(STORY, 400);
  const all = out.summary.map((s) => s.text).join(' | ');
  assert.doesNotMatch(out.headline ?? '', /\btwo\b/i, out.headline ?? '');
  // the first values only as given earlier, right after the newer ones (no article tells the change,
  // so the newer ones stay their outlets' and no "Reports differ" reads them as same-time rivals)
  const earlier = out.summary.findIndex((s) => /^Earlier, .* gave two people\b/.test(s.text));
  assert.ok(earlier > 0, all);
  assert.match(out.summary[earlier - 1]?.text ?? '', /\bfour people\b/i, all);
  const told = out.summary.filter((_, i) => i !== earlier).map((s) => s.text);
  assert.doesNotMatch(told.join(' | '), /\b(two people|120 homes)\b/i, all);
  assert.doesNotMatch(all, /Reports differ/, all);
  // the newest state, which two outlets agree on, opens the summary
  assert.match(out.summary[0]?.text ?? '', /\bfour people died\b/i, all);
});

test('a value given otherwise on the same day is no follow-up: the summary may still tell it', () => {
  // every article on one day: two outlets differ, neither overtakes the other
  const sameDay = STORY.map((a) => ({ ...a, publishedAt: a.publishedAt.replace('04-05', '04-04') }));
  const { out } = summarized(sameDay, 400);
  const all = out.summary.map((s) => s.text).join(' | ');
  assert.match(all, /\b(two people|120 homes|two)\b/i, all);
});

test('one outlet alone giving another value on a later day is an outlet differing, no follow-up', () => {
  // the first day's three reports and one later report of a third outlet (no article tells a change):
  // the later value is no newer state, so the first day's value is still told, and not as "Earlier"
  const alone = [
    ...STORY.slice(0, 3),
    { ...(STORY[3] as (typeof STORY)[number]), outlet: 'Kell Evening News' },
  ];
  const { out } = summarized(alone, 400);
  const all = out.summary.map((s) => s.text).join(' | ');
  assert.doesNotMatch(all, /\bEarlier, /, all);
  assert.match(all, /\btwo people\b/i, all);
});
