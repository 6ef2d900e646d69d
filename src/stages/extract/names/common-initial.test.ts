import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';
import { names } from './test-kit.ts';

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

// ae1a1a6c dropped a lone given name that is also a common word ("Mark said", "Bill said") when the
// article writes it in lower case elsewhere: the quote went to "Mark", not to "Mark Tolvey"
test('a given name also written as a common word stays a name when the article writes it before a surname', () => {
  for (const [text, full, lone] of [
    [
      'Mark Tolvey, 41, runs the ferry at Orly. The strike left its mark on trade. "We will keep the boats running," Mark said.',
      'Mark Tolvey',
      'Mark',
    ],
    [
      'Bill Marsh chairs the Velden water board. The board sent each home a bill for the repairs. Bill said the charge was fair.',
      'Bill Marsh',
      'Bill',
    ],
  ] as const) {
    const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
    const person = out.entities.find((e) => e.name === full);
    assert.ok(person, out.entities.map((e) => e.name).join(', '));
    const mentions = person.mentions.map((m) => text.slice(m.span.start, m.span.end));
    assert.ok(mentions.includes(lone), mentions.join(', '));
  }
});

// a role's qualifier at the head of a sentence was a name in an article that never wrote it in lower
// case, and none in one that did ("Assistant" an entity on one side only: two dev supports lost)
test('a role qualifier before a role in lower case starts no name ("Assistant general manager Ivo Brand …")', () => {
  const found = names(
    'Assistant general manager Ivo Brand was appointed interim coach as the Kestrels get ready for a game against Velden on Saturday night.',
    'Assistant general manager Ivo Brand was named interim coach. The Kestrels fired coach Ola Berg on Saturday.',
    'Deputy mayor Tova Rask opened the Velden ferry on Monday. Former chief executive Oren Vale was there.',
  );
  assert.ok(!found.some((n) => /\| (Assistant|Deputy|Former)\b/.test(n)), found.join('\n'));
  for (const person of ['Ivo Brand', 'Tova Rask', 'Oren Vale'])
    assert.ok(
      found.some((n) => n.endsWith(`| ${person}`)),
      found.join('\n'),
    );
});

// newuser13 #13: "Head librarian Ingrid Sau said …" in two articles of a story made "Head" a name of its own
test('"Head" or "Chief" before a role in lower case starts no name ("Head librarian Ingrid Sau …")', () => {
  const found = names(
    'Every library branch in Velmoor is closed today as staff strike. Head librarian Ingrid Sau said she expected branches to reopen on Saturday.',
    'Library workers walked out on Wednesday. Head librarian Ingrid Sau said the service would reopen on Saturday. Chief engineer Ola Berg checked the boilers.',
  );
  assert.ok(!found.some((n) => /\| (Head|Chief)\b/.test(n)), found.join('\n'));
  for (const person of ['Ingrid Sau', 'Ola Berg'])
    assert.ok(
      found.some((n) => n.endsWith(`| ${person}`)),
      found.join('\n'),
    );
});

// midreview30 finding 2: "Officers Tam Orr" was one person, and "Officers said …" went to them ("Officers"
// counted as a given name written before a surname)
test('a plural noun the article writes in lower case, opening a sentence before names, names no one who speaks', () => {
  const text =
    'Officers Tam Orr and Lio Vance were first at the scene of the Brell Street fire on Sunday. Officers said the fire began in the kitchen. Two officers were treated for smoke.';
  const found = names(text);
  assert.ok(!found.some((n) => n.includes('Officers')), found.join('\n'));
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  const speakers = out.quotes.map((q) => q.speaker?.name ?? '');
  assert.ok(!speakers.some((s) => s.includes('Tam Orr')), speakers.join('\n'));
});

// midreview30 finding 8: "Rescuers Ada Lund" was one person, and another article's "Rescuers said …" theirs
test('a plural word opening a sentence before a given name and a surname is the group, no word of the name', () => {
  const texts = [
    'Rescuers Ada Lund and Per Vik pulled a man from the water off Tolmere on Sunday. Rescuers said he was unhurt.',
    'Rescuers said a man pulled from the water off Tolmere on Sunday was unhurt.',
  ];
  const found = names(...texts);
  assert.ok(found.includes('person | Ada Lund'), found.join('\n'));
  assert.ok(!found.some((n) => n.includes('Rescuers')), found.join('\n'));
  const out = extract()(storyFromTexts(texts.map((text, i) => ({ id: `a${i + 1}`, text }))), createContext());
  const speakers = out.quotes.map((q) => q.speaker?.name ?? '');
  assert.ok(!speakers.some((s) => s.includes('Lund')), speakers.join('\n'));
  // (a given name itself still opens a name)
  assert.ok(names('Mark Tolvey, 41, runs the Tolmere mill.').includes('person | Mark Tolvey'));
});
