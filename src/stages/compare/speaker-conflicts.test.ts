import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { articleFromText, segmentAll } from '../extract/from-text.ts';
import { extract } from '../extract/index.ts';
import { compare } from './index.ts';

// The speaker conflicts of a story of invented articles, each side as [claim, articles].
function speakerSides(bodies: string[]) {
  const ctx = createContext();
  const articles = bodies.map((b, i) => articleFromText(`a${i + 1}`, b));
  const docs = segmentAll(articles, ctx);
  const story = { id: 's1', title: 't', articleIds: articles.map((a) => a.id), keywords: [] };
  const result = compare()({ story, articles: docs, entities: [], quotes: [], figures: [] }, ctx);
  return result.conflicts
    .filter((c) => c.kind === 'speaker')
    .map((c) => c.sides.map((s) => [s.claim, s.evidence.map((e) => e.articleId)]));
}

// The same, with the entities and quotes of the extract stage, as the pipeline gives them.
function extractedSpeakerSides(bodies: string[]) {
  const ctx = createContext();
  const articles = bodies.map((b, i) => articleFromText(`a${i + 1}`, b));
  const docs = segmentAll(articles, ctx);
  const story = { id: 's1', title: 't', articleIds: articles.map((a) => a.id), keywords: [] };
  const input = { story, articles: docs, ...extract()({ story, articles: docs }, ctx) };
  return compare()(input, ctx)
    .conflicts.filter((c) => c.kind === 'speaker')
    .map((c) => c.sides.map((s) => [s.claim, s.evidence.map((e) => e.articleId)]));
}

test('a short quote whose words are scattered through a longer one by another person is no speaker conflict', () => {
  // most of the short one's words recur in the long one ("the", "time", "nine", "days"), but not
  // in one run: two people saying two things about the same nine days
  assert.deepEqual(
    speakerSides([
      '“Over the following nine days, the warning notice was revised four times,” Ines Vallo said.',
      'The patch came out “in the record time of nine days,” Bruno Teller said.',
    ]),
    [],
  );
});

test('two quotes that start alike and go on differently are no speaker conflict', () => {
  assert.deepEqual(
    speakerSides([
      '“People ran into the streets in fear. My brother drove straight to the harbour,” Lotte Brand said.',
      '“People ran into the streets, fearing more tremors,” Aurel Finch said.',
    ]),
    [],
  );
});

test('a part of a quote told word for word, or the quote in two wordings, given to another person is a speaker conflict', () => {
  const long =
    '“We need every lane of that highway open by spring, and the money is there,” Minister Ilse Brandt said.';
  assert.deepEqual(
    speakerSides([
      long,
      'He stressed that “every lane of that highway open by spring” mattered, Mayor Oskar Fehr said.',
    ]),
    [
      [
        ['attributed to Minister Ilse Brandt', ['a1']],
        ['attributed to Mayor Oskar Fehr', ['a2']],
      ],
    ],
  );
  assert.deepEqual(
    speakerSides([
      long,
      '“We need every lane of this highway open by spring, and the money is there,” Mayor Oskar Fehr said.',
    ]),
    [
      [
        ['attributed to Minister Ilse Brandt', ['a1']],
        ['attributed to Mayor Oskar Fehr', ['a2']],
      ],
    ],
  );
});

test('one name spelt two ways is one speaker, no speaker conflict', () => {
  const quote = '“She was a remarkable woman who changed how the whole harbour town saw itself,”';
  assert.deepEqual(
    speakerSides([
      `${quote} Hugo Orrnberg said.`,
      `${quote} Hugo Ornberg said.`,
      `${quote} Hugo Orrnberg told the radio.`,
    ]),
    [],
  );
  // (another surname is another speaker)
  assert.equal(speakerSides([`${quote} Hugo Orrnberg said.`, `${quote} Hugo Brenner said.`]).length, 1);
});

test('a quote one outlet trims with an ellipsis, given to another person, is a speaker conflict', () => {
  const full =
    '“We will rebuild this pier by the spring, whatever it costs,” harbour master Tomas Hale said.';
  for (const mark of ['…', '...', '[…]'])
    assert.equal(
      speakerSides([`“We will rebuild this pier ${mark} whatever it costs,” Ines Marr said.`, full]).length,
      1,
      mark,
    );
  // (its pieces in another order are not the quote told word for word)
  assert.deepEqual(
    speakerSides([
      '“Whatever it costs … we will rebuild this pier,” Ines Marr said.',
      '“We will rebuild this pier by the spring, whatever it costs,” said Tomas Hale.',
    ]),
    [],
  );
});

test('one person named with her employer after "of" on one side is one speaker', () => {
  // "said Nela Forsk, a spokeswoman for Tarn Water" / "Nela Forsk of Tarn Water said": one person
  // (newuser10's invented world, read as contra31's round of session 31), the speakers as the
  // extract stage names them
  assert.deepEqual(
    extractedSpeakerSides([
      'The pipe split at about 4am. “Our crews are on site and we expect supplies to return by Friday evening,” said Nela Forsk, a spokeswoman for Tarn Water.',
      'The pipe was laid in the 1960s. Nela Forsk of Tarn Water said: “We expect supplies to return by Friday evening.”',
    ]),
    [],
  );
});

test('a quote worded by another person to say otherwise is no speaker conflict: another remark', () => {
  // "keeps" / "closes": two wordings that say different things (text/quotes/differing.ts), as the quote
  // matrix reads them, not one quote given to two people
  assert.deepEqual(
    speakerSides([
      '“This plan keeps the ferry running for every family on Quillan Island,” Mayor Odile Varnet said.',
      '“This plan closes the ferry running for every family on Quillan Island,” Pilot Bram Tessel said.',
    ]),
    [],
  );
  // (the same words given to another person still are)
  assert.equal(
    speakerSides([
      '“This plan keeps the ferry running for every family on Quillan Island,” Mayor Odile Varnet said.',
      '“This plan keeps the ferry running for all the families on Quillan Island,” Pilot Bram Tessel said.',
    ]).length,
    1,
  );
});
