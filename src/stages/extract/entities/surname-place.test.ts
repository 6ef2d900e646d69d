import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { judgementOf } from '../../compare/support/verdict-of.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// session 31 (issue 10): "Ashby" the town and "Mara Ashby" the person were one entity, so "Residents
// of Ashby marched …" was ✓ for "Residents led by Mara Ashby marched …". A surname named alone in a
// place's position ("in Ashby", "residents of Ashby") is the place, not the person of that surname.

/** The entity (kind: name) whose mention reads exactly `surface`, in one invented article. */
function entityAt(text: string, surface: string): string | undefined {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  for (const e of out.entities)
    for (const m of e.mentions)
      if (text.slice(m.span.start, m.span.end) === surface) return `${e.kind}: ${e.name}`;
  return undefined;
}

test('entities: a surname alone after "in" or "of" is the place, the full name the person', () => {
  const text =
    'Mara Ashby, who leads the parents, said the vote was a betrayal. The school in Ashby will close. Residents of Ashby marched on Saturday.';
  assert.equal(entityAt(text, 'Mara Ashby'), 'person: Mara Ashby');
  const school = text.indexOf('in Ashby') + 3;
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  const owner = out.entities.find((e) => e.mentions.some((m) => m.span.start === school));
  assert.equal(owner?.kind, 'place');
});

test('entities: the surname alone as a speaker or subject is still the person', () => {
  const text = 'Mara Ashby leads the parents of Tollen. Ashby said the vote was a betrayal.';
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  const person = out.entities.find((e) => e.name === 'Mara Ashby');
  assert.equal(person?.mentions.length, 2);
});

test('entities: the surname alone after "from" or "at" is still the person (review31)', () => {
  for (const text of [
    'Mara Ashby leads the parents. A letter from Ashby reached the council on Monday.',
    'Mara Ashby leads the parents. Councillors shouted at Ashby during the meeting.',
  ]) {
    const at = text.lastIndexOf('Ashby');
    const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
    const owner = out.entities.find((e) => e.mentions.some((m) => m.span.start === at));
    assert.equal(owner?.name, 'Mara Ashby', text);
  }
});

test('support: a town named like a person does not tell the person', () => {
  const j = judgementOf(
    'Residents of Ashby marched to the town hall in Corvale on Saturday.',
    'Residents led by Mara Ashby marched to the town hall in Corvale on Saturday. Ashby, a mother of two, said the school must stay open.',
  );
  assert.notEqual(j.verdict, 'supports');
});

// session 35 (newuser14 #11): a lone word that opens a person's name was that person ("Carrow bus
// drivers" an alias of "Carrow Transit") though the story sets things in it: it is the place.
test('entities: a lone word the story sets something in is the place, not a first name', () => {
  const text =
    'Ferries stopped in Orrin on Monday. Orrin Vale, who leads the crews, said pay had fallen. Orrin crews walked out at dawn.';
  assert.equal(entityAt(text, 'Orrin Vale'), 'person: Orrin Vale');
  const crews = text.lastIndexOf('Orrin');
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  const owner = out.entities.find((e) => e.mentions.some((m) => m.span.start === crews));
  assert.notEqual(owner?.kind, 'person');
});
