import { escapeHtml } from '../report/util.ts';
import { plural } from './html.ts';
import { LEANING_RULES, SIDE_OWN_WORDS, SIDES, type Side } from './patterns.ts';

/** The leaning of an outlet by its name (lower-cased), from the user's outlet table. */
export type Leanings = ReadonlyMap<string, string>;

/** What the coverage bar and the one-side flag read of a story's outlets. */
export interface Coverage {
  /** Sources by side: the named outlets, and each article of no named outlet as one of unknown leaning. */
  readonly counts: Readonly<Record<Side, number>>;
  /** How many of the sources counted are articles of no named outlet. */
  readonly unnamed: number;
  /** The side every outlet of known leaning is on, when there are two or more and no other side. */
  readonly oneSide: 'left' | 'right' | null;
  /** The leanings as the outlet table wrote them, by the side they fall on: one per outlet, in the order met. */
  readonly written?: Readonly<Record<Side, readonly string[]>>;
}

/** The outlet table's entries as name → leaning (entries without a leaning left out). */
export function leaningsOf(
  entries: readonly { readonly name: string; readonly leaning?: string | null | undefined }[],
): Leanings {
  const map = new Map<string, string>();
  for (const entry of entries) if (entry.leaning) map.set(entry.name.trim().toLowerCase(), entry.leaning);
  return map;
}

/** Where a free-text leaning ("lean left", "Centre-right") falls on the bar. */
export function sideOf(leaning: string | undefined): Side {
  if (!leaning) return 'unknown';
  // "centre-right" leans right: the side words win over the centre word
  return LEANING_RULES.find((rule) => rule.pattern.test(leaning))?.side ?? 'unknown';
}

/**
 * How a story's sources spread over the sides, and whether only one side covered it. Its `unnamed`
 * articles (no outlet named) are sources of unknown leaning, one each, as the story's report shows
 * them: left out, a story of one named outlet and four unnamed articles read as that outlet's alone.
 */
export function coverageOf(outlets: readonly string[], leanings: Leanings, unnamed = 0): Coverage {
  const counts: Record<Side, number> = { left: 0, centre: 0, right: 0, unknown: unnamed };
  const written: Record<Side, string[]> = { left: [], centre: [], right: [], unknown: [] };
  for (const outlet of outlets) {
    const leaning = leanings.get(outlet.trim().toLowerCase());
    const side = sideOf(leaning);
    counts[side]++;
    const said = leaning?.trim();
    if (said) written[side].push(said);
  }
  const known = counts.left + counts.centre + counts.right;
  const oneSide =
    known >= 2 && counts.centre === 0 && (counts.left === 0 || counts.right === 0)
      ? counts.left > 0
        ? 'left'
        : 'right'
      : null;
  return { counts, unnamed, oneSide, written };
}

const SIDE_NAMES: Readonly<Record<Side, string>> = {
  left: 'left',
  centre: 'centre',
  right: 'right',
  unknown: 'leaning unknown',
};

/**
 * A side as the legend names it: the side's count when every leaning written for it is the side's own
 * word ("2 left"); else the leanings as the manifest or outlet table wrote them, each counted, then
 * where the bar puts them ("1 centre-left, 1 left (bar: 2 left)", "1 wire (bar: leaning unknown)"), so
 * the words read as given, not binned (newuser22 #11); outlets with none written are counted by the side's name.
 */
function sideCount(coverage: Coverage, side: Side): string {
  const n = coverage.counts[side];
  const words = new Map<string, { word: string; n: number }>();
  for (const word of coverage.written?.[side] ?? []) {
    const key = word.toLowerCase();
    const seen = words.get(key);
    if (seen) seen.n++;
    else words.set(key, { word, n: 1 });
  }
  const own = [...words.keys()].every((key) => SIDE_OWN_WORDS[side].includes(key));
  if (own) return `${n} ${SIDE_NAMES[side]}`;
  const said = [...words.values()].map((w) => `${w.n} ${w.word}`);
  const unsaid = n - [...words.values()].reduce((sum, w) => sum + w.n, 0);
  // only the unknown side holds outlets with no leaning written (and articles of no named outlet)
  if (unsaid > 0) said.push(`${unsaid} leaning unknown`);
  return `${said.join(', ')} (bar: ${n} ${SIDE_NAMES[side]})`;
}

/**
 * Whether any source of a story has a known leaning: a bar (or legend) of only unknowns tells nothing
 * ("4 leaning unknown" where no manifest gave a leaning, newuser23 #14), so none is shown.
 */
export function anyLeaning(coverage: Coverage): boolean {
  return coverage.counts.left + coverage.counts.centre + coverage.counts.right > 0;
}

/**
 * The coverage bar: one segment per side, as wide as its share of outlets, in an inline SVG with a text
 * label; '' when no source's leaning is known.
 */
export function coverageBar(coverage: Coverage): string {
  const total = SIDES.reduce((sum, side) => sum + coverage.counts[side], 0);
  if (total === 0 || !anyLeaning(coverage)) return '';
  let x = 0;
  const rects = SIDES.filter((side) => coverage.counts[side] > 0).map((side) => {
    const width = (coverage.counts[side] / total) * 100;
    const rect = `<rect class="lean-${side}" x="${x.toFixed(2)}" y="0" width="${width.toFixed(2)}" height="10"/>`;
    x += width;
    return rect;
  });
  return `<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(coverageText(coverage))}">${rects.join('')}</svg>`;
}

/**
 * The bar in words: "3 outlets: 1 left, 2 leaning unknown"; "1 outlet and 4 articles of no named
 * outlet: 5 leaning unknown".
 */
export function coverageText(coverage: Coverage): string {
  const total = SIDES.reduce((sum, side) => sum + coverage.counts[side], 0);
  const parts = SIDES.filter((side) => coverage.counts[side] > 0).map((side) => sideCount(coverage, side));
  const named = total - coverage.unnamed;
  const sources = [
    named > 0 || coverage.unnamed === 0 ? plural(named, 'outlet') : '',
    coverage.unnamed > 0 ? unnamedText(coverage.unnamed) : '',
  ].filter(Boolean);
  return `${sources.join(' and ')}: ${parts.join(', ')}`;
}

/** Articles of no named outlet, counted: "1 article of no named outlet", "4 articles of no named outlet". */
export function unnamedText(count: number): string {
  return `${plural(count, 'article')} of no named outlet`;
}

/** The bar's legend, for the sides present; '' when no source's leaning is known. */
export function coverageLegend(coverage: Coverage): string {
  if (!anyLeaning(coverage)) return '';
  return `<span class="legend">${SIDES.filter((side) => coverage.counts[side] > 0)
    .map((side) => `<span class="l-${side}">${escapeHtml(sideCount(coverage, side))}</span>`)
    .join('')}</span>`;
}
