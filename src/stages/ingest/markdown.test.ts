import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../model/index.ts';
import { ingest } from './index.ts';
import { plainMarkdown } from './markdown.ts';

test('plainMarkdown keeps the words a Markdown article shows, and no mark', () => {
  const cases: [string, string][] = [
    ['# Ferry fares frozen for a year', 'Ferry fares frozen for a year'],
    ['## Fares frozen ##', 'Fares frozen'],
    ['*By Ana Vell, Marlow Post*', 'By Ana Vell, Marlow Post'],
    ['said on **Friday** it would', 'said on Friday it would'],
    ['a two-day [strike](https://a.example/strike_(2025)).', 'a two-day strike.'],
    ['![The quay](quay.jpg)The quay reopened.', 'The quay reopened.'],
    ['> “We are back,” she said.', '“We are back,” she said.'],
    ['- 12 sailings a day', '12 sailings a day'],
    ['* a list item', 'a list item'],
    ['the snake_case_name and __init__ stay', 'the snake_case_name and init stay'],
    ['5 * 3 = 15, and 2*4', '5 * 3 = 15, and 2*4'],
    ['it cost \\$3.50 \\*each\\*', 'it cost $3.50 *each*'],
    ['the `ferry` app', 'the ferry app'],
    ['#hashtag stays', '#hashtag stays'],
  ];
  for (const [markdown, plain] of cases) assert.equal(plainMarkdown(markdown), plain, markdown);
  assert.equal(plainMarkdown('Title\n=====\n\nBody.\n\n---\n\nMore.'), 'Title\n\nBody.\n\n\nMore.');
  assert.equal(plainMarkdown('```\n**kept**\n```'), '**kept**');
});

test('a .md article is read as the text it shows; a .txt one as written', () => {
  const markdown =
    '# Ferry fares frozen\n\n*By Ana Vell*\n\nThe operator said on **Friday** it would freeze fares.';
  const bytes = new TextEncoder().encode(markdown);
  const [md, txt] = ingest()(
    [
      { path: 'story.md', bytes },
      { path: 'story.txt', bytes },
    ],
    createContext(),
  );
  assert.equal(
    md?.content,
    'Ferry fares frozen\n\nBy Ana Vell\n\nThe operator said on Friday it would freeze fares.',
  );
  assert.equal(txt?.content, markdown);
});
