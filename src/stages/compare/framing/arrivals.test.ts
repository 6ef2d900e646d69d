import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { CONTESTED_TERMS } from '../data/contested-terms.ts';
import { countContested } from './contested.ts';

// An invented article's uses of one term: headline, own voice and in quotes (quotes from the regions given).
function usesOf(term: string, body: string, title?: string, quoted?: string) {
  const docs = segmentAll([articleFromText('a', body, title ? { title } : {})], createContext());
  const at = quoted ? body.indexOf(quoted) : -1;
  const regions = new Map(at >= 0 ? [['a', [{ start: at, end: at + (quoted?.length ?? 0) }]]] : []);
  const use = countContested(docs, CONTESTED_TERMS, regions).find((r) => r.term === term)?.byArticle.a;
  return use ? [use.headline, use.ownVoice, use.inQuotes] : [0, 0, 0];
}

// about migration: three words of it ("migrants", "asylum", "arrivals")
const QUAY =
  'Sixty migrants reached the quay at Dovra on Friday. Most asked for asylum. The arrivals were fed.';

test('"invasion" counts in every use in an article about migration (newuser22 #3)', () => {
  assert.deepEqual(usesOf('invasion', `${QUAY} A columnist called it an invasion.`), [0, 1, 0]);
  const said = 'One MP said: "This is an invasion."';
  assert.deepEqual(usesOf('invasion', `${QUAY} ${said}`, undefined, '"This is an invasion."'), [0, 0, 1]);
  // a headline's use counts apart from the body's
  assert.deepEqual(usesOf('invasion', QUAY, 'INVASION: sixty more land at Dovra'), [1, 0, 0]);
});

test("a war's invasion, or one in an article not about migration, is the plain sense", () => {
  const war = 'Refugees and migrants fled west. Aid groups fed the refugees at the camps.';
  assert.deepEqual(usesOf('invasion', `${war} The invasion of Dovra began in May.`), [0, 0, 0]);
  assert.deepEqual(usesOf('invasion', `${war} Officials feared a ground invasion within weeks.`), [0, 0, 0]);
  assert.deepEqual(
    usesOf('invasion', 'The invasion of slugs ruined the lettuce beds this spring.'),
    [0, 0, 0],
  );
});

test('a metaphor said of a plural label ("illegals") or of an invasion in a migration article is about people', () => {
  assert.deepEqual(usesOf('swarm', 'Dozens of illegals swarm the quay at Dovra.'), [0, 1, 0]);
  assert.deepEqual(usesOf('swarm', QUAY, 'Ninety illegals swarm ashore at Dovra'), [1, 0, 0]);
  assert.deepEqual(usesOf('wave', `${QUAY} It was the third wave in an invasion of the coast.`), [0, 1, 0]);
  // "wave" stays the plain sense unless said of people or their arrival
  assert.deepEqual(usesOf('wave', `${QUAY} A wave of cold air swept the quay.`), [0, 0, 0]);
  assert.deepEqual(usesOf('swarm', 'A swarm of bees settled on the quay at Dovra.'), [0, 0, 0]);
});

test("a term in the outlet's own scare quotes is its own voice, not a quote (newuser22 #12)", () => {
  const body = 'The so-called "crisis" at the Dovra quay shaped the debate.';
  const at = body.indexOf('crisis');
  const docs = segmentAll([articleFromText('a', body)], createContext());
  const regions = new Map([['a', [{ start: at - 1, end: at + 7 }]]]);
  const scare = new Map([['a', [{ start: at, end: at + 6 }]]]);
  const use = (s?: typeof scare) =>
    countContested(docs, CONTESTED_TERMS, regions, s).find((r) => r.term === 'crisis')?.byArticle.a;
  assert.deepEqual([use(scare)?.ownVoice, use(scare)?.inQuotes], [1, 0]);
  // a quotation that is someone's words stays in quotes
  assert.deepEqual([use()?.ownVoice, use()?.inQuotes], [0, 1]);
});
