import type { Doc, Tok } from '../../../text/annotated.ts';
import { isSkipped } from '../../../text/annotated.ts';
import { gluedMeasure, measureBefore } from '../../../text/number-points.ts';
import { basisPointsAt } from '../../../text/quantities-unit.ts';
import { tallyCountedAt } from '../../../text/tally.ts';
import { WHOLE_SET_BEFORE } from '../data/function-words.ts';
import type { ResolvedEntities } from '../entities/graph.ts';
import type { Attribution, SpeakerContext } from '../speakers/resolve.ts';
import { type Counted, countedOf, headOf, readMeasure, spanText } from './counts.ts';
import { DIGIT_START, numberGroups, rangeHigh } from './groups.ts';
import { clauseBreak, nearestPeriod, periodLabel, periodPhrases, rateNear } from './periods.ts';
import { qualifierBefore } from './qualifiers.ts';
import { clauseSources, type Source, within } from './sources.ts';

/** A figure found in one article, before figures of the story are merged. */
export interface FoundFigure {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  readonly valueHigh: number | null;
  readonly unit: string | null;
  readonly counts: string | null;
  /** The counted head noun, singular and lower-case, for matching. */
  readonly head: string | null;
  readonly qualifier: string | null;
  /** "day" for "a day", "daily", "every day"; else null. */
  readonly rate: string | null;
  readonly period: string | null;
  readonly attributedTo: string | null;
}

/**
 * Find the figures of one article: each number with what it counts, unit, qualifier, rate, period and source.
 * A source that is a pronoun or "the spokesperson" stands for one of `speakers`, the article's speakers found
 * before (by the quotes, and by indirect speech when it is read).
 */
export function findFigures(
  doc: Doc,
  entities: ResolvedEntities,
  speakers: readonly Attribution[],
): FoundFigure[] {
  const ctx: SpeakerContext = { doc, entities, previous: [...speakers] };
  const out: FoundFigure[] = [];
  let lastCounted: { counts: string; head: string } | null = null;
  for (const s of doc.sentences) {
    if (s.titleCase) continue;
    const groups = numberGroups(doc, s);
    // (most sentences hold no number: their periods are not read)
    if (!groups.length) continue;
    const periods = periodPhrases(doc, s);
    let sources: ((token: number) => Source | null) | undefined;
    const taken: [number, number][] = [];
    for (const [n, g] of groups.entries()) {
      const t = doc.tokens[g.first] as Tok;
      if (t.entity === 'DURATION' && !g.currency && !g.percent) {
        // "in just five days": a period of another figure of its clause, not a figure of its own
        const ofOther = groups.some(
          (o) => o !== g && !clauseBreak(doc, Math.min(o.end, g.end), Math.max(o.first, g.first)),
        );
        if (ofOther && periods.some(([a, b]) => a <= g.first && b >= g.end)) continue;
      }
      // a range takes the next number as its high end
      const high = g.points ? null : rangeHigh(doc, g, s.end);
      if (high) groups.splice(n + 1, 1);
      // the unit and what is counted follow the number
      // "between 40 and 80 percent": a range's unit written once, after its high end
      const unitOf =
        high && !g.currency && !g.percent ? { ...g, currency: high.currency, percent: high.percent } : g;
      // a share of a point is read whole: nothing after it is counted ("a quarter-point cut")
      const measure = g.points
        ? { unit: null, counts: null, end: g.end }
        : readMeasure(doc, unitOf, high ? high.end : g.end, s.end);
      const { unit, counts } = measure;
      // a number in words needs a unit or a count; one in digits, or a measure's ("magnitude-5.9"), does not
      if (!unit && !counts && !g.points && !DIGIT_START.test(t.text) && !gluedMeasure(doc.tokens, g.first))
        continue;
      // "$48 million" starts at its sign, "a dozen homes" at its article
      // "a Category 4 hurricane" starts at its measure's name
      const named = measureBefore(doc.tokens, g.first);
      const lead =
        (g.currency && doc.tokens[g.first - 1]?.pos === 'SYM') ||
        (t.norm === 'dozen' && doc.tokens[g.first - 1]?.norm === 'a' && g.first > s.first) ||
        (named && named.first < g.first && named.first >= s.first && !g.currency && !g.percent)
          ? g.first - 1
          : g.first;
      const q = qualifierBefore(doc, lead, s.first);
      const first = Math.min(q.first, lead);
      const last = counts ? counts[1] : measure.end;
      const start = (doc.tokens[first] as Tok).start;
      const stop = (doc.tokens[last - 1] as Tok).end;
      if (isSkipped(doc, start, stop)) continue;
      // the rate may sit inside what is counted ("80,000 daily crossings") or after it ("... cross daily")
      // a bare number takes only a rate right after it ("400 a day"): in "9 would run every hour" the
      // rate is the verb's
      const rateEnd = unit || counts ? s.end : Math.min(s.end, last + 1);
      const rate = q.rate ?? rateNear(doc, counts ? counts[0] : last, rateEnd) ?? null;
      // "All three cities saw protests this summer": a whole set, no tally of its clause's period (which
      // is still no other figure's)
      const near = nearestPeriod(doc, periods, first, last, taken);
      const period = first > s.first && WHOLE_SET_BEFORE.has(doc.tokens[first - 1]?.norm ?? '') ? null : near;
      // once per clause: null (no source found) is an answer too
      sources ??= clauseSources(ctx, s);
      const attribution = sources(first);
      // "by 31 votes to 24": the 24 is read as the 31 is, unit or counted noun (text/tally.ts)
      const tally = unit || counts || high ? null : tallyCountedAt(doc.tokens, g.first, g.end);
      const told =
        tally && out.at(-1)?.end === (doc.tokens[tally[1] - 1] as Tok).end ? out.at(-1) : undefined;
      const counted: Counted = g.points
        ? { counts: g.points, head: 'point' }
        : tally
          ? told
            ? { counts: told.counts, head: told.head }
            : { counts: spanText(doc, tally), head: headOf(doc, tally) }
          : countedOf(doc, measure, first, s.first, lastCounted);
      // a count whose counted thing is not read ("9,000 of its members") is the last figure now: a later
      // "put the figure at 6,500" counts no earlier figure's thing (newuser21 #5: not "300 schools")
      if (counted.counts && counted.head) lastCounted = { counts: counted.counts, head: counted.head };
      else if (!unit && !(told?.unit ?? null)) lastCounted = null;
      const periodText = period ? spanText(doc, period) : null;
      // "50 basis points": 0.5 percentage points, one value with that wording (text/quantities-unit.ts)
      const bps = unit || high || g.points ? null : basisPointsAt(doc.tokens, g.end);
      out.push({
        articleId: doc.id,
        start,
        end: stop,
        text: doc.text.slice(start, stop),
        value: bps ? g.value / bps : g.value,
        valueHigh: high ? high.value : g.high,
        unit: told ? told.unit : unit,
        counts: bps ? 'percentage points' : counted.counts,
        head: bps ? 'point' : counted.head,
        qualifier: q.text ?? (g.vague ? `${g.vague} of` : null),
        rate,
        period: periodLabel(rate, periodText),
        attributedTo:
          attribution &&
          first >= attribution.from &&
          last <= attribution.to &&
          !within(lead, last, attribution)
            ? attribution.name
            : null,
      });
    }
  }
  return out;
}
