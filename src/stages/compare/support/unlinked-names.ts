// The proper nouns of a claim that no entity covers ("Somali and Yemeni pirates", "Ilse Brandt" with
// no entity found): who a claim names beside its entities, for participantShare and personMissing
// (relations.ts).
import type { Token } from '../../../model/index.ts';
import { fold } from '../../../text/normalise.ts';
import { isDateWord } from '../patterns.ts';
import { perReading, type Reading } from './reading.ts';

/**
 * The words of the runs of proper nouns no entity covers a word of ("Somali and Yemeni pirates"),
 * past a run that opens the clause, capitalised by its place ("Thousands of migrants …"); a title
 * beside a name is of that name's run ("Prime Minister Rui Tavares").
 */
export const unlinkedNameWords = perReading((r: Reading): ReadonlySet<string> => {
  const tokens = r.claim.tokens;
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (tokens[j]?.pos === 'PROPN') j++;
    const run = tokens.slice(i, j).map((t) => fold(t.text));
    if (i > 0 && run.every((w) => r.claim.terms.has(`n:${w}`))) for (const w of run) out.add(w);
    i = Math.max(j, i + 1);
  }
  return out;
});

/**
 * The runs of two or more proper nouns of a clause that no entity covers (each word keyed `n:`),
 * dates, titles cut short and titles before a name ("Foreign Minister Ada Kowalczyk") left out.
 */
export const unlinkedNames = perReading((r: Reading): readonly (readonly string[])[] => {
  const out: string[][] = [];
  let run: string[] = [];
  const close = (next: Token | undefined) => {
    if (run.length >= 2 && !run.some(isDateWord) && next?.pos !== 'PROPN') out.push(run);
    run = [];
  };
  for (const t of r.claim.tokens) {
    const w = fold(t.text);
    if (t.pos === 'PROPN' && /\p{L}{2}/u.test(t.text) && !w.endsWith('.') && r.claim.terms.has(`n:${w}`))
      run.push(w);
    else close(t);
  }
  close(undefined);
  return out;
});
