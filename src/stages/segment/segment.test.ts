import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createContext, type Token } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import { getNlp } from '../../text/wink.ts';
import { breakLongRuns, segment } from './index.ts';

function segmented(text: string, options = {}) {
  const ctx = createContext();
  const bytes = new TextEncoder().encode(text);
  const [article] = readArticles([{ path: 'a.txt', bytes }], {}, ctx);
  assert.ok(article);
  return { ...segment(options)(article, ctx), issues: ctx.issues };
}

// Each invented paragraph gives the sentences listed.
function testSplits(cases: readonly [string, string[]][]): void {
  for (const [text, expected] of cases)
    test(text, () => {
      const { article, sentences } = segmented(text);
      assert.deepEqual(
        sentences.map((s) => article.text.slice(s.start, s.end)),
        expected,
      );
    });
}

describe('breakLongRuns', () => {
  const cases: [string, number, string, number[]][] = [
    ['short words stay', 4, 'ab cd', []],
    ['a run of 9 at 4', 4, 'abcdefghi', [4, 9]],
    ['a run of exactly 4 stays', 4, 'x abcd y', []],
    ['runs inside text', 3, 'aa bbbbbbb c', [6, 10]],
  ];
  for (const [name, max, text, inserted] of cases)
    test(name, () => {
      const view = breakLongRuns(text, max);
      assert.deepEqual(view.inserted, inserted);
      assert.equal(view.text.length, text.length + inserted.length);
      assert.equal(view.text.replaceAll(' ', ''), text.replaceAll(' ', ''));
    });
});

describe('segment', () => {
  test('every token span is its text in the article, also after a long run is broken', () => {
    const run = 'k'.repeat(150);
    const { article, sentences, issues } = segmented(
      `Council votes on the harbour plan\n\nThe council of Almsby voted ${run} on Monday. Marta Vell said so.`,
      { maxTokenChars: 40 },
    );
    const tokens = sentences.flatMap((s) => s.tokens);
    for (const t of tokens) assert.equal(article.text.slice(t.start, t.end), t.text);
    assert.deepEqual(
      tokens.filter((t) => t.text.startsWith('k')).map((t) => t.text.length),
      [40, 40, 40, 30],
    );
    assert.ok(tokens.some((t) => t.text === 'Vell'));
    assert.deepEqual(
      issues.filter((i) => i.code.startsWith('segment/')).map((i) => i.code),
      ['segment/long-token'],
    );
  });

  test('a sentence without end is cut into sentences of at most the cap, and the cut is reported', () => {
    const digits = Array.from({ length: 1000 }, (_, i) => String(i % 10)).join(' ');
    const { sentences, issues } = segmented(
      `Figures of the day\n\nThe table reads ${digits} and ends here.`,
      {
        maxSentenceTokens: 100,
      },
    );
    assert.ok(sentences.every((s) => s.tokens.length <= 100));
    assert.ok(sentences.length >= 10);
    for (let i = 1; i < sentences.length; i++)
      assert.ok((sentences[i - 1]?.end ?? 0) <= (sentences[i]?.start ?? 0));
    assert.ok(
      issues.some((i) => i.code === 'segment/long-sentence' && /cut \d+ times at 100 tokens/.test(i.message)),
    );
  });

  test("each token is wink's own: its offset by wink's preceding spaces, its normal form and stop flag", () => {
    // contractions (expanded, with normal forms of their own), a no-break space, tabs, a line break
    const text =
      "Kettle vote held\n\nThey can't\u00a0stop it, and I'm sure\tthe mayor won't.\tShe said it's \u2003 done.";
    const ctx = createContext();
    const [article] = readArticles([{ path: 'a.txt', bytes: new TextEncoder().encode(text) }], {}, ctx);
    assert.ok(article);
    const nlp = getNlp();
    const expected = article.paragraphs.flatMap((p) => {
      const doc = nlp.readDoc(article.text.slice(p.span.start, p.span.end));
      const spaces = doc.tokens().out(nlp.its.precedingSpaces) as string[];
      const pos = doc.tokens().out(nlp.its.pos) as string[];
      const stop = doc.tokens().out(nlp.its.stopWordFlag) as unknown as boolean[];
      const norm = doc.tokens().out(nlp.its.normal) as string[];
      let offset = p.span.start;
      return (doc.tokens().out(nlp.its.value) as string[]).flatMap((value, i) => {
        offset += (spaces[i] as string).length;
        const start = offset;
        offset += value.length;
        return pos[i] === 'SPACE' ? [] : [[start, value, norm[i], stop[i]]];
      });
    });
    // twice: the second reading answers the stop flags from what the first one met
    for (let round = 0; round < 2; round++) {
      const read: Token[] = segment()(article, ctx).sentences.flatMap((s) => s.tokens);
      assert.deepEqual(
        read.map((t) => [t.start, t.text, t.norm, t.stop]),
        expected,
      );
    }
    assert.ok(expected.some(([, , norm]) => norm === 'not'));
  });

  test('ordinary prose is neither cut nor reported', () => {
    const { sentences, issues } = segmented(
      'Ferry paused\n\nThe ferry between Almsby and Kettle Point will stop for two weeks. The operator said so.',
    );
    assert.equal(sentences.length, 2);
    assert.deepEqual(
      issues.filter((i) => i.code.startsWith('segment/')),
      [],
    );
  });
});

describe('a title abbreviation wink does not know ends no sentence before a name', () => {
  // invented paragraphs and the sentences they must give
  const cases: [string, string[]][] = [
    [
      'Vessmark police Const. Tim Fanning told a news conference. The pier stays shut.',
      ['Vessmark police Const. Tim Fanning told a news conference.', 'The pier stays shut.'],
    ],
    [
      'Supt. Ann Wu and Det. Ray Lee met Insp. Kim Ortiz.',
      ['Supt. Ann Wu and Det. Ray Lee met Insp. Kim Ortiz.'],
    ],
    // no name after it: the sentence ends there
    ['She is a Const. He left.', ['She is a Const.', 'He left.']],
  ];
  testSplits(cases);
});

describe('a decimal point ends no sentence', () => {
  // invented paragraphs and the sentences they must give
  const cases: [string, string[]][] = [
    // written with a space after the point, as some texts are detokenised
    [
      'The 5. 8-magnitude quake shook Ardley on Monday. Nobody was hurt.',
      ['The 5. 8-magnitude quake shook Ardley on Monday.', 'Nobody was hurt.'],
    ],
    [
      'The pound fell below $1. 12 for the first time. Traders sold.',
      ['The pound fell below $1. 12 for the first time.', 'Traders sold.'],
    ],
    // the point stuck to both digits, the first after a hyphen
    [
      'A magnitude-6.1 quake shook Ardley on Monday. Nobody was hurt.',
      ['A magnitude-6.1 quake shook Ardley on Monday.', 'Nobody was hurt.'],
    ],
    // the point before the digits
    [
      'Officers found a .38 revolver in the car, police said.',
      ['Officers found a .38 revolver in the car, police said.'],
    ],
    // a year, or a word, ends the sentence before a number
    ['The mill closed in 1998. 2004 saw it reopen.', ['The mill closed in 1998.', '2004 saw it reopen.']],
    ['The vote was close. 12 members abstained.', ['The vote was close.', '12 members abstained.']],
  ];
  testSplits(cases);
});
