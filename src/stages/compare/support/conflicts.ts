import type { Conflict, Token } from '../../../model/index.ts';
import { evidenceOverlaps } from '../../../text/evidence.ts';
import { stem } from '../../../text/normalise.ts';
import { type ClaimFigure, sameCounted } from '../../../text/quantities.ts';
import { SPEAKER_NOUNS } from '../../extract/data/speech.ts';
import type { Claim } from '../claims.ts';
import { NAMELESS_COUNTED } from '../data/measure-labels.ts';
import type { CheckedFact } from './facts.ts';
import { directVerb, subjectVerb } from './figure-words.ts';
import { evidenceOf, type KeyedDifference, mergeMeasures, tallyDifference } from './measure-sides.ts';
import { measureWordOf } from './measures.ts';

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
    const some = someOfNone(reason, sided);
    const figure = some?.figure ?? (reason.startsWith('figure') ? clashingFigure(fact) : undefined);
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
      about: aboutOf(some ? { ...fact, claim: some.claim } : fact, reason, some?.figure),
      sides: [
        { claim: fact.text, evidence: fact.supporters.map(evidenceOf) },
        ...[...sides.values()].map((claims) => ({
          claim: (claims[0] as Claim).text,
          evidence: claims.map(evidenceOf),
        })),
      ],
    };
    // (each side's value of the measure, where it is read: a script can lay out the toll told)
    const values = sided.map((claims) =>
      some ? noneSide(claims, some.figure) : figure ? sideFigure(claims, figure, fact.claim) : undefined,
    );
    conflict.sides.forEach((side, i) => {
      const y = values[i];
      if (y) side.value = sideValue(y, conflict.about);
    });
    out.push({ conflict, keys: values.map((y) => (y ? valueKey(y) : null)) });
    const tally = tallies ? tallyDifference(sided, figure?.counts === stem('votes')) : null;
    if (tally) out.push(tally);
  }
  return mergeMeasures(out);
}

// The figure a side gives of the measure a difference is about, of its first claim in the measure's
// unit: the measure's figure itself, else the first counting the very noun it counts ("400 residents" /
// "1,200 residents", not the "three workers" told before them) unless another verb tells it ("forced
// about 300 residents" / "injured two residents": another measure), else the first counting its kind
// or anyone ("Twelve workers" / "15 people" / "15 others"), when the measure's figure says; undefined
// for none. `of` is the claim the measure's figure is read in.
function sideFigure(claims: readonly Claim[], f: ClaimFigure, of: Claim): ClaimFigure | undefined {
  const anyone = (counts: string | null) => counts === null || NAMELESS.has(counts);
  const side = claims[0] as Claim;
  const fits = side.figures.filter((x) => x.unit === f.unit);
  const verbOf = (x: ClaimFigure, claim: Claim) => directVerb(x, { claim }) ?? subjectVerb(x, { claim });
  const told = verbOf(f, of);
  const otherVerb = (x: ClaimFigure) => {
    const verb = told === null ? null : verbOf(x, side);
    return verb !== null && verb !== told;
  };
  return (
    fits.find((x) => x.span.start === f.span.start && x.span.end === f.span.end && x.value === f.value) ??
    fits.find((x) => !anyone(f.counts) && x.counts === f.counts && !otherVerb(x)) ??
    fits.find(
      (x) => anyone(f.counts) || anyone(x.counts) || sameCounted(x.counts as string, f.counts as string),
    )
  );
}

/**
 * "Three people have died" against "has infected 42 people, … with no deaths reported" (a judgement of
 * some against none, support/none-counts.ts): the count that tells some (the value the reason names)
 * and the claim it is told in, or undefined for another reason. The none side's value is none, never
 * another figure of its sentence (the 42 infected are no deaths).
 */
function someOfNone(
  reason: string,
  sided: readonly (readonly Claim[])[],
): { figure: ClaimFigure; claim: Claim } | undefined {
  const told = /^figure (?:none vs ([\d.]+)|([\d.]+) vs none)$/.exec(reason);
  if (!told) return undefined;
  const value = Number(told[1] ?? told[2]);
  for (const claims of sided) {
    const claim = claims[0];
    const figure = claim?.figures.find((x) => x.unit === null && x.value === value);
    if (claim && figure) return { figure, claim };
  }
  return undefined;
}

// A side's value of a some-against-none difference: the count of some where its side tells it, else
// none, zero of the measure.
function noneSide(claims: readonly Claim[], some: ClaimFigure): ClaimFigure {
  const own = (claims[0] as Claim).figures.find((x) => x.unit === null && x.value === some.value);
  return own ?? { ...some, value: 0, low: 0, high: 0, qualifier: null };
}

// A side's value as merged: unit and number, and the bound a qualifier sets ("at least 14" is no
// "14": low, high or none).
function valueKey(y: ClaimFigure): string {
  const bound =
    y.low >= y.value && y.high > y.value ? 'min' : y.high <= y.value && y.low < y.value ? 'max' : '';
  return `${y.unit ?? ''}|${bound}|${y.value}`;
}

// A side's value as the report carries it.
function sideValue(y: ClaimFigure, measure: string): NonNullable<Conflict['sides'][number]['value']> {
  return { number: y.value, unit: y.unit, measure, ...(y.qualifier ? { qualifier: y.qualifier } : {}) };
}

// "15 others", "15 people": what the count names is no measure; the verb that tells it is ("injured
// 15 others", "15 people were injured").
const NAMELESS = new Set(NAMELESS_COUNTED.map(stem));

// What a conflict is about: for figures, what the number counts (or the noun before it) with its unit
// and rate; the measure only, not a year read near the figure ("opened in 1974, carries 12,000 vehicles
// per day" is about "vehicles per day", not "… year:1974").
function aboutOf(fact: CheckedFact, reason: string, figure?: ClaimFigure): string {
  if (reason === 'another day') return 'date of the event';
  if (reason === 'another year') return 'year of the event';
  if (reason === 'another month') return 'month of the event';
  if (reason === 'another time') return 'when it happens';
  if (reason === 'opposite outcome') return 'outcome';
  if (reason === 'negation') return 'whether it happened';
  if (reason === 'another speaker') return 'who said it';
  if (reason === 'opposite words') return 'which way it went';
  if (reason === 'another place') return 'place of the event';
  const f = figure ?? clashingFigure(fact);
  if (!f) return 'figure';
  return [
    (f.counts !== null && NAMELESS.has(f.counts) ? written(tellingVerb(f, fact), f, fact.claim) : null) ??
      written(f.counts, f, fact.claim) ??
      measureWord(f, fact) ??
      (f.unit === 'days'
        ? 'duration'
        : written(f.context.find((w) => !SPEAKERS.has(w)) ?? null, f, fact.claim)) ??
      'figure',
    f.unit ? `(${f.unit})` : '',
    f.rate ? `per ${f.rate}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

// The word that tells a plain count's measure ("the number of deaths has risen to four": deaths), or
// null; a count's measure is never named by who gives it ("42 cases, authorities said": no "authorities").
function measureWord(f: ClaimFigure, fact: CheckedFact): string | null {
  return f.unit === null ? (measureWordOf(f, fact)?.text.toLowerCase() ?? null) : null;
}
const SPEAKERS = new Set([...SPEAKER_NOUNS].map(stem));

// The verb a count is told by ("injured 15 others", "15 people were injured"), or null; a form of "be"
// tells where or what they are ("15 people were in the hall"), no measure.
function tellingVerb(f: ClaimFigure, fact: CheckedFact): string | null {
  const verb = directVerb(f, fact) ?? subjectVerb(f, fact);
  return verb === 'be' ? null : verb;
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
