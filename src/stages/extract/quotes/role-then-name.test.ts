import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// "A ministry spokesman, Ivo Gersh, said … “…”": the name in apposition after the role is the speaker, the
// role its role; a name before an aside ("Ada Lind, a port spokesman, said") and an aside that is no name stay.

function speakerOf(text: string): string {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  const q = out.quotes.find((x) => x.kind !== 'indirect');
  assert.ok(q, 'no quote');
  return q.speaker && 'name' in q.speaker ? String(q.speaker.name) : '';
}

test('a name after a role, set off by commas, names the speaker of a quote', () => {
  assert.equal(
    speakerOf('A harbour spokesman, Ivo Gersh, said the old count "was the best we had."'),
    'Ivo Gersh',
  );
});

test('a name before an aside, and an aside that is no name, are read as before', () => {
  assert.equal(speakerOf('Ada Lind, a port spokeswoman, said the quay "was safe for now."'), 'Ada Lind');
  assert.equal(speakerOf('The port spokesman, Monday, said the quay "was safe for now."'), 'port spokesman');
});
