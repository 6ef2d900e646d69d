import assert from 'node:assert/strict';
import { test } from 'node:test';
import { table } from './test-report.ts';

test('framing and tone: one row per outlet of a compared story, as the framing tables sum them', () => {
  const framingRows = table('framing');
  assert.deepEqual(framingRows, [
    [
      'story',
      'outlet',
      'leaning',
      'articles',
      'term',
      'neutral',
      'use',
      'headline',
      'headline_quoted',
      'own_voice',
      'in_quotes',
      'headline_words',
      'own_voice_words',
      'in_quotes_words',
    ],
    // each outlet's words where the uses are counted (each article: 5 in its headline, 15 + 3 quoted)
    [
      's1',
      'Harbour Gazette',
      'centre-left',
      'a1 a3',
      'slash',
      'cut',
      '',
      '1',
      '0',
      '2',
      '0',
      '10',
      '30',
      '6',
    ],
    ['s1', 'Bay Times', '', 'a2', 'slash', 'cut', '', '0', '0', '0', '0', '5', '15', '3'],
  ]);
  // the score to the report's two decimals; none where no word of the tone list was found
  assert.deepEqual(table('tone'), [
    [
      'story',
      'outlet',
      'leaning',
      'articles',
      'sentiment',
      'subjectivity',
      'headline_sentiment',
      'headline_subjectivity',
      'words',
      'tone_words',
      'headline_tone_words',
      'tone_words_counted',
    ],
    // the own voice's words behind the score, with how each counted and how often
    ['s1', 'Harbour Gazette', 'centre-left', 'a1 a3', '-0.46', '0.13', '', '', '14', '3', '0', 'done −×2'],
    ['s1', 'Bay Times', '', 'a2', '', '', '', '', '14', '0', '0', ''],
  ]);
});
