import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toldAhead } from './ahead.ts';
import { buildCandidates } from './candidates.ts';
import { DEFAULT_CONTESTED_TERMS } from './lexicon.ts';
import { candidateTellings } from './modality.ts';
import { summarized } from './test-story.ts';
import { contestedMatcher } from './text.ts';

// Whether the invented articles, made one story, are told only ahead of their event.
function ahead(docs: readonly object[]): boolean {
  const { input } = summarized(docs, 40);
  const context = { entities: input.entities, findContested: contestedMatcher(DEFAULT_CONTESTED_TERMS) };
  const candidates = buildCandidates(input.articles, context);
  return toldAhead(candidates, candidateTellings(candidates, input.articles));
}

// An invented story written before its event: every outlet's first sentence tells the opening as still
// to come; one outlet adds background told in the past.
const PREVIEW = [
  {
    outlet: 'Dunmere Courier',
    title: 'New Dunmere library to open on Saturday',
    text: 'Mayor Ada Brink will open the new Dunmere library on Saturday with a reading for children.\n\nIn 2015, the town closed its old library after a flood ruined the ground floor.',
  },
  {
    outlet: 'Valley Echo',
    title: 'Dunmere library opening set for Saturday',
    text: 'The new Dunmere library is set to open on Saturday, Mayor Ada Brink said on Tuesday.\n\nThe building will hold a cafe and a room for the town archive.',
  },
  {
    outlet: 'North Star',
    title: 'Library to reopen in Dunmere',
    text: 'Dunmere will open its new library on Saturday, eight years after a flood closed the old one.\n\nThe council expects 2,000 visitors on the first day.',
  },
];

describe('a story told only ahead of its event opens with what is planned, not with background', () => {
  test('every first sentence is a plan: the story is told ahead', () => {
    assert.equal(ahead(PREVIEW), true);
  });

  test('the summary opens with a first sentence, told as planned, and the background is not first', () => {
    const { out } = summarized(PREVIEW, 40);
    const [first] = out.summary;
    assert.ok(first);
    assert.match(first.text, /will open|is set to open/, first.text);
    assert.doesNotMatch(first.text, /^In 2015/, first.text);
  });

  test('one outlet telling the opening as done, and the summary opens with it', () => {
    const done = PREVIEW.map((d, i) =>
      i === 2
        ? {
            ...d,
            text: 'Dunmere opened its new library on Saturday, eight years after a flood closed the old one.\n\nAbout 2,000 visitors came on the first day.',
          }
        : d,
    );
    assert.equal(ahead(done), false);
    const { out } = summarized(done, 40);
    assert.match(out.summary[0]?.text ?? '', /opened its new library/);
  });
});
