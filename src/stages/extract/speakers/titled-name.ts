import type { Doc, Tok } from '../../../text/annotated.ts';

// "city manager Tomas Vell said …", "said Ysolde Carrowmere of the Friends of Orlen Library" where the story
// holds no entity for the name: the speaker is the person the name names, not the role or the body with it
// as one more speaker beside "Tomas Vell" or "Ysolde Carrowmere" elsewhere.

const CAPITALISED = /^\p{Lu}/u;
const ROLE_POS = new Set(['NOUN', 'ADJ']);

const properName = (t: Tok | undefined): boolean => t?.pos === 'PROPN' && CAPITALISED.test(t.text);

// "of the Friends of …", "of Orlen Water": "of", perhaps "the", then a capitalised name at token `k`.
function bodyOf(doc: Doc, k: number): boolean {
  if (doc.tokens[k]?.norm !== 'of') return false;
  return properName(doc.tokens[doc.tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1]);
}

/**
 * The person's name in the phrase [a, b) without the role words that open it ("city manager Tomas Vell",
 * "Forecaster Hallie Brent"; a determiner first aside) or the body "of" which closes it ("Ysolde
 * Carrowmere of the Friends of …"): two or more capitalised proper nouns; null when the phrase has
 * neither or is no such name.
 */
export function nameAfterTitle(doc: Doc, a: number, b: number): string | null {
  let k = doc.tokens[a]?.pos === 'DET' ? a + 1 : a;
  const roleStart = k;
  while (k < b && ROLE_POS.has((doc.tokens[k] as Tok).pos)) k++;
  let end = k;
  while (end < b && properName(doc.tokens[end])) end++;
  if (end - k < 2) return null;
  if (end < b && !bodyOf(doc, end)) return null;
  if (end === b && k === roleStart) return null;
  return doc.text.slice((doc.tokens[k] as Tok).start, (doc.tokens[end - 1] as Tok).end);
}
