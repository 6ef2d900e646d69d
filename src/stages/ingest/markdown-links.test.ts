import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainLinks } from './markdown-links.ts';

// The regexes plainLinks stands for, as markdown.ts read links with them before: its output must be
// the same for every line.
const REGEXES: readonly [RegExp, string][] = [
  [/!\[[^\]]{0,500}\]\([^)]{0,2048}\)/g, ''],
  [/\[([^\]]{1,500})\]\((?:[^()]|\([^()]{0,256}\)){0,2048}\)/g, '$1'],
  [/\[([^\]]{1,500})\]\[[^\]]{0,500}\]/g, '$1'],
];
const byRegex = (line: string) => REGEXES.reduce((plain, [re, to]) => plain.replace(re, to), line);

test('plainLinks: images go, links keep their text', () => {
  const cases: [string, string][] = [
    [
      'See ![a map](map.png) and [the operator](https://x.example/a_(b)) today.',
      'See  and the operator today.',
    ],
    ['[the board][1] said [so].', 'the board said [so].'],
    ['[] (x) [[nested](u)] ![]()', '[] (x) [nested] '],
    ['[x [y](u) z', 'x [y z'],
    ['[[[[![![', '[[[[![!['],
  ];
  for (const [line, plain] of cases) {
    assert.equal(plainLinks(line), plain, line);
    assert.equal(byRegex(line), plain, `the regexes: ${line}`);
  }
});

test('plainLinks reads every line as the regexes did, texts and targets near their bounds included', () => {
  let seed = 7;
  // xorshift32: the same lines at every run
  const next = (n: number) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const parts = ['[', ']', '(', ')', '!', '![', '](', '][', 'a', ' '];
  const runs = [255, 256, 257, 499, 500, 501, 2047, 2048, 2049];
  for (let n = 0; n < 4000; n++) {
    let line = '';
    const length = next(40);
    for (let i = 0; i < length; i++)
      line += next(12) === 0 ? 'a'.repeat(runs[next(runs.length)] as number) : parts[next(parts.length)];
    assert.equal(
      plainLinks(line),
      byRegex(line),
      JSON.stringify(line.length > 200 ? line.slice(0, 200) : line),
    );
  }
});

test('plainLinks: a line of openings and no closing bracket is left as it is', () => {
  const line = '[!['.repeat(333_334);
  assert.equal(plainLinks(line), line);
});
