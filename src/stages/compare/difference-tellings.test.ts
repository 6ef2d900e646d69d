import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// newuser18 #1: a toll's later telling is listed with its value, so a one-outlet other value told
// before it is no newest value, and no update. Invented articles.
test('a later article still giving the older value is listed on its side, and the other is no update', () => {
  const { result } = runCompare([
    [
      'Five people have died after the River Olm burst its banks in Dunmere overnight.\n\nSchools were shut.',
      { outlet: 'Dunmere Star', publishedAt: '2026-04-08T07:40:00Z' },
    ],
    [
      'Fifteen people died when the River Olm burst its banks in Dunmere on Wednesday, the flood office said.\n\nRoads were shut.',
      { outlet: 'Ashby Post', publishedAt: '2026-04-08T10:00:00Z' },
    ],
    [
      'The flood office said on Wednesday afternoon that five people had died in Dunmere.\n\nThe River Olm began to fall.',
      { outlet: 'Radio Felsted', publishedAt: '2026-04-08T16:00:00Z' },
    ],
  ]);
  const d = (result.differences ?? []).find((x) => x.sides.some((s) => s.value?.number === 15));
  assert.ok(d, JSON.stringify(result.differences));
  const five = d.sides.find((s) => s.value?.number === 5);
  assert.deepEqual(five?.told?.map((t) => t.articleId).sort(), ['a1', 'a3']);
  assert.equal(d.update, undefined);
});

// A value two sides give (one change found under two names, "killed" and "died", joined with its sides
// kept apart): a later telling of it joins the first of them, where it was left out.
test('a later telling of a value two sides give joins the first of them', () => {
  const { result } = runCompare([
    [
      'Five people have died after the River Olm burst its banks in Dunmere overnight.\n\nSchools were shut.',
      { outlet: 'Dunmere Star', publishedAt: '2026-04-08T07:40:00Z' },
    ],
    [
      'Five people were killed when the River Olm flooded the town of Dunmere early on Wednesday, officials said.\n\nRoads were shut.',
      { outlet: 'Ostry Times', publishedAt: '2026-04-08T09:05:00Z' },
    ],
    [
      'Fifteen people died when the River Olm burst its banks in Dunmere on Wednesday, the flood office said.\n\nRoads were shut.',
      { outlet: 'Ashby Post', publishedAt: '2026-04-08T10:00:00Z' },
    ],
    [
      'The death toll from the flooding in Dunmere stood at five on Wednesday afternoon, the flood office said.\n\nThe River Olm began to fall.',
      { outlet: 'Radio Felsted', publishedAt: '2026-04-08T16:00:00Z' },
    ],
  ]);
  const d = (result.differences ?? []).find((x) => x.sides.some((s) => s.value?.number === 15));
  assert.ok(d, JSON.stringify(result.differences));
  const told = d.sides.filter((s) => s.value?.number === 5).flatMap((s) => s.told ?? []);
  assert.ok(
    told.some((t) => t.articleId === 'a4'),
    JSON.stringify(d.sides.map((s) => [s.value?.number, s.told?.map((t) => t.articleId)])),
  );
});

// "lost their lives" tells deaths as "died" does: such a telling of the older value is on its side.
test('a count of those who lost their lives is a telling of the toll', () => {
  const { result } = runCompare([
    [
      'Five people have died after the River Olm burst its banks in Dunmere overnight.\n\nSchools were shut.',
      { outlet: 'Dunmere Star', publishedAt: '2026-04-08T07:40:00Z' },
    ],
    [
      'Fifteen people died when the River Olm burst its banks in Dunmere on Wednesday, the flood office said.\n\nRoads were shut.',
      { outlet: 'Ashby Post', publishedAt: '2026-04-08T10:00:00Z' },
    ],
    [
      'Five people lost their lives when the River Olm flooded Dunmere in the early hours of Wednesday.\n\nThe river began to fall.',
      { outlet: 'Radio Felsted', publishedAt: '2026-04-08T16:00:00Z' },
    ],
  ]);
  const d = (result.differences ?? []).find((x) => x.sides.some((s) => s.value?.number === 15));
  assert.ok(d, JSON.stringify(result.differences));
  const told = d.sides.filter((s) => s.value?.number === 5).flatMap((s) => s.told ?? []);
  assert.deepEqual(told.map((t) => t.articleId).sort(), ['a1', 'a3']);
});
