import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../from-text.ts';
import { extract } from '../index.ts';
import { foldedOutlets, namesNewsOutlet } from './source-credit.ts';

// newuser16 #7: a copy's "…, the Kestle Wire reported." made the wire a person and its report a person's
// reported speech ("Whom each outlet quotes: Kestle Wire (reported 1)"). A report credited to a wire, a news
// agency or one of the story's outlets is a source credit: no quote, and the wire is a body. Invented articles.

function read(texts: { text: string; outlet?: string }[]): { entities: string[]; quotes: string[] } {
  const articles = segmentAll(
    texts.map((t, k) => articleFromText(`a${k + 1}`, t.text, { outlet: t.outlet ?? null })),
    createContext(),
  );
  const input = {
    story: { id: 's1', title: '', articleIds: articles.map((a) => a.article.id), keywords: [] },
    articles,
  };
  const out = extract()(input, createContext());
  return {
    entities: out.entities.filter((e) => e.kind !== 'date').map((e) => `${e.kind}: ${e.name}`),
    quotes: out.quotes.map((q) => `${q.speaker?.name ?? '(none)'}: ${q.text}`),
  };
}

test('a report credited to a wire is no quote, and the wire is an organisation', () => {
  const got = read([
    {
      text: 'About 300 people rallied outside Orlen Town Hall on Wednesday to protest a plan to close two libraries, the Kestle Wire reported. Police said the rally was peaceful.',
    },
  ]);
  assert.deepEqual(got.quotes, ['Police: the rally was peaceful']);
  assert.ok(got.entities.includes('organization: Kestle Wire'), got.entities.join('; '));
});

test("a report credited to one of the story's outlets is no quote", () => {
  const got = read([
    { text: 'The council voted 6-3 to close the Orlen pool, the Harrowgate Beacon reported on Friday.' },
    {
      text: 'Orlen council votes to close pool\n\nThe council voted 6-3 on Friday.',
      outlet: 'The Harrowgate Beacon',
    },
  ]);
  assert.deepEqual(got.quotes, []);
});

test('a person or a body who reported something still speaks', () => {
  const got = read([
    { text: 'The pool lost $40,000 last year, the town treasurer Ilka Morrane reported on Monday.' },
  ]);
  assert.equal(got.quotes.length, 1);
  assert.match(got.quotes[0] ?? '', /^Ilka Morrane: /);
});

test('namesNewsOutlet: wires, news agencies, the story outlets; not a body or a person', () => {
  const outlets = foldedOutlets(['The Harrowgate Beacon', null]);
  for (const name of [
    'the Kestle Wire',
    'Orla Press Agency',
    'Kestle News Agency',
    'Reuters',
    'Harrowgate Beacon',
  ])
    assert.equal(namesNewsOutlet(name, outlets), true, name);
  for (const name of ['the city council', 'Ilka Morrane', 'the transport agency', 'a Reuters survey', 'Wire'])
    assert.equal(namesNewsOutlet(name, outlets), false, name);
});
