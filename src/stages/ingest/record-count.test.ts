import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { InputFile } from './index.ts';
import { recordCount } from './record-count.ts';

const file = (path: string, text: string, format?: InputFile['format']): InputFile => ({
  path,
  bytes: new TextEncoder().encode(text),
  ...(format ? { format } : {}),
});

test('recordCount: one a page, a non-blank line of JSONL, an item of a JSON bundle', () => {
  const cases: [InputFile, number][] = [
    [file('a.txt', 'The ferry to Morrow Isle ran late.'), 1],
    [file('a.html', '<p>One page</p>'), 1],
    [file('b.jsonl', '{"text":"a"}\n\n  \r\n{"text":"b"}\n{"text":"c"}'), 3],
    [file('b.ndjson', '{"text":"a"}\r\n{"text":"b"}\r\n'), 2],
    // a broken line is still a record the reading goes over (and skips with an issue)
    [file('b.jsonl', '{"text":"a"}\n{broken\n'), 2],
    [file('c.json', '[{"text":"a"},{"text":"b"}]'), 2],
    [file('c.json', '{"articles":[{"text":"a"},{"text":"b"},{"text":"c"}]}'), 3],
    [file('c.json', '{"text":"a"}'), 1],
    [file('c.json', '{not json'), 1],
    [file('c.json', '[]'), 1],
    // a fetched page whose path is its URL, and standard input read by what it holds
    [file('https://x.example/feed.jsonl', '{"a":1}\n{"a":2}', 'html'), 1],
    [file('-', '{"text":"a"}\n{"text":"b"}\n'), 2],
    [file('-', 'Plain words on standard input.'), 1],
  ];
  for (const [input, count] of cases) assert.equal(recordCount(input), count, input.path);
});
