import type { Token } from '../../../model/index.ts';
import type { Gender } from '../../../text/pronoun-rule.ts';
import { FEMALE_WORDS, MALE_WORDS } from '../data/gender.ts';
import { TITLES } from '../data/titles.ts';

// "The minister met Paul Gruber. He said …": a person told by a role, not named, may be the "he" as well
// as one named after them. Read by both readings of a pronoun (speakers/pronoun-fit.ts, compare's
// mention-reading.ts), which count them among the others who may be meant (text/pronoun-rule.ts).

const OPENING = new Set(['the', 'a', 'an']);
const BETWEEN = new Set(['ADJ', 'NOUN']);

/**
 * The person a sentence opens with as its subject when a role tells them and no name does ("The minister
 * met …", "A senior police officer said …"): the gender the role word says (null: either), or undefined
 * when the sentence opens otherwise ("Prime Minister Paul Gruber met …", "The minister's aide …").
 * @example
 * roleSubject(tokensOf('The minister met Paul Gruber.')) // null (a person of either gender)
 */
export function roleSubject(sentence: readonly Token[]): Gender | undefined {
  const words = sentence.filter((t) => t.pos !== 'PUNCT' || t.text === "'s" || t.text === '’s');
  if (!OPENING.has(words[0]?.norm ?? '')) return undefined;
  let k = 1;
  while (BETWEEN.has(words[k]?.pos ?? '')) k++;
  const next = words[k];
  if (k < 2 || (next?.pos !== 'VERB' && next?.pos !== 'AUX' && next?.pos !== 'ADV')) return undefined;
  const head = words[k - 1]?.norm ?? '';
  const pair = `${words[k - 2]?.norm ?? ''} ${head}`;
  if (TITLES[head] === undefined && TITLES[pair] === undefined) return undefined;
  return FEMALE_WORDS.has(head) ? 'female' : MALE_WORDS.has(head) ? 'male' : null;
}
