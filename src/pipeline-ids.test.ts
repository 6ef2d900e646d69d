import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from './model/index.ts';
import { analyze } from './pipeline.ts';

// newuser19 #9: fact and quote ids were places in a list ("s1-f3"), so a fact cited by its id was
// another fact once its story was analysed again with its articles in another order. They are now
// made from what the fact or quote says. An invented ferry strike, three outlets, and an unrelated
// article that may come first.
const STRIKE = [
  [
    'herald',
    'Tarnby Herald',
    '08:10',
    'Ferry crews on the Tarnby crossing walked out at dawn on Friday over pay, halting all sailings.\n\n"We have no choice left," union leader Orla Brandt said.\n\nThe Tarnby Ferry Company said the strike would cost it about $200,000 a day.',
  ],
  [
    'post',
    'Coastline Post',
    '09:30',
    'All sailings on the Tarnby crossing were halted on Friday after ferry crews walked out over pay.\n\n"We have no choice left," said Orla Brandt, who leads the crews\' union.\n\nThe company put the cost of the strike at about $200,000 a day.',
  ],
  [
    'radio',
    'Tarnby Radio',
    '11:00',
    'Ferry crews on the Tarnby crossing walked out on Friday over pay.\n\nThe company said talks would resume on Monday. "The door is open," a company spokesman said.',
  ],
] as const;

const UNRELATED = [
  'library',
  'Dunmere Weekly',
  '07:00',
  'The Dunmere public library will open until nine in the evening on Thursdays from next month, the county council said on Wednesday.\n\nThe library board approved the longer hours after a survey of borrowers.\n\n"Readers asked for it," librarian Kai Oduya said. The council said the change would cost £12,000 a year.',
] as const;

// each fact's and quote's id by its text (one story of the strike, whatever else the batch holds)
function idsIn(docs: readonly (readonly [string, string, string, string])[]): Map<string, string> {
  const files = docs.map(([name, outlet, time, text]) => ({
    path: `ferry/${name}.json`,
    bytes: new TextEncoder().encode(
      JSON.stringify({
        outlet,
        title:
          name === 'library'
            ? 'Dunmere library to open late on Thursdays'
            : 'Tarnby ferry crews strike over pay',
        publishedAt: `2026-11-06T${time}:00Z`,
        text,
      }),
    ),
  }));
  const report = analyze(files, {}, createContext());
  const story = report.stories.find((s) => s.articleIds.length === 3);
  assert.ok(
    story,
    `the strike is one story of three articles: ${JSON.stringify(report.stories.map((s) => s.articleIds))}`,
  );
  const ids = new Map<string, string>();
  for (const item of [...story.facts, ...story.quotes])
    ids.set(`${item.id.includes('-q') ? 'q' : 'f'} ${item.text}`, item.id);
  return ids;
}

test('fact and quote ids follow what they say: the same in another order and beside an unrelated article', () => {
  const given = idsIn(STRIKE);
  assert.ok(
    [...given.keys()].some((k) => k.startsWith('q ')) && [...given.keys()].some((k) => k.startsWith('f ')),
  );
  for (const id of given.values()) assert.match(id, /^s\d+-[fq][0-9a-f]{6}(?:-\d+)?$/);
  assert.deepEqual(idsIn([...STRIKE].reverse()), given);
  assert.deepEqual(idsIn([UNRELATED, STRIKE[2], STRIKE[0], STRIKE[1]]), given);
});
