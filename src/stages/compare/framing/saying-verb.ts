// A verb of saying that has a plain noun sense too ("claim", "admit"): when a word of it is the verb, read
// one way by the framing table and the summary's avoidance of contested words.
import type { Token } from '../../../model/index.ts';
import { fold } from '../../../text/normalise.ts';
import { verbFormInSense } from './senses.ts';

// the tags of a noun, which a verb of saying with a plain noun sense ("claim") is not counted as
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);

/**
 * The past and -ing forms of a regular verb: claim -> claimed, claiming; surge -> surged, surging;
 * admit, slam -> admitted, slammed (a short vowel before one final consonant doubles it).
 * @example
 * verbForms('admit') // ['admited', 'admiting', 'admitted', 'admitting']
 */
export function verbForms(word: string): string[] {
  if (word.endsWith('e')) return [`${word}d`, `${word.slice(0, -1)}ing`];
  const forms = [`${word}ed`, `${word}ing`];
  if (/(?:^|[^aeiou])[aeiou][bdgklmnprt]$/.test(word)) {
    const last = word.slice(-1);
    forms.push(`${word}${last}ed`, `${word}${last}ing`);
  }
  return forms;
}

/** How a word of a verb of saying is read: `bare` counts a verb's form with no word after it. */
export interface SayingVerbOptions {
  readonly bare?: boolean;
}

/**
 * Whether the word at `tokens[first, end)` of the verb of saying `word` (VERB_FORM_USES `use`) is used as
 * that verb: never when tagged a noun (the plain sense: "every asylum claim", "a 4,000-claim backlog");
 * every other form, the base form too, as `verbFormInSense` reads it ("claimed two lives" and "to claim
 * asylum" are plain, "claimed that …" and "critics claim the levy is …" the verb). With `bare`, a verb's form with no word after it counts ("as he has
 * claimed."): the summary, which avoids the word, fails closed there; the framing table does not count it.
 * @example
 * sayingVerbInSense('claim', 'clause', tokens, 3, 4) // false for "every asylum claim"
 */
export function sayingVerbInSense(
  word: string,
  use: 'clause' | 'active',
  tokens: readonly Token[],
  first: number,
  end: number,
  options: SayingVerbOptions = {},
): boolean {
  const at = tokens[first];
  if (!at) return false;
  if (NOUN_TAGS.has(at.pos) && !verbForms(word).includes(fold(at.text))) return false;
  if (options.bare && !/[\p{L}\d]/u.test(tokens[end]?.text ?? '')) return true;
  return verbFormInSense(use, tokens, first, end);
}
