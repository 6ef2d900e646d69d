import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../../../text/annotated.ts';
import type { ResolvedEntities } from '../entities/graph.ts';
import type { Attribution, SpeakerContext } from '../speakers/resolve.ts';
import {
  QUOTE_SPEAKER_STRATEGIES,
  type QuoteSite,
  quoteSpeaker,
  type SpeakerStrategy,
} from './strategies.ts';

const CTX = { doc: {} as Doc, entities: {} as ResolvedEntities, previous: [] } satisfies SpeakerContext;

const SITE: QuoteSite = {
  span: { open: 0, close: 10, start: 1, end: 9, multiParagraph: false },
  kind: 'direct',
  openToken: 0,
  closeToken: 3,
  paragraph: 0,
  words: 2,
  long: false,
  finished: true,
  comma: false,
  endsClause: true,
  asked: false,
  introduced: false,
  last: null,
};

function who(name: string): Attribution {
  return {
    name,
    entityId: null,
    evidence: { articleId: 'a1', span: { start: 0, end: 1 } },
    cue: 'said',
    cueToken: 0,
    head: name,
    token: 0,
    paragraph: 0,
  };
}

test('the first strategy that applies and finds a speaker wins; one that does not apply is not tried', () => {
  const tried: string[] = [];
  const strategy = (name: string, applies: boolean, found: string | null): SpeakerStrategy => ({
    name,
    when: () => applies,
    find: () => {
      tried.push(name);
      return found === null ? null : who(found);
    },
  });
  const table = [
    strategy('finds nothing', true, null),
    strategy('does not apply', false, 'Ann Wu'),
    strategy('finds', true, 'Lee Park'),
    strategy('too late', true, 'Tom Reyes'),
  ];
  assert.equal(quoteSpeaker(CTX, SITE, table)?.name, 'Lee Park');
  assert.deepEqual(tried, ['finds nothing', 'finds']);
  assert.equal(quoteSpeaker(CTX, SITE, [strategy('finds nothing', true, null)]), null);
});

test('the last speaker is borrowed only for a direct or long quote, within a paragraph, unless it was asked', () => {
  const last = QUOTE_SPEAKER_STRATEGIES.find((s) => s.name === 'last speaker') as SpeakerStrategy;
  const earlier = { attribution: who('Ann Wu'), paragraph: 2 };
  const cases: [Partial<QuoteSite>, boolean][] = [
    [{ paragraph: 3, last: earlier }, true],
    [{ paragraph: 4, last: earlier }, false],
    [{ paragraph: 3, last: earlier, asked: true }, false],
    [{ paragraph: 3, last: earlier, kind: 'partial' }, false],
    [{ paragraph: 3, last: earlier, kind: 'partial', long: true }, true],
    [{ paragraph: 3, last: null }, false],
  ];
  for (const [change, applies] of cases)
    assert.equal(last.when({ ...SITE, ...change }), applies, JSON.stringify(change));
  assert.equal(last.find(CTX, { ...SITE, paragraph: 3, last: earlier })?.name, 'Ann Wu');
});

test('the order of the speaker strategies', () => {
  assert.deepEqual(
    QUOTE_SPEAKER_STRATEGIES.map((s) => s.name),
    [
      'transcript label',
      'cue after a comma',
      'cue before a colon',
      'cue after',
      'cue before',
      'cue after, for a partial quote',
      'cue later in the sentence',
      'subject of the sentence',
      'person opening the sentence',
      'subject before a comma or colon',
      'name before a colon',
      'last speaker',
      'subject of the sentence before',
    ],
  );
});
