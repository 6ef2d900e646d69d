import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from './model/index.ts';
import { analyze } from './pipeline.ts';

// newuser18 #11: a story's report changed with the order its files were given in (and so with the
// unrelated files of the batch around them): which tellings of a toll joined one side of a difference
// followed the order the articles were read in. Its articles are now read in the order of their
// sources. An invented flood: four outlets give nine dead, one nineteen.
const DOCS = [
  [
    'echo',
    'Ambry Echo',
    '07:40',
    'Nine people have died after the River Tolle burst its banks in Ambry overnight, flooding hundreds of homes.\n\nThe water rose to 4.1 metres at the Ferry Road gauge.\n\nRescuers evacuated 220 homes as the water rose through the night.',
  ],
  [
    'pell',
    'Pell Times',
    '09:05',
    'Nine people were killed when the River Tolle flooded Ambry early on Tuesday, the county flood office said.\n\nMore than 200 homes were evacuated.\n\nThe river reached 4.1 metres at the Ferry Road gauge.',
  ],
  [
    'corran',
    'Corran Star',
    '10:00',
    'Nineteen people died when the River Tolle burst its banks in Ambry early on Tuesday, the county flood office said.\n\nThe river peaked at 4.1 metres.\n\nSome 230 homes were evacuated.',
  ],
  [
    'radio',
    'Ambry Radio',
    '16:00',
    'The death toll from the flooding in Ambry stood at nine on Tuesday afternoon, the county flood office said.\n\nRescuers evacuated 220 homes.',
  ],
  [
    'kell',
    'Kell Ledger',
    '12:00',
    'Nine people lost their lives when the River Tolle flooded Ambry in the early hours of Tuesday.\n\nSome 230 homes were evacuated as the water rose.\n\nThe flood office said the warning was sounded at 1.15 a.m.',
  ],
] as const;

// The story's differences and facts, each article named by its outlet (the ids follow the order given).
function reportIn(order: readonly number[]): string {
  const files = order.map((i) => {
    const [name, outlet, time, text] = DOCS[i] as (typeof DOCS)[number];
    const record = {
      outlet,
      title: `${outlet} on the Ambry flood`,
      publishedAt: `2026-11-04T${time}:00Z`,
      text,
    };
    return { path: `flood/${name}.json`, bytes: new TextEncoder().encode(JSON.stringify(record)) };
  });
  const report = analyze(files, {}, createContext());
  const outlet = new Map(report.articles.map((a) => [a.id, a.outlet]));
  const [story] = report.stories;
  assert.ok(story && report.stories.length === 1);
  const named = (evidence: readonly { articleId: string }[]) =>
    evidence
      .map((e) => outlet.get(e.articleId))
      .sort()
      .join(', ');
  return [
    ...story.facts.map((f) => `${f.text} [${named(f.evidence)}]`).sort(),
    ...(story.differences ?? []).map(
      (d) => `${d.about}: ${d.sides.map((s) => `${s.value?.number} [${named(s.evidence)}]`).join(' | ')}`,
    ),
  ].join('\n');
}

test("a story's report does not depend on the order its files are given in", () => {
  const given = reportIn([0, 1, 2, 3, 4]);
  assert.match(given, /19 \[Corran Star\]/);
  assert.equal(reportIn([3, 4, 2, 0, 1]), given);
  assert.equal(reportIn([4, 3, 2, 1, 0]), given);
});
