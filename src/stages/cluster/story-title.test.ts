import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { cluster } from './index.ts';
import { segmented } from './test-articles.ts';

// Invented: a live blog's "Live: …" headline is a poor story title (newuser9 #8): the story takes a
// headline under no label, and a story with only labelled ones takes one without its label.
const FLOOD =
  'The River Orrin burst its banks in Selby Quay on Friday and 140 homes were evacuated, the fire service said.';
const FERRY =
  'Ferry crews at the port of Vantby ended their strike on Monday after the operator raised their pay, the union said.';

test("a story's title is a headline under no label, else one with its label left out", () => {
  const titles = (records: Record<string, string>[]) =>
    cluster()(segmented(records), createContext())
      .map((s) => s.title)
      .sort();
  assert.deepEqual(
    titles([
      { title: 'Live: Orrin flood in Selby Quay', text: `${FLOOD} Rescuers were at work all night.` },
      { title: 'River Orrin floods Selby Quay', text: `${FLOOD} The council opened a shelter.` },
      { title: 'UPDATE: Vantby ferry strike ends', text: FERRY },
    ]),
    ['River Orrin floods Selby Quay', 'Vantby ferry strike ends'],
  );
});
