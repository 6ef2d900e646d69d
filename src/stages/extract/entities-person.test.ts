import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { storyFromTexts } from './from-text.ts';
import { extract } from './index.ts';

/** The kind of the entity one of whose mentions reads exactly `surface`, or undefined when none does. */
function kindOf(text: string, surface: string): string | undefined {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  for (const e of out.entities) {
    for (const m of e.mentions) if (text.slice(m.span.start, m.span.end) === surface) return e.kind;
  }
  return undefined;
}

// [rule, text, surface, expected kind]: names of no known given name, made people by the words around them
const CASES: [string, string, string, string | undefined][] = [
  [
    'an age before the name',
    'The body of 36-year-old Ormond Fask was found on Sunday.',
    'Ormond Fask',
    'person',
  ],
  [
    'a speech verb before the name',
    'The cable will be mended within days, said Tavish Morrow, who runs the network.',
    'Tavish Morrow',
    'person',
  ],
  [
    'a role in an apposition',
    'The repairs went well, according to Tavish Morrow, director of operations at the port.',
    'Tavish Morrow',
    'person',
  ],
  [
    'kin in an apposition',
    'The family was told on Friday. Ormond Fask, the victim’s grandson, spoke to reporters.',
    'Ormond Fask',
    'person',
  ],
  [
    'a new title before the name',
    'The club confirmed that COO Ormond Fask would stay.',
    'Ormond Fask',
    'person',
  ],
  [
    'a body in an apposition is no person',
    'The order went to Ormond Fask, a small engineering company in the north.',
    'Ormond Fask',
    'organization',
  ],
];

for (const [rule, text, surface, expected] of CASES) {
  test(`entities: ${rule}`, () => {
    assert.equal(kindOf(text, surface), expected);
  });
}
