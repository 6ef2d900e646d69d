import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

/** The organisations and people of one invented article, by kind and name. */
function names(text: string): string[] {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  return out.entities
    .filter((e) => e.kind === 'organization' || e.kind === 'person')
    .map((e) => `${e.kind}: ${e.name}`)
    .sort();
}

test('an office named after a body, before a title and a name, is the body, not an organisation', () => {
  assert.deepEqual(
    names('The talks were also attended by White House Harbour Security adviser Dana Pellworth on Monday.'),
    ['organization: White House', 'person: Dana Pellworth'],
  );
  assert.deepEqual(names('Pentagon Cyber Policy chief Ina Voss spoke on Monday.'), [
    'organization: Pentagon',
    'person: Ina Voss',
  ]);
});

test('a body named whole before a title and a name stays whole', () => {
  assert.deepEqual(names('Norhaven Port Authority chief Dana Pellworth spoke on Monday.'), [
    'organization: Norhaven Port Authority',
    'person: Dana Pellworth',
  ]);
  assert.deepEqual(names('The Vessmark Harbour Board adviser Ina Voss spoke on Monday.'), [
    'organization: Vessmark Harbour Board',
    'person: Ina Voss',
  ]);
  assert.ok(
    names('Department of Corrections spokeswoman Ada Lind spoke on Monday.').includes(
      'organization: Department of Corrections',
    ),
  );
  // an acronym opening a firm's name is not the body of an office
  assert.ok(!names('The deal may fail, said ACME Research analyst Ina Voss.').includes('organization: ACME'));
});
