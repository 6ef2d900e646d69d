import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getNlp, getStopWords } from './wink.ts';

const tokensOf = (text: string): string[] => getNlp().readDoc(text).tokens().out() as string[];

// Texts that make wink learn a word in a form its tokenizer then keeps whole, and one that meets it.
const LEARNING: readonly string[] = [
  "Zorvath's, the ferry master said.",
  '(Zorvath’s) crew stayed ashore',
  'QUILLBY’S HARBOUR, Quillby’s.',
  // plain words wink does not know, which stay learned from one text to the next
  'Brennock and Tavistrow met Ulmsgate officials.',
];
const CASES: readonly [string, string[]][] = [
  ["We met Zorvath's crew.", ['We', 'met', 'Zorvath', "'s", 'crew', '.']],
  ['Quillby’s harbour reopened', ['Quillby', '’s', 'harbour', 'reopened']],
  [
    '(Brennock) Tavistrow, "Ulmsgate"/Brennock’s',
    ['(', 'Brennock', ')', 'Tavistrow', ',', '"', 'Ulmsgate', '"', '/', 'Brennock', '’s'],
  ],
];

test('a text is tokenised the same whatever wink read before it', () => {
  const before = CASES.map(([text]) => tokensOf(text));
  for (const text of LEARNING) tokensOf(text);
  const after = CASES.map(([text]) => tokensOf(text));
  assert.deepEqual(after, before);
  for (const [i, [text, expected]] of CASES.entries()) assert.deepEqual(before[i], expected, text);
});

test('within one text, wink keeps the words it learned from it, as when freshly loaded', () => {
  assert.deepEqual(tokensOf("Zorvath's, then Zorvath's crew"), [
    "Zorvath's",
    ',',
    'then',
    "Zorvath's",
    'crew',
  ]);
});

test('the lean pipe reads sentences, tags, norms, stop words and entities as the full pipe does', async () => {
  const { default: model } = await import('wink-eng-lite-web-model');
  const { default: winkNLP } = await import('wink-nlp');
  const full = winkNLP(model);
  const text =
    'The council did not approve the $4.5 million plan on Tuesday, March 4, 2025. "It isn\'t over," ' +
    'Mayor Delphine Okafor said, adding that 30 percent of riders would not be happy. Dr. Quiñonero disagreed!';
  const reading = (nlp: ReturnType<typeof winkNLP>) => {
    const doc = nlp.readDoc(text);
    const its = nlp.its;
    const t = doc.tokens();
    return [
      t.out(its.value),
      t.out(its.precedingSpaces),
      t.out(its.pos),
      t.out(its.normal),
      t.out(its.stopWordFlag),
      doc.sentences().out(its.span),
      doc.entities().out(its.span),
      doc.entities().out(its.type),
    ];
  };
  const lean = reading(getNlp());
  assert.deepEqual(lean, reading(full));
  assert.ok((lean[6] as unknown[]).length >= 3, 'the text has entities');
});

test("the stop words are the normal forms wink flags, contractions' parts and unknown words included", () => {
  const nlp = getNlp();
  const doc = nlp.readDoc(
    "The Zorvath's didn't say THEY were above it all; Mr. Ulmsgate won't, and neither would I. " +
      "Nobody's sure whether 'tis ours or yours -- cannot tell, y'all.",
  );
  const norms = doc.tokens().out(nlp.its.normal) as string[];
  const flags = doc.tokens().out(nlp.its.stopWordFlag) as unknown as boolean[];
  assert.deepEqual(
    norms.map((norm) => getStopWords().has(norm)),
    flags,
  );
  assert.ok(flags.filter(Boolean).length >= 15, 'the text has stop words');
  assert.ok(getStopWords().size > 200 && !getStopWords().has('ulmsgate'));
});
