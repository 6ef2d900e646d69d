import type { Token } from '../../../model/index.ts';
import { fold, stem } from '../../../text/normalise.ts';
import type { Reading } from './reading.ts';
import { sameName } from './stand-in.ts';

// A possessive mark as the tokeniser gives it: "'s", "’s", a plural's bare "’" ("Labs’ staff"); a
// scrape's spaced "’ s" is the bare mark and an "s".
const MARK = new Set(["'s", "'", '’s', '’']);

/** A thing a name owns: the name's tokens ("Quarry Corp.") and the stem of the thing's first word. */
interface Owned {
  readonly owner: readonly Token[];
  readonly thing: string;
}

// The name run that ends right before token `k`: proper nouns, and a shortened word's point.
function ownerBefore(tokens: readonly Token[], k: number): Token[] {
  let i = k;
  while (i > 0 && (tokens[i - 1]?.pos === 'PROPN' || (tokens[i - 1]?.text === '.' && i - 1 > 0))) i--;
  return tokens.slice(i, k).filter((t) => t.pos === 'PROPN');
}

// Every "Name's thing" of a clause, the thing's first noun or name past its adjectives.
function ownedOf(r: Reading): Owned[] {
  const tokens = r.claim.tokens;
  const out: Owned[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (!MARK.has(tokens[k]?.text ?? '')) continue;
    const owner = ownerBefore(tokens, k);
    if (owner.length === 0) continue;
    let j = k + 1;
    if (tokens[k]?.text.length === 1 && tokens[j]?.norm === 's') j++;
    while (tokens[j]?.pos === 'ADJ' || tokens[j]?.pos === 'ADV') j++;
    const t = tokens[j];
    if (t && (t.pos === 'NOUN' || t.pos === 'PROPN') && /\p{L}{3}/u.test(t.text))
      out.push({ owner, thing: stem(fold(t.text)) });
  }
  return out;
}

// The folded words of a name.
const words = (run: readonly Token[]): string[] =>
  run.map((t) => fold(t.text)).filter((w) => /\p{L}/u.test(w));

/**
 * Whether `b` gives a thing the claim says a name owns to another name, one the claim does not name
 * ("uses Kestrel's classic keyboard" / "uses Pellam's classic keyboard"), and to the claim's owner
 * nowhere: the claim's owner may still be named elsewhere in `b` ("the Kestrel Q5 uses Pellam's
 * keyboard"), which standIn() does not look at. A name written short or spelt another way is the
 * same owner.
 */
export function otherOwner(a: Reading, b: Reading): boolean {
  const theirs = ownedOf(b);
  if (theirs.length === 0) return false;
  return ownedOf(a).some((mine) => {
    const own = new Set(words(mine.owner));
    const same = theirs.filter((o) => o.thing === mine.thing);
    const told = (o: Owned) => words(o.owner).some((w) => own.has(w)) || sameName(o.owner, mine.owner);
    const stranger = (o: Owned) => !words(o.owner).some((w) => a.nameWords.has(w));
    return same.length > 0 && !same.some(told) && same.some(stranger);
  });
}
