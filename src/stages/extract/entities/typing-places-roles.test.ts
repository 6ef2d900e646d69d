import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

/** The entities of invented articles: each one's kind, name and aliases. */
function entities(...texts: string[]): [string, string, string[]][] {
  const out = extract()(storyFromTexts(texts.map((text, i) => ({ id: `a${i + 1}`, text }))), createContext());
  return out.entities.filter((e) => e.kind !== 'date').map((e) => [e.kind, e.name, [...e.aliases]]);
}

test('typing: a river named "River X" is a place, and so is the bare "X" it goes by after', () => {
  const found = entities(
    'Two people died in Vessmark on Monday when the River Orrin burst its banks.',
    'The Orrin flooded the harbour, and the River Orrin was still rising on Tuesday.',
  );
  assert.deepEqual(
    found.find(([, name]) => name === 'River Orrin'),
    ['place', 'River Orrin', ['Orrin']],
  );
  assert.ok(!found.some(([kind]) => kind === 'organization'), JSON.stringify(found));
  // a loch as a lake
  assert.deepEqual(
    entities('Fishing boats were stranded on Loch Varra on Friday.').find(([, n]) => n === 'Loch Varra'),
    ['place', 'Loch Varra', []],
  );
});

test('typing: a body\'s common word opening a sentence before a role and a name ("Union boss …") is no organisation', () => {
  const found = entities(
    'Union boss Marta Kolding led a crowd through Tollen. Council leader Rasmus Otterby said the cuts were painful.',
    '"Police chief Anna Brisk said nothing," she said. Party official Ann Roe agreed.',
  );
  const bodies = found.filter(([kind]) => kind === 'organization').map(([, name]) => name);
  assert.deepEqual(bodies, []);
  assert.ok(found.some(([kind, name]) => kind === 'person' && name === 'Rasmus Otterby'));
  // a name that is no common word is still a body: "Apple chief Tim Cook"
  assert.deepEqual(
    entities('Apple chief Tim Cook said on Monday that sales rose.').map(([kind, name]) => [kind, name]),
    [
      ['organization', 'Apple'],
      ['person', 'Tim Cook'],
    ],
  );
});
