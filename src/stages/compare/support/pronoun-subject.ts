import type { Reading } from './reading.ts';

/**
 * Whether a claim's subject is a personal pronoun nothing resolved, naming nobody else. The subject is the word before the first verb (past adverbs): "In the sixth, he landed one punch".
 */
export function unresolvedSubject(r: Reading): boolean {
  if (r.claim.subject || r.names.length > 0) return false;
  const tokens = r.claim.tokens;
  // (past an opening quote mark: "``It has killed 40 people")
  const first = tokens.find((t) => t.pos !== 'CCONJ' && t.pos !== 'PUNCT');
  if (PERSONAL.test(first?.norm ?? '')) return true;
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  let k = verb - 1;
  while (k >= 0 && tokens[k]?.pos === 'ADV') k--;
  return k >= 0 && PERSON.test(tokens[k]?.norm ?? '');
}
const PERSONAL = /^(he|she|they|it)$/;
// past an opening phrase, "it" is as often the weather or a reported source ("Additionally, it said")
const PERSON = /^(he|she|they)$/;
