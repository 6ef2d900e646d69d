import type { Conflict, Token } from '../../../model/index.ts';
import { evidenceOverlaps } from '../../../text/evidence.ts';
import { stem } from '../../../text/normalise.ts';
import { type ClaimFigure, sameCounted } from '../../../text/quantities.ts';
import type { Claim } from '../claims.ts';
import type { CheckedFact } from './facts.ts';
import { directVerb, subjectVerb } from './figure-words.ts';
import { evidenceOf, type KeyedDifference, mergeMeasures, tallyDifference } from './measure-sides.ts';

/**
 * The conflicts of checked facts: the fact's supporters on one side, each contradicting value on
 * another; the sides of one measure's values merged (mergeMeasures). With `of = (f) => f.differing`,
 * its differences to check, laid out alike; with `tallies`, a vote's count the sides give otherwise
 * too (tallyDifference: to check, never a ✗).
 */
export function factConflicts(
  facts: readonly CheckedFact[],
  of: (fact: CheckedFact) => CheckedFact['against'] = (f) => f.against,
  tallies = false,
): Omit<Conflict, 'id'>[] {
  const out: KeyedDifference[] = [];
  const seen = new Set<string>();
  for (const checked of facts) {
    const against = of(checked);
    if (!against.length) continue;
    const fact = { ...checked, against };
    const sides = new Map<string, Claim[]>();
    for (const { claim } of fact.against) sides.set(claim.text, [...(sides.get(claim.text) ?? []), claim]);
    const key = [fact.claim.index, ...fact.against.map((a) => a.claim.index)].sort((x, y) => x - y).join(',');
    const reverse = fact.against.map((a) => a.claim.index);
    if (seen.has(key) || reverse.some((i) => seen.has(`of:${i}`))) continue;
    seen.add(key);
    for (const c of fact.supporters) seen.add(`of:${c.index}`);
    const reason = fact.against[0]?.judgement.reason ?? '';
    const sided = [fact.supporters, ...sides.values()];
    const figure = reason.startsWith('figure') ? clashingFigure(fact) : undefined;
    const conflict: Omit<Conflict, 'id'> = {
      kind: reason.startsWith('figure')
        ? 'figure'
        : ['another day', 'another year', 'another month', 'another time'].includes(reason)
          ? 'date'
          : reason === 'opposite outcome'
            ? 'outcome'
            : reason === 'another speaker'
              ? 'speaker'
              : 'other',
      about: aboutOf(fact, reason),
      sides: [
        { claim: fact.text, evidence: fact.supporters.map(evidenceOf) },
        ...[...sides.values()].map((claims) => ({
          claim: (claims[0] as Claim).text,
          evidence: claims.map(evidenceOf),
        })),
      ],
    };
    out.push({
      conflict,
      keys: figure ? sided.map((claims) => valueKey(claims, figure)) : sided.map(() => null),
    });
    const tally = tallies ? tallyDifference(sided, figure?.counts === stem('votes')) : null;
    if (tally) out.push(tally);
  }
  return mergeMeasures(out);
}

// The value a side gives of the measure a difference is about: the figure of its first claim in the
// measure's unit (and what it counts, when the measure's figure says), or null.
function valueKey(claims: readonly Claim[], f: ClaimFigure): string | null {
  const y = (claims[0] as Claim).figures.find(
    (x) => x.unit === f.unit && (f.counts === null || x.counts === null || x.counts === f.counts),
  );
  return y ? `${y.unit ?? ''}|${y.value}` : null;
}

// "15 others": what the count names is no measure; the verb that tells it is ("injured 15 others").
const OTHERS = stem('others');

// What a conflict is about: for figures, what the number counts (or the noun before it) with its unit
// and rate; the measure only, not a year read near the figure ("opened in 1974, carries 12,000 vehicles
// per day" is about "vehicles per day", not "… year:1974").
function aboutOf(fact: CheckedFact, reason: string): string {
  if (reason === 'another day') return 'date of the event';
  if (reason === 'another year') return 'year of the event';
  if (reason === 'another month') return 'month of the event';
  if (reason === 'another time') return 'when it happens';
  if (reason === 'opposite outcome') return 'outcome';
  if (reason === 'negation') return 'whether it happened';
  if (reason === 'another speaker') return 'who said it';
  if (reason === 'opposite words') return 'which way it went';
  if (reason === 'another place') return 'place of the event';
  const f = clashingFigure(fact);
  if (!f) return 'figure';
  return [
    (f.counts === OTHERS ? written(directVerb(f, fact) ?? subjectVerb(f, fact), f, fact.claim) : null) ??
      written(f.counts, f, fact.claim) ??
      (f.unit === 'days' ? 'duration' : written(f.context[0] ?? null, f, fact.claim)) ??
      'figure',
    f.unit ? `(${f.unit})` : '',
    f.rate ? `per ${f.rate}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

// The fact's figure a difference is about: one counting what a figure of the other side counts, with
// another value ("40 firefighters" / "60 firefighters", not the "Fourteen people" both sides give),
// else one of the same class counted with another value ("340 people" / "300 migrants": `sameCounted`),
// else the first of the same unit. A figure the other side gives alike (the same value of the same
// class: "40 officers" on both sides) names no difference.
function clashingFigure(fact: CheckedFact): ClaimFigure | undefined {
  const theirs = fact.against.flatMap((a) => a.claim.figures);
  const counted = (x: ClaimFigure, y: ClaimFigure) => x.counts !== null && x.counts === y.counts;
  const ofClass = (x: ClaimFigure, y: ClaimFigure) =>
    x.counts !== null && y.counts !== null && sameCounted(x.counts, y.counts);
  const alike = (x: ClaimFigure) =>
    theirs.some((y) => y.unit === x.unit && x.value === y.value && (x.counts === y.counts || ofClass(x, y)));
  const tests: ((x: ClaimFigure, y: ClaimFigure) => boolean)[] = [
    (x, y) => counted(x, y) && x.value !== y.value,
    (x, y) => ofClass(x, y) && x.value !== y.value,
    () => true,
  ];
  const ours = fact.claim.figures.filter((x) => !alike(x));
  for (const test of tests) {
    const f = ours.find((x) => theirs.some((y) => y.unit === x.unit && test(x, y)));
    if (f) return f;
  }
  return undefined;
}

// A stem the figure reading keeps ("dockworker", "rais") as the claim writes it, from the word of
// that stem nearest the figure ("dockworkers", "raise"), in lower case unless a name; null for none.
function written(s: string | null, f: ClaimFigure, claim: Claim): string | null {
  if (s === null) return null;
  const distance = (t: Token) => Math.min(Math.abs(t.start - f.span.end), Math.abs(f.span.start - t.end));
  const words = claim.tokens.filter((t) => stem(t.text) === s).sort((x, y) => distance(x) - distance(y));
  const w = words[0];
  if (!w) return s;
  return w.pos === 'PROPN' ? w.text : w.text.toLowerCase();
}

/**
 * Whether a conflict is told already by one of `others`: a side's evidence overlaps a side's of
 * one of them (a quotation two facts give to two speakers is the speakers' conflict already).
 */
export function toldBy(conflict: Omit<Conflict, 'id'>, others: readonly Omit<Conflict, 'id'>[]): boolean {
  return conflict.sides.some((s) =>
    s.evidence.some((e) =>
      others.some((o) => o.sides.some((t) => t.evidence.some((f) => evidenceOverlaps(e, f)))),
    ),
  );
}
