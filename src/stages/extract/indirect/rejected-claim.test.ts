import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// A claim someone turns down ("rejected his claim that …") is not the words of the one who turned it down:
// nothing of it is reported as theirs. A claim someone voices ("repeated her claim that …") still is.

function reports(text: string): [string, string][] {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  return out.quotes
    .filter((q) => q.kind === 'indirect')
    .map((q) => [q.text, q.speaker && 'name' in q.speaker ? String(q.speaker.name) : '']);
}

const TURNED_DOWN: [string, string][] = [
  ['rejected his claim', 'Judge Petra Holm rejected his claim that the dock was never fenced.'],
  ['dismissed the claim', 'Judge Petra Holm dismissed the claim that the dock was never fenced.'],
  ['denied claims', 'The port board denied claims that the cranes had failed twice.'],
  ['rejected the suggestion', 'Mayor Ivo Brandt rejected the suggestion that the ferry was unsafe.'],
  ['disputed their earlier assertion', 'Ivo Brandt disputed their earlier assertion that the pier had sunk.'],
];

for (const [rule, text] of TURNED_DOWN) {
  test(`a claim turned down is no one's words here: ${rule}`, () => {
    assert.deepEqual(reports(text), []);
  });
}

test('a claim voiced by its subject is still reported as theirs', () => {
  assert.deepEqual(reports('Ivo Brandt repeated his claim that the ferry was unsafe.'), [
    ['the ferry was unsafe', 'Ivo Brandt'],
  ]);
});

test('a denial of a clause still reports what was denied', () => {
  assert.deepEqual(reports('Ivo Brandt denied that the ferry was unsafe.'), [
    ['the ferry was unsafe', 'Ivo Brandt'],
  ]);
});

// "disputed a minister's statement that X": X is the minister's words, never the disputer's
const DISPUTED_STATEMENT: [string, string, string][] = [
  [
    'a possessive before the noun',
    "A dockers' union on Tuesday disputed a harbour minister's statement that the pier had passed a safety inspection in May.",
    'harbour minister',
  ],
  [
    'the statement named with its maker',
    "The dockers' union disputed the harbour minister's statement that the pier had passed a safety inspection in May.",
    'harbour minister',
  ],
];

for (const [rule, text, speaker] of DISPUTED_STATEMENT) {
  test(`a statement disputed is its maker's words, not the disputer's: ${rule}`, () => {
    assert.deepEqual(reports(text), [['the pier had passed a safety inspection in May', speaker]]);
  });
}

test('"disputed a statement by the minister that …" gives the disputer none of its words', () => {
  const said = reports(
    "The dockers' union disputed a statement by the minister that the pier had passed a safety inspection in May.",
  );
  assert.ok(!said.some(([, who]) => /union/.test(who)), JSON.stringify(said));
});
