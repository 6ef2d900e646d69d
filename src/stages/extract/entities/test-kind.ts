import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

/** A typing case of the entities' tests: [rule, invented text, a mention's surface, expected kind (undefined: no entity)]. */
export type KindCase = [string, string, string, string | undefined];

/** The kind of the entity one of whose mentions reads exactly `surface`, or undefined when none does. */
export function kindOf(text: string, surface: string): string | undefined {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  for (const e of out.entities) {
    for (const m of e.mentions) if (text.slice(m.span.start, m.span.end) === surface) return e.kind;
  }
  return undefined;
}

/** One test per case, named `entities: <rule>`: the mention's entity is of the expected kind. */
export function testKinds(cases: readonly KindCase[]): void {
  for (const [rule, text, surface, expected] of cases)
    test(`entities: ${rule}`, () => {
      assert.equal(kindOf(text, surface), expected);
    });
}
