// A count told in the leads of two outlets' news articles with values that cannot both hold ("A fishing
// boat carrying 140 people, 38 of them children, reached …" / "One hundred and forty asylum seekers,
// among them 41 children, were brought ashore …") is one measure of the story's event told otherwise,
// even where the support judge paired neither sentence (each tells more than the count): an article's
// lead tells the event the story is about, so one counted thing in two leads is that event's count
// (newuser22 #6). Listed as a difference to check, never ✗, with who gives each value. Only a plain
// count (no unit, rate, period, running total or age; the only count of its thing in the lead), of
// one counted noun or one measure word ("killed"), in leads that tell it by one predicate, or as a
// part of a whole ("38 of them children") beside one name; told by two outlets of two sources (an
// outlet's two articles may tell two boats), at about the same time (a larger count from a text
// published or updated clearly later may be the toll that rose: text-time.ts clearlyLater):
// "38 children" and "41 asylum seekers" are two measures, and so are "this year" and this boat, and
// an expectation ("expect 10,000 runners") and a count of what happened.
import type { Conflict, SegmentedArticle } from '../../model/index.ts';
import { isAgeFigure } from '../../text/ages.ts';
import { clearlyLater } from '../../text/dates/text-time.ts';
import { stem } from '../../text/normalise.ts';
import type { ClaimFigure } from '../../text/quantities.ts';
import { roundWorded } from './align-traits.ts';
import type { Claim } from './claims.ts';
import { CALENDAR_SPANS, PART_AFTER, PART_BEFORE } from './data/lead-words.ts';
import { evidenceKey } from './evidence-key.ts';
import { countDifference, type Told } from './measure-updates.ts';
import { rangeOf, sameMeasure } from './other-value.ts';
import type { Reading } from './support/index.ts';
import { measureOf, measureOfStem, oneMeasure, runningTotal } from './support/measures.ts';
import { placeNotIn, twoPlaces } from './support/place-clash.ts';

type Difference = Omit<Conflict, 'id'>;

// Each article's lead: its first sentence (the claims come in article order, the headline apart).
function leads(claims: readonly Claim[]): Claim[] {
  const first = new Map<string, Claim>();
  for (const c of claims) {
    const had = first.get(c.articleId);
    if (!had || c.span.start < had.span.start) first.set(c.articleId, c);
  }
  return [...first.values()];
}

// Whether a sentence counts over a span of the calendar ("this year", "since January", "in 2019").
const SPAN_RE = new RegExp(`\\b(?:${CALENDAR_SPANS.join('|').replace(/ /g, '\\s+')}|in\\s+\\d{4})\\b`, 'i');

// What a plain count of a lead counts: its measure ("killed"), else its counted noun's stem, or null.
function countedBy(f: ClaimFigure, r: Reading): string | null {
  if (f.unit !== null || f.rate !== null || f.frame !== null || isAgeFigure(f)) return null;
  if (runningTotal(f, r) || rangeOf(f, r) !== null) return null;
  return measureOf(f, r) ?? f.counts;
}

// Whether a count is told as a part of a whole its sentence counts ("38 of them children", "among
// them 41 children"): a part of the event's people, with no predicate of its own.
function partOfWhole(t: Told): boolean {
  const { text, span } = t.claim;
  const before = text
    .slice(0, t.figure.span.start - span.start)
    .toLowerCase()
    .trimEnd();
  const after = text
    .slice(t.figure.span.end - span.start)
    .toLowerCase()
    .trimStart();
  return (
    PART_BEFORE.some((w) => before === w || before.endsWith(` ${w}`)) ||
    PART_AFTER.some((w) => after.startsWith(`${w} `))
  );
}

// Whether two leads count one measure of one event: a predicate both tell the count by
// (`sameMeasure`, no verb of saying: "repaired 40 bicycles" and "300 bicycles have been stolen" are
// two), or two parts of a whole ("38 of them children" / "among them 41 children") in leads that
// name one person, place or body.
// A measure told by one word family in both leads ("injuring three workers" / "Four workers were hurt")
// is one event's even where each lead names what the other does not ("the Brackwater plant on Mill
// Road" / "a chemical plant in Eastmoor"), when one of them names nothing its other article does not
// (`articleNames`: the name words of each lead's whole article); "3 killed in Zarand" / "4 killed in
// Kerman", neither place named by the other article, stay two.
// Not where each lead places its event in a town the other lead does not name, one of them a town
// the other article never names ("a paint plant in Vellby" / "a paint plant in Dunmere", though the
// first article recalls "a fire at a paint plant in Dunmere" in passing): two towns' events.
const oneMeasureOfOnePlace = (
  a: Told,
  ra: Reading,
  b: Told,
  rb: Reading,
  named: { a: ReadonlySet<string>; b: ReadonlySet<string> },
): boolean =>
  !(twoPlaces(ra, rb) && (placeNotIn(ra, named.b) || placeNotIn(rb, named.a))) &&
  oneMeasure(a.figure, ra, b.figure, rb, named);
const names = (c: Claim) => new Set(c.tokens.filter((t) => t.pos === 'PROPN').map((t) => t.norm));
const oneEvent = (
  a: Told,
  ra: Reading,
  b: Told,
  rb: Reading,
  articleNames: (articleId: string) => ReadonlySet<string>,
): boolean =>
  sameMeasure(a.figure, ra, b.figure, rb) ||
  sameMeasure(b.figure, rb, a.figure, ra) ||
  oneMeasureOfOnePlace(a, ra, b, rb, {
    a: articleNames(a.claim.articleId),
    b: articleNames(b.claim.articleId),
  }) ||
  (partOfWhole(a) &&
    partOfWhole(b) &&
    ([...a.claim.entityIds].some((e) => b.claim.entityIds.has(e)) ||
      [...names(a.claim)].some((n) => names(b.claim).has(n))));

/**
 * The counts the leads of two sources' articles give other values of, that no listed difference
 * shows (`listed`): for each counted thing (`countedBy`) told in leads of two sources or more with
 * values that cannot both hold, the leads tied to one of another value by another source
 * (`oneEvent`), one figure difference with a side per value (measure-updates.ts `countDifference`).
 * @example
 * // "A boat carrying 140 people, 38 of them children, reached Port Selwick." (wire) /
 * // "140 asylum seekers, among them 41 children, were brought ashore at Port Selwick." (paper):
 * // children, 38 [wire] / 41 [paper]
 */
export function leadCounts(
  claims: readonly Claim[],
  readingOf: (i: number) => Reading,
  articles: readonly SegmentedArticle[],
  listed: readonly Difference[],
): Difference[] {
  // (the news articles' outlets: an outlet's two articles are one teller, its later value its update)
  const outlet = new Map(articles.map((a) => [a.article.id, a.article.outlet ?? a.article.id]));
  const teller = (t: Told) => outlet.get(t.claim.articleId) ?? t.claim.sourceId;
  // two values told at about the same time (their texts' last publication or update a few hours apart
  // or less, or one day where either gives its day alone): a larger count from a text clearly later
  // may be the toll that rose since ("Two dead" at 09:00 / a live page's "three have died" updated at
  // 18:40), no difference to check
  const byId = new Map(articles.map((a) => [a.article.id, a.article]));
  const together = (t: Told, u: Told): boolean => {
    const [larger, smaller] = t.figure.value > u.figure.value ? [t, u] : [u, t];
    const [l, s] = [byId.get(larger.claim.articleId), byId.get(smaller.claim.articleId)];
    return !(l && s && clearlyLater(l, s));
  };
  // each sentence a listed difference cites with the value it cites it for ("140 people" of a lead
  // that also counts 38 children is no telling of the children's count)
  const shown = new Set(
    listed.flatMap((d) =>
      d.sides.flatMap((s) => s.evidence.map((e) => `${evidenceKey(e)}=${s.value?.number}`)),
    ),
  );
  // the name words of every sentence of an article, read when a lead of it is weighed
  const named = new Map<string, ReadonlySet<string>>();
  const articleNames = (id: string): ReadonlySet<string> => {
    let words = named.get(id);
    if (!words) {
      words = new Set(
        claims.filter((c) => c.articleId === id).flatMap((c) => [...readingOf(c.index).nameWords]),
      );
      named.set(id, words);
    }
    return words;
  };
  const byThing = new Map<string, Told[]>();
  for (const claim of leads(claims.filter((c) => outlet.has(c.articleId)))) {
    if (claim.quoted || SPAN_RE.test(claim.text)) continue;
    const r = readingOf(claim.index);
    // (an expectation or a plan counts what is to come, a denial what did not happen: no count of the event)
    if (r.modality !== 'happened' || r.negated) continue;
    const counts = claim.figures.flatMap((f) => {
      // (a round count in words, "a dozen people", is loose: no value that cannot hold beside 14)
      if (roundWorded(f, claim.tokens)) return [];
      const thing = countedBy(f, r);
      return thing === null ? [] : [{ thing, f }];
    });
    for (const { thing, f } of counts)
      if (counts.filter((x) => x.thing === thing).length === 1)
        byThing.set(thing, [...(byThing.get(thing) ?? []), { claim, figure: f }]);
  }
  const out: Difference[] = [];
  for (const [thing, told] of byThing) {
    const kept = told.filter((t) =>
      told.some(
        (u) =>
          u.figure.value !== t.figure.value &&
          teller(u) !== teller(t) &&
          u.claim.sourceId !== t.claim.sourceId &&
          together(t, u) &&
          oneEvent(t, readingOf(t.claim.index), u, readingOf(u.claim.index), articleNames),
      ),
    );
    const first = kept[0];
    if (!first) continue;
    // named by the word as the first telling writes it ("children", "killed")
    const word = first.claim.tokens.find((t) => {
      const s = stem(t.text);
      return s === thing || measureOfStem(s) === thing;
    })?.norm;
    if (kept.some((t) => shown.has(`${evidenceKey(t.claim)}=${t.figure.value}`))) continue;
    const d = countDifference(thing, kept, new Set(), () => word ?? thing, false);
    if (d) out.push(d);
  }
  return out;
}
