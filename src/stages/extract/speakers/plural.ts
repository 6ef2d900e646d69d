import { type Doc, sentenceOf, type Tok } from '../../../text/annotated.ts';

// "Residents of the village complained that … . Speaking to the radio, they said …": who "they" stands for.

const PLURAL = /[^siu']s$/;
const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

// The head of the phrase that starts at token `a`: the last of its run of determiners, adjectives, nouns
// and numbers ("residents" of "residents of the village")
function headFrom(doc: Doc, a: number): Tok | undefined {
  let k = a;
  while (PHRASE_POS.has(doc.tokens[k + 1]?.pos ?? '')) k++;
  return doc.tokens[k];
}

/**
 * The last earlier speaker named by a phrase, not a pronoun, when that is in sentence `sentence` or the one
 * before and headed by a plural noun ("residents", "officials", "people"), not a name.
 */
export function pluralBefore<T extends { readonly token: number }>(
  doc: Doc,
  previous: readonly T[],
  sentence: number,
  a: number,
): T | undefined {
  // "Speaking to the radio, they said": the opening participle's "they" is no antecedent
  const p = previous.findLast((x) => x.token < a && doc.tokens[x.token]?.pos !== 'PRON');
  const at = p ? doc.tokens[p.token] : undefined;
  if (!p || !at || sentence - sentenceOf(doc, p.token) > 1) return undefined;
  const head = headFrom(doc, p.token);
  return head?.pos === 'NOUN' && (PLURAL.test(head.norm) || head.norm === 'people') ? p : undefined;
}
