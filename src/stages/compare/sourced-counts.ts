// One source's count told with two values: the organisers' turnout given as 15,000 by four outlets
// and as 25,000 by a fifth is a difference to check, while the police's 4,000 is another source's
// figure, no value of the organisers' (newuser18 #4). A count's source is the one extraction read for
// its figure ("according to the organisers", "Organisers claimed": figure-source.ts); a source named
// beside another in apposition ("the organisers, the Fair Fuel Alliance") is that one.
import type { Conflict, Figure } from '../../model/index.ts';
import type { Claim } from './claims.ts';
import { evidenceKey } from './evidence-key.ts';
import { figureSource, inApposition } from './figure-source.ts';
import { countDifference, countsByMeasure, type Told } from './measure-updates.ts';
import type { Reading } from './support/index.ts';

type Difference = Omit<Conflict, 'id'>;

// Each source name with the one it stands for: a name put in apposition to another in a claim
// ("the organisers, the Fair Fuel Alliance") is that other's (both ways, by the first seen).
function aliases(told: readonly Told[], named: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  const root = (n: string): string => {
    const r = out.get(n);
    return r === undefined || r === n ? n : root(r);
  };
  for (const t of told) {
    for (const a of named)
      for (const b of named)
        if (a !== b && inApposition(t.claim.text, a, b) && root(a) !== root(b)) out.set(root(b), root(a));
  }
  return new Map([...named].map((n) => [n, root(n)]));
}

/**
 * The counts of a measure each of whose sources gives two values or more across articles that cannot
 * both hold (a lower bound and a larger count can), and that no listed difference shows (`listed`): one figure difference per source, about
 * the measure's word and the source ("turnout (organisers)"), a side per value, the most outlets' first.
 */
export function sourcedCounts(
  claims: readonly Claim[],
  readingOf: (i: number) => Reading,
  figures: readonly Figure[],
  listed: readonly Difference[],
): Difference[] {
  const held = new Set(listed.flatMap((d) => d.sides.flatMap((s) => s.evidence.map(evidenceKey))));
  const out: Difference[] = [];
  for (const [m, told] of countsByMeasure(claims, readingOf)) {
    const sourced = told.flatMap((t) => {
      const who = figureSource(t.claim, t.figure, figures);
      return who ? [{ t, who }] : [];
    });
    const alias = aliases(
      sourced.map((x) => x.t),
      new Set(sourced.map((x) => x.who)),
    );
    const bySource = Map.groupBy(sourced, (x) => alias.get(x.who) ?? x.who);
    for (const [who, theirs] of bySource) {
      const ts = theirs.map((x) => x.t);
      if (new Set(ts.map((t) => t.claim.articleId)).size < 2) continue;
      // (values that can both hold are none of it: "at least 12" and a later 15 of one source is no
      // second value of the count, and whether it is an update is measure-updates' to tell, in time order)
      const d = countDifference(m, ts, held, (word) => `${word} (${who})`, false);
      if (!d) continue;
      // the value most articles give first
      const outlets = (s: Difference['sides'][number]) => new Set(s.evidence.map((e) => e.articleId)).size;
      out.push({ ...d, sides: [...d.sides].sort((x, y) => outlets(y) - outlets(x)) });
    }
  }
  return out;
}
