import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stem } from '../../text/normalise.ts';
import { keywordForms } from './keywords.ts';

const source = (title: string | null, text: string) => ({ article: { title, text } });

test('keywordForms: each stem is shown as the form its articles use most', () => {
  const sources = [
    source(
      'Ferry crossings doubled as bridge stays shut',
      'The bridge was closed. Officials said the bridge would reopen.',
    ),
    source(null, "The bridge's closure hit commuters; ferries ran all night."),
  ];
  const stems = ['bridge', 'ferry', 'say', 'closed', 'zzz'].map((w) => (w === 'zzz' ? w : stem(w)));
  assert.deepEqual(keywordForms(stems, sources), ['bridge', 'ferry', 'said', 'closed', 'zzz']);
});

test('keywordForms: ties go to the shorter form, and only the first articles are read', () => {
  assert.deepEqual(keywordForms([stem('meeting')], [source('Meeting', 'They meet again.')]), ['meet']);
  assert.deepEqual(keywordForms([], [source('A', 'B')]), []);
});
