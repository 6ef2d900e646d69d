import assert from 'node:assert/strict';
import test from 'node:test';
import { alike, alikeOutletLines } from './outlet-names.ts';

test('alike: one outlet’s names told apart by a letter, a leading "The", case or punctuation; other outlets not', () => {
  const same: [string, string][] = [
    ['Brackwater Gazete', 'Brackwater Gazette'],
    ['The Brackwater Gazette', 'Brackwater Gazette'],
    ['Valley Echo', 'valley-echo'],
    ['Tollmere Post', 'Tolmere Post'],
    ['Norhaven Courrier', 'The Norhaven Courier'],
    ['KBT News', 'KBT Newz'],
    ['VALLEY ECHO', 'VALLEY ECO'],
  ];
  for (const [a, b] of same) assert.equal(alike(a, b), true, `${a} / ${b}`);
  const other: [string, string][] = [
    ['Valley Echo', 'Valley Echo'],
    ['News 12', 'News 13'],
    ['Harbour Post', 'Harbour Times'],
    ['The Sun', 'The Star'],
    ['Tollmere Post', 'Tollmere Herald'],
    ['KBT News', 'KBX News'],
    ['Radio TNR Marl', 'Radio TNB Marl'],
  ];
  for (const [a, b] of other) assert.equal(alike(a, b), false, `${a} / ${b}`);
});

test('alikeOutletLines: a line a group of names alike, naming the articles and the manifest that gave a name', () => {
  const article = (id: string, outlet: string | null, from = 'meta:og:site_name') => ({
    id,
    outlet,
    metadataSources: (outlet ? { outlet: from } : {}) as Record<string, string>,
  });
  assert.deepEqual(
    alikeOutletLines([
      article('a1', 'Brackwater Gazete', 'manifest'),
      article('a2', 'Brackwater Gazette', 'input'),
      article('a3', 'Brackwater Gazette', 'input'),
      article('a4', 'Valley Echo'),
      article('a5', null),
      article('a6', 'The Brackwater Gazette'),
    ]),
    [
      'outlets named alike are reported apart: "Brackwater Gazete" (a1, from the manifest), "Brackwater Gazette" (a2, a3) and "The Brackwater Gazette" (a6); if they are one, give it one name (a manifest\'s outlet wins)',
    ],
  );
  assert.deepEqual(alikeOutletLines([article('a1', 'Valley Echo'), article('a2', 'Tollmere Post')]), []);
});
