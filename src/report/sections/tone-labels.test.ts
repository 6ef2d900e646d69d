import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FramingColumn } from './framing-columns.ts';
import { toneChart } from './framing-parts.ts';

// newuser10's finding 3: the tone chart cut "Fenwick Valley Herald (1)" and "(2)" alike to
// "Fenwick Valley …", and its image's label named no outlet.
const column = (label: string, sentiment: number | null): FramingColumn => ({
  label,
  articleIds: [label],
  uses: () => undefined,
  tone: {
    sentiment,
    subjectivity: sentiment === null ? null : 0.2,
    headlineSentiment: null,
    headlineSubjectivity: null,
    words: 40,
    toneWords: sentiment === null ? 0 : 3,
    headlineToneWords: null,
    evidence: [],
  } as unknown as NonNullable<FramingColumn['tone']>,
});

test('tone chart: an outlet label and its notes are wrapped whole, never cut, and the image names each outlet whole', () => {
  const svg = toneChart([
    column('Fenwick Valley Herald (1)', 0.25),
    column('Fenwick Valley Herald (2)', null),
    column('Quay Post', -0.1),
  ]);
  // each name's lines (newuser22 #15: "The Patriot Dai…" cut at 1280 px)
  const lines = (text: string) => [...text.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
  const names = [...svg.matchAll(/text-anchor="end" fill="currentColor">(.*?)<\/text>/g)].map((m) =>
    lines(m[1] ?? ''),
  );
  // (the axis's "positive +1" is the first text anchored at its end)
  assert.deepEqual(names.slice(1), [
    ['Fenwick Valley', 'Herald (1)'],
    ['Fenwick Valley', 'Herald (2)'],
    ['Quay Post'],
  ]);
  // the note of an outlet with no tone word, whole, over lines that fit the chart
  const notes = [...svg.matchAll(/opacity=".75">(.*?)<\/text>/g)].map((m) => lines(m[1] ?? ''));
  assert.deepEqual(notes[1], ['no word of the tone list']);
  for (const line of notes.flat()) assert.ok((line ?? '').length <= 32, line);
  assert.match(
    svg,
    /aria-label="Own-voice sentiment of each outlet, from −1 to \+1: Fenwick Valley Herald \(1\) \+0\.25; Fenwick Valley Herald \(2\) — \(no word of the tone list\); Quay Post −0\.10"/,
  );
});
