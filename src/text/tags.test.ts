import assert from 'node:assert/strict';
import { test } from 'node:test';
import { correctTags } from './tags.ts';
import { getNlp } from './wink.ts';

// The tag of `word` in `sentence` as wink reads it and as corrected.
function tagOf(sentence: string, word: string): string {
  const nlp = getNlp();
  const doc = nlp.readDoc(sentence);
  const norms = doc.tokens().out(nlp.its.normal) as string[];
  const tags = correctTags(norms, doc.tokens().out(nlp.its.pos) as string[]);
  const i = norms.indexOf(word);
  assert.ok(i >= 0, `${word} in ${sentence}`);
  return tags[i] as string;
}

/** [invented sentence, word, its tag]: wink misreads each of the first ones. */
const CASES: [string, string, string][] = [
  ['A warehouse in Vessmark burst into flames on Wednesday.', 'burst', 'VERB'],
  ['The river Lenn burst its banks.', 'burst', 'VERB'],
  ['The dam burst, flooding the valley.', 'burst', 'VERB'],
  ['The repairs cost the city $4 million.', 'cost', 'VERB'],
  ['The fire cost 40 jobs.', 'cost', 'VERB'],
  ['The rebels claim the town fell.', 'claim', 'VERB'],
  ['Residents claim that the water is unsafe.', 'claim', 'VERB'],
  ['His fellow officers resigned.', 'fellow', 'ADJ'],
  ['Fellow Democrats objected.', 'fellow', 'ADJ'],
  ['Existing rules apply.', 'existing', 'ADJ'],
  ['Mayor Ann Wu informed reporters that the pier was shut.', 'informed', 'VERB'],
  ['The port authority informed the crews on Monday.', 'informed', 'VERB'],
  ['Sometimes I can do everything that the manual says.', 'everything', 'PRON'],
  ['We did everything we could.', 'everything', 'PRON'],
  ['Hale retired on June 30, 2031.', 'retired', 'VERB'],
  ['The officers retired in 2031.', 'retired', 'VERB'],
  ['The couple married in May.', 'married', 'VERB'],
  ['Das said the bridge would open on Monday.', 'das', 'PROPN'],
  ['Cai Qi said the plan was late.', 'cai', 'PROPN'],
  ['Ai Weiwei spoke.', 'ai', 'PROPN'],
  // where wink reads them right, or where the context tells nothing, the tag stays
  ['The retired teacher spoke.', 'retired', 'ADJ'],
  ['Hale, retired since 2020, spoke.', 'retired', 'ADJ'],
  ['Hale is retired.', 'retired', 'ADJ'],
  ['A burst of gunfire was heard.', 'burst', 'NOUN'],
  ['The labour cost of the bridge rose.', 'cost', 'NOUN'],
  ['The insurance claim form was lost.', 'claim', 'NOUN'],
  ['The claim was rejected.', 'claim', 'NOUN'],
  ['The fellow said nothing.', 'fellow', 'NOUN'],
  ['Well-informed sources said the pier was shut.', 'informed', 'ADJ'],
  ['The board made an informed decision.', 'informed', 'ADJ'],
  ['The plan would cost the city $2 million.', 'cost', 'VERB'],
  // a contraction's half is normalised to its auxiliary, which stays one
  ["She can't go.", 'can', 'AUX'],
  ["It won't rain.", 'will', 'AUX'],
  ["I ain't going.", 'are', 'AUX'],
];

for (const [sentence, word, tag] of CASES)
  test(`correctTags: "${word}" in "${sentence}" is ${tag}`, () => {
    assert.equal(tagOf(sentence, word), tag);
  });

test('correctTags: a title before a name stays a name ("Senior Fellow Ann Wu")', () => {
  assert.equal(tagOf('Senior Fellow Ann Wu spoke.', 'fellow'), 'PROPN');
});

test('correctTags: the same array when nothing is corrected', () => {
  const tags = ['DET', 'NOUN', 'VERB'];
  assert.equal(correctTags(['the', 'ferry', 'sank'], tags), tags);
});
