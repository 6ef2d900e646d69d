import type { Conflict, Evidence } from '../../../model/index.ts';
import type { Claim } from '../claims.ts';
import type { CheckedFact } from './facts.ts';

const evidenceOf = (c: Claim): Evidence => ({ articleId: c.articleId, span: { ...c.span } });

/** The conflicts of checked facts: the fact's supporters on one side, each contradicting value on another. */
export function factConflicts(facts: readonly CheckedFact[]): Omit<Conflict, 'id'>[] {
  const out: Omit<Conflict, 'id'>[] = [];
  const seen = new Set<string>();
  for (const fact of facts) {
    if (!fact.against.length) continue;
    const sides = new Map<string, Claim[]>();
    for (const { claim } of fact.against) sides.set(claim.text, [...(sides.get(claim.text) ?? []), claim]);
    const key = [fact.claim.index, ...fact.against.map((a) => a.claim.index)].sort((x, y) => x - y).join(',');
    const reverse = fact.against.map((a) => a.claim.index);
    if (seen.has(key) || reverse.some((i) => seen.has(`of:${i}`))) continue;
    seen.add(key);
    for (const c of fact.supporters) seen.add(`of:${c.index}`);
    const reason = fact.against[0]?.judgement.reason ?? '';
    out.push({
      kind: reason.startsWith('figure')
        ? 'figure'
        : reason === 'another day' || reason === 'another year'
          ? 'date'
          : reason === 'opposite outcome'
            ? 'outcome'
            : 'other',
      about: aboutOf(fact, reason),
      sides: [
        { claim: fact.text, evidence: fact.supporters.map(evidenceOf) },
        ...[...sides.values()].map((claims) => ({
          claim: (claims[0] as Claim).text,
          evidence: claims.map(evidenceOf),
        })),
      ],
    });
  }
  return out;
}

// What a conflict is about: for figures, what the number counts (or the noun before it) with its unit and rate.
function aboutOf(fact: CheckedFact, reason: string): string {
  if (reason === 'another day') return 'date of the event';
  if (reason === 'another year') return 'year of the event';
  if (reason === 'opposite outcome') return 'outcome';
  if (reason === 'negation') return 'whether it happened';
  const f = fact.claim.figures.find((x) =>
    fact.against.some((a) => a.claim.figures.some((y) => y.unit === x.unit)),
  );
  if (!f) return 'figure';
  return [
    f.counts ?? (f.unit === 'days' ? 'duration' : f.context[0]) ?? 'figure',
    f.unit ? `(${f.unit})` : '',
    f.rate ? `per ${f.rate}` : '',
    f.frame ?? '',
  ]
    .filter(Boolean)
    .join(' ');
}
