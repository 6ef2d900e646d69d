/**
 * Where the judge says `supports`, by band (`eval:support:dev -- --bands`): each general property of
 * a (claim, candidate) pair the judge called supports, cut in bands, with the precision of the judge's
 * supports in each band and what a floor at the band's lower edge would leave (P / R of supports over
 * the pairs scored). For choosing an operating point on audit rounds, then checking it on another.
 */
import { attributed, type CoverPath, type Reading } from '../../src/stages/compare/support/index.ts';
import { prf } from './support-score.ts';

/** One judged pair: its gold label, the verdict, the cover and how it was read. */
export interface BandRow {
  readonly gold: string;
  readonly predicted: string;
  readonly cover: number;
  readonly path: CoverPath | null;
  readonly claim: Reading | null;
  readonly evidence: Reading | null;
}

/** A property of a pair, as a number to cut in bands (higher is safer). */
export interface Feature {
  readonly name: string;
  readonly value: (r: BandRow) => number | null;
  readonly edges: readonly number[];
}

/** A name key (an entity id or a proper noun), not a content word. */
export const isName = (term: string): boolean => term.startsWith('n:') || term.startsWith('e:');
/** A source's words, not the outlet's own (the judge's own test, voice.ts). */
export { attributed };

/** The properties the operating point is chosen among (README-support: operating point). */
export const FEATURES: readonly Feature[] = [
  { name: 'cover', value: (r) => r.cover, edges: [0.35, 0.45, 0.55, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9] },
  {
    name: 'content words shared beyond names',
    value: (r) =>
      r.claim && r.evidence
        ? [...r.claim.claim.terms.keys()].filter((t) => !isName(t) && r.evidence?.claim.terms.has(t)).length
        : null,
    edges: [0, 1, 2, 3, 4, 5, 6, 8, 10],
  },
  {
    name: "share of the claim's predicates told with the same lemma",
    value: (r) => {
      const p = r.claim?.predicates ?? [];
      return r.evidence && p.length > 0 ? p.filter((s) => r.evidence?.allStems.has(s)).length / p.length : 1;
    },
    edges: [0, 0.34, 0.5, 0.67, 1],
  },
  {
    name: 'claim length / evidence length (tokens; 0.334: the evidence under three times the claim)',
    value: (r) =>
      r.claim && r.evidence ? r.claim.claim.tokens.length / r.evidence.claim.tokens.length : null,
    edges: [0, 0.25, 0.334, 0.4, 0.5, 0.667, 1],
  },
  {
    name: 'one voice on both sides (1) or not (0)',
    value: (r) => (r.claim && r.evidence ? Number(attributed(r.claim) === attributed(r.evidence)) : null),
    edges: [0, 1],
  },
];

/** One band of a feature: the judge's supports in it, and P / R if supports needed at least its lower edge. */
export interface Band {
  readonly low: number;
  readonly predicted: number;
  readonly correct: number;
  readonly floorPrecision: number;
  readonly floorRecall: number;
  readonly floorCorrect: number;
  readonly floorPredicted: number;
}

/** The bands of `feature` over the rows the judge called supports (of `path` only, when given). */
export function bandsOf(rows: readonly BandRow[], feature: Feature, path?: CoverPath): Band[] {
  const gold = rows.filter((r) => r.gold === 'supports').length;
  const said = rows.filter((r) => r.predicted === 'supports');
  const mine = said.filter((r) => path === undefined || r.path === path);
  const others = said.filter((r) => !mine.includes(r));
  return feature.edges.map((low, i) => {
    const high = feature.edges[i + 1] ?? Number.POSITIVE_INFINITY;
    const inBand = mine.filter((r) => {
      const v = feature.value(r);
      return v !== null && v + 1e-9 >= low && v + 1e-9 < high;
    });
    // a floor on this path only: the other paths' supports stay as they are
    const kept = [...others, ...mine.filter((r) => (feature.value(r) ?? 0) + 1e-9 >= low)];
    const correct = kept.filter((r) => r.gold === 'supports').length;
    const s = prf(correct, kept.length, gold);
    return {
      low,
      predicted: inBand.length,
      correct: inBand.filter((r) => r.gold === 'supports').length,
      floorPrecision: s.precision,
      floorRecall: s.recall,
      floorCorrect: correct,
      floorPredicted: kept.length,
    };
  });
}
