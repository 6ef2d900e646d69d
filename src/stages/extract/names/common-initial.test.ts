import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

/** The names of invented articles of one story, with their kinds. */
function names(...texts: string[]): string[] {
  const out = extract()(storyFromTexts(texts.map((text, i) => ({ id: `a${i + 1}`, text }))), createContext());
  return out.entities.map((e) => `${e.kind} | ${e.name}`).sort();
}

// newuser8's finding 16: "Residents" at the head of a sentence was listed as a name
test('a first word the article writes in lower case elsewhere is no name ("Residents may return home …")', () => {
  const found = names(
    'Fire chief Ilse Varga said on Tuesday that the fire at the Marsk dye works was out. "The smoke is still dangerous," she had told residents on Monday night. Residents may return home from noon on Tuesday, the town hall said.',
    'About 300 people were evacuated in Marsk on Monday night after fire tore through a dye works, mayor Oren Palk told reporters. Residents were told to keep windows closed.',
  );
  assert.ok(!found.some((n) => n.endsWith('| Residents')), found.join('\n'));
  assert.ok(
    found.some((n) => n.includes('Ilse Varga')),
    found.join('\n'),
  );
});

test('a surname the article also writes as a common word stays a name when met inside a sentence', () => {
  const found = names(
    'The river burst its banks at Orly on Monday, said Dana Banks, who runs the lock. Banks said the water was falling.',
  );
  assert.ok(
    found.some((n) => n.includes('Banks')),
    found.join('\n'),
  );
  assert.ok(!found.some((n) => /\| banks$/i.test(n) && !n.includes('Dana')), found.join('\n'));
});
