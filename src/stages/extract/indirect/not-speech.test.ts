import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indirectQuotes } from './fixtures/indirect-cases.ts';

// Readings of cue words that are never speech (not-speech.ts, "meaning that", "made an effort to").

/** [rule, sentence]: no indirect speech. */
const NOT_SPEECH: [string, string][] = [
  [
    '", meaning that" tells a consequence',
    'The port bought the ferry line, meaning that the harbor office is now run by Lars Holm.',
  ],
  [
    '"made an effort to" is an attempt',
    'The Harbour Guild, which has made an effort to widen its ranks after a long row, met on Monday.',
  ],
  ['"finds herself" is no finding', 'Suddenly she finds herself drawn into the world of the sailors.'],
  [
    '"neither can deny" is the writer\'s judgement',
    'But neither can deny the pull that draws them together.',
  ],
  ['"can\'t deny" is the writer\'s judgement', "Ann Wu can't deny the pull of the sea."],
  [
    'a sign of what cannot speak',
    'The warm response indicates that the pilot is now in higher demand for other jobs.',
  ],
  [
    '"deny" a thing to someone withholds it',
    'The insurers will continue to deny coverage to sailors with old injuries.',
  ],
  [
    '"everything" is no verb before "that"',
    'Sometimes we do everything that the manuals taught us and then the ferry is late.',
  ],
  [
    'examples after a cue of a reduced relative clause',
    'There are limits to the questions a pilot can answer, such as why the tide turns early.',
  ],
  ['a negated verb of saying reports nothing', 'Harlow Paints did not answer calls on Monday night.'],
  ['a negated verb of saying, over an adverb', 'The port office has still not said that the quay is safe.'],
  ['promoting a work', 'Ann Wu was abroad promoting the film Friday when her role was announced.'],
  [
    'a cue between a possessive and a noun modifies it',
    "Mayor Ann Wu's reported choice for harbour master, Tom Hale, could bring calm to the quays.",
  ],
  ['a finding one tries to make is an aim', 'Kestrel Mobile will try to show that the ferry deal was fair.'],
  ['a finding one tried to make is an aim', 'The harbour board tried to find that the quay was safe.'],
  // newuser19 #12: "recount (found)" was listed as a speaker
  [
    'what an act that is no document found',
    'The port raised its tally of moorings after a recount found boats kept at the river yards that had not been entered.',
  ],
  [
    'writing a work',
    'Ann Wu is writing the screenplay which, like the first, follows the sailor Tom and the pilot Edward but adds Jacob.',
  ],
];

for (const [rule, text] of NOT_SPEECH) {
  test(`not speech: ${rule}`, () => {
    assert.deepEqual(indirectQuotes(text), []);
  });
}

/** [rule, sentence, speaker]: still one report, of that speaker. */
const STILL_SPEECH: [string, string, string][] = [
  [
    'a share of those asked indicated',
    'Twelve percent indicated that they were not sure about the bridge.',
    'Twelve percent',
  ],
  ['a person suggested', 'Ann Wu suggested that the ferry should run at night.', 'Ann Wu'],
  ['a survey suggests', 'The harbor survey suggests that most sailors want a new bridge.', 'harbor survey'],
  ['"denied" without "cannot"', 'Ann Wu denied that the ferry was late on Monday.', 'Ann Wu'],
  ['"denied" a claim', 'Ann Wu denied the claims of the harbour guild on Monday.', 'Ann Wu'],
  ['"tried to say" still reports words', 'Ann Wu tried to say that the ferry was late.', 'Ann Wu'],
  [
    'a finding that continues',
    'The harbor survey continued to show that most sailors want a new bridge.',
    'harbor survey',
  ],
  [
    'a panel, which can speak, still finds',
    'The harbour panel found that the quay had been left unsafe for years.',
    'harbour panel',
  ],
  ['writing a clause', 'Ann Wu wrote that the film would open in May.', 'Ann Wu'],
  ['her effort to …', 'Ann Wu defended her effort to keep the ferry running all winter.', 'Ann Wu'],
  [
    "a possessive before the cue's subject",
    "Ann Wu's aide reported that the ferry was full.",
    "Ann Wu's aide",
  ],
];

for (const [rule, text, speaker] of STILL_SPEECH) {
  test(`still speech: ${rule}`, () => {
    const quotes = indirectQuotes(text);
    assert.equal(quotes.length, 1, JSON.stringify(quotes.map((q) => q.text)));
    assert.equal(quotes[0]?.speaker?.name, speaker);
  });
}

test('not speech: an aside after the cue and its day is not what was said (content.ts)', () => {
  const quotes = indirectQuotes(
    'The ferry will run again next week, officials said on Friday, in a move widely seen as a gentler choice after a long strike.',
  );
  assert.deepEqual(
    quotes.map((q) => [q.text, q.speaker?.name]),
    [['The ferry will run again next week', 'officials']],
  );
});

test('not speech: what a source is cited by, a share of a group, is not what it said (citesSource, citingAside)', () => {
  const said = (text: string) => indirectQuotes(text).map((q) => [q.text, q.speaker?.name]);
  assert.deepEqual(said('The quay could close, the Gazette reported, citing one of the pilots.'), [
    ['The quay could close', 'Gazette'],
  ]);
  assert.deepEqual(said('The quay could close, the Gazette reported Tuesday, citing some of those pilots.'), [
    ['The quay could close', 'Gazette'],
  ]);
  assert.deepEqual(
    said(
      'The survey also suggests that the pier may shut, the Gazette added, citing some of those inspectors.',
    ),
    [
      ['the pier may shut', 'survey'],
      ['The survey also suggests that the pier may shut', 'Gazette'],
    ],
  );
});
