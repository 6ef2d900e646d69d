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

test('tone chart: a cut outlet label keeps its article number, and the image names each outlet whole', () => {
  const svg = toneChart([
    column('Fenwick Valley Herald (1)', 0.25),
    column('Fenwick Valley Herald (2)', null),
    column('Quay Post', -0.1),
  ]);
  const labels = [...svg.matchAll(/text-anchor="end" fill="currentColor">([^<]*)<title>([^<]*)</g)].map(
    (m) => [m[1], m[2]],
  );
  assert.deepEqual(labels, [
    ['Fenwick Val… (1)', 'Fenwick Valley Herald (1)'],
    ['Fenwick Val… (2)', 'Fenwick Valley Herald (2)'],
    ['Quay Post', 'Quay Post'],
  ]);
  assert.match(
    svg,
    /aria-label="Own-voice sentiment of each outlet, from −1 to \+1: Fenwick Valley Herald \(1\) \+0\.25; Fenwick Valley Herald \(2\) — \(no word of the tone list\); Quay Post −0\.10"/,
  );
});
