import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../src/model/index.ts';
import { buildClaims } from '../src/stages/compare/claims.ts';
import { articleFromText, segmentAll } from '../src/stages/extract/from-text.ts';
import { extract } from '../src/stages/extract/index.ts';
import { articleQuoteRegions } from '../src/text/quotes/article-regions.ts';

// One rule for whom a "he", "she", "it" or "they" stands for (src/text/pronoun-rule.ts): the quote's
// speaker ("“…,” he said") and the claim's subject ("He wants …" shown as "[Name] wants …") read the
// same words the same way. Invented sentences.

/** Who the pronoun stands for in each path: the last direct quote's speaker, the claim's subject. */
function readings(context: string, pronoun: string): { speaker: string | null; subject: string | null } {
  const lead = 'The council met on Monday.\n';
  const quoted = `${lead}${context} “The depot will open in March,” ${pronoun} said.`;
  const claimed = `${lead}${context} ${pronoun[0]?.toUpperCase()}${pronoun.slice(1)} wants the depot to open in March.`;
  const ctx = createContext();
  const speech = segmentAll([articleFromText('a1', quoted)], ctx);
  const story = { id: 's1', title: 't', articleIds: ['a1'], keywords: [] };
  const q = extract()({ story, articles: speech }, ctx)
    .quotes.filter((x) => x.kind === 'direct')
    .at(-1);
  const docs = segmentAll([articleFromText('a1', claimed)], ctx);
  const extraction = extract()({ story, articles: docs }, ctx);
  const regions = new Map(docs.map((d) => [d.article.id, articleQuoteRegions(d.article)]));
  const claim = buildClaims(docs, extraction, new Map([['a1', 'a1']]), regions).find((c) =>
    / wants the depot/.test(c.text),
  );
  return { speaker: q?.speaker?.entityId ? q.speaker.name : null, subject: claim?.subject?.name ?? null };
}

/** [what the rule says, the sentence before, the pronoun, whom both read it as (null: no one)]. */
const CASES: [string, string, string, string | null][] = [
  ['the only person named, a man', 'Paul Gruber spoke on Monday.', 'he', 'Paul Gruber'],
  ['the only person named, a woman', 'Karen Holt spoke on Monday.', 'she', 'Karen Holt'],
  ['the only person named, whose names say no gender', 'Robin Ames spoke on Monday.', 'he', 'Robin Ames'],
  ['no one: the only man named is not a woman', 'Paul Gruber spoke on Monday.', 'she', null],
  [
    'no one over one whose names say no gender when a man named with them may be meant',
    'Robin Ames, the mayor, met Paul Gruber on Monday.',
    'he',
    null,
  ],
  [
    'one whose names say no gender, when the other named is a woman',
    'Robin Ames, the mayor, met Karen Holt on Monday.',
    'he',
    'Robin Ames',
  ],
  [
    'no one when two whose names say no gender may be meant',
    'Robin Ames, the mayor, met Chris Lane on Monday.',
    'he',
    null,
  ],
  ['the woman of a man and a woman', 'Paul Gruber met Karen Holt on Monday.', 'she', 'Karen Holt'],
  ['the man of a man and a woman', 'Karen Holt met Paul Gruber on Monday.', 'he', 'Paul Gruber'],
  ['of two men, the subject', 'Paul Gruber met Tom Weller on Monday.', 'he', 'Paul Gruber'],
  [
    'no one when the subject’s names say no gender and another may be meant',
    'Rayford Dunmore, 41, was on trial for fraud when he struck a guard and shot Lena Ortiz.',
    'he',
    null,
  ],
  [
    'the subject known to be a woman over one whose names say no gender',
    'Ms Holt met Robin Ames on Monday.',
    'she',
    'Holt',
  ],
  [
    'no one over a man when "the minister" may be meant',
    'The minister met Paul Gruber on Monday.',
    'he',
    null,
  ],
  ['no person for a plural "they"', 'Residents met Paul Gruber on Monday.', 'they', null],
];

for (const [rule, context, pronoun, who] of CASES)
  test(`one pronoun rule: ${rule}`, () => {
    const { speaker, subject } = readings(context, pronoun);
    assert.equal(speaker, subject, `speaker ${speaker}, claim ${subject}`);
    assert.equal(speaker, who);
  });

// An organisation's "it" is the subject that is one ("Harbor Transit thanked …. It wants …"); the speakers
// read no "it said" as anyone (the quote stays unnamed), so the two never name different ones.
test('one pronoun rule: an organisation’s "it" is the organisation that is the subject, or no one', () => {
  const { speaker, subject } = readings('Harbor Transit thanked Paul Gruber on Monday.', 'it');
  assert.equal(subject, 'Harbor Transit');
  assert.ok(speaker === null || speaker === subject, `speaker ${speaker}`);
});
