import type { Token } from '../../../model/index.ts';
import type { Reading } from './reading.ts';

// The runs of name words of a reading, folded ("the warship INS Sukanya spotted" → [ins, sukanya]).
function nameRuns(r: Reading): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const t of r.claim.tokens as readonly Token[]) {
    if (t.pos === 'PROPN') run.push(t.norm);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Whether each side names a thing by one title word and a name the other side lacks ("the pirates on
 * two speed boats … when INS Mysore intervened" / "navy personnel aboard INS Sukanya spotted five
 * boats"; "Hurricane Ike" / "Hurricane Gustav"): two named things of one kind, so two events, whose
 * counts may differ. A name both tell ("Mayor Okafor" / "Mayor Delphine Okafor") is one thing.
 */
export function titledThingsApart(a: Reading, b: Reading): boolean {
  const words = (r: Reading) => new Set(r.claim.tokens.map((t) => t.norm));
  const [inA, inB] = [words(a), words(b)];
  const [runsA, runsB] = [nameRuns(a), nameRuns(b)];
  return runsA.some(
    (x) =>
      x.length >= 2 &&
      !x.slice(1).some((w) => inB.has(w)) &&
      runsB.some((y) => y.length >= 2 && y[0] === x[0] && !y.slice(1).some((w) => inA.has(w))),
  );
}
