import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report, Story } from '../../model/index.ts';
import { parseCsv } from '../../stages/compare/user-files.ts';
import { article, report as base, story as baseStory, cite, TEXT } from '../fixtures/story.ts';
import { renderCsv } from './index.ts';

// Invented: one quote carried by two articles, the speaker named only in the second. The speaker's
// naming is found by article: it is not one per occurrence (extract keeps only those with a speaker).
test('quotes table: where each article names the speaker, found by article, not by index', () => {
  const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });
  const story: Story = {
    ...baseStory,
    facts: [],
    conflicts: [],
    quotes: [
      {
        id: 's1-q1',
        kind: 'direct',
        text: 'It is done,',
        speaker: { name: 'Ola Brenn', entityId: null },
        cue: 'said',
        occurrences: [cite('a1', at('It is done,')), cite('a2', at('It is done,'))],
        speakerEvidence: [cite('a2', at('the clerk'))],
      },
    ],
  };
  const report: Report = {
    ...base,
    articles: [article('a1', 'Harbour Gazette', null), article('a2', 'Bay Times', null)],
    stories: [story],
  };
  const rows = parseCsv(renderCsv(report, 'quotes'));
  const column = (rows[0] ?? []).indexOf('speaker_as_written');
  assert.deepEqual(
    rows.slice(1).map((r) => [r[(rows[0] ?? []).indexOf('article')], r[column]]),
    [
      ['a1', ''],
      ['a2', 'the clerk'],
    ],
  );
});
