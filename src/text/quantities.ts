// Quantities as claims state them: a number with its unit (what it counts), qualifier interval
// ("at least", "nearly"), rate and period, read from a sentence's tokens. The words around a number
// are read in quantities-near.ts; the unit it is told in, in quantities-unit.ts; ranges told in words
// in quantities-vague.ts; when two figures agree, in quantities-agree.ts; which tokens can open a
// figure at all, in quantities-start.ts.

import type { Figure, Sentence, Span, Token } from '../model/index.ts';
import { ageFigure } from './ages.ts';
import { clockWordEnd, fourDigitClockEnd, spacedClockEnd } from './clock.ts';
import {
  DURATION_DAYS,
  EXACT_TOLERANCE,
  FREQUENCY_HERTZ,
  QUALIFIERS,
  SCALE_WORDS,
} from './data/quantities.ts';
import { halfAfterUnit } from './fraction-after.ts';
import { codeNumberAt } from './model-number.ts';
import { fold, stem } from './normalise.ts';
import { numberAt, percentWordsAt, rangeUnit } from './number-at.ts';
import { labelAt, labelFigures } from './number-label.ts';
import { gluedMeasure, joinedByHyphen, measureBefore } from './number-points.ts';
import { withoutStop } from './number-token.ts';
import { insideWordNumber } from './number-words.ts';
import { NUMBER_RE, YEAR_RE } from './patterns.ts';
import { POINT, pointShareAt, pointShareFigure } from './point-share.ts';
import { type ClaimFigure, decimalShare, qualifierRange, writtenTolerance } from './quantities-agree.ts';
import {
  contextBefore,
  countsAfter,
  frameNear,
  periodOf,
  rateNear,
  wholeOfPart,
  wordsAt,
} from './quantities-near.ts';
import { rankFigureAt } from './quantities-ordinal.ts';
import { startsNoFigure } from './quantities-start.ts';
import { basisPointsAt, figureUnit, isCurrencySign } from './quantities-unit.ts';
import { vagueFigureAt } from './quantities-vague.ts';
import { bareTallyEnds, tallyHead } from './tally.ts';
import { inchMarkAt, measureCompoundAt, poweredUnitAt } from './unit-compound.ts';

export {
  type ClaimFigure,
  sameBound,
  sameCounted,
  sameQuantity,
  sameUnit,
  surelySameQuantity,
  valuesAgree,
  writtenTolerance,
} from './quantities-agree.ts';

const QUALS = QUALIFIERS.map((q) => ({ ...q, words: q.phrase.split(' ') }));
/**
 * The figures of a sentence, read from its tokens: digits with separators, scale words, a `$` or
 * percent unit, qualifier, rate and time frame (clock times are not figures), plus vague quantities ("thousands of") as ranges. Years and days of months are dates, not figures.
 * Where the extract stage found a figure at the same place, its id (and counts/period) are used.
 */
export function sentenceFigures(
  sentence: Sentence,
  extracted: readonly Figure[] = [],
  articleId = '',
): ClaimFigure[] {
  const tokens = sentence.tokens;
  const out: ClaimFigure[] = [];
  let own: readonly Figure[] | undefined;
  // the given figure told in this article at a span (its figures found once per sentence: most
  // sentences read no number)
  const foundAt = (span: Span) => {
    own ??= extracted.filter((f) => f.occurrences.some((o) => o.articleId === articleId));
    return own.find((f) =>
      f.occurrences.some(
        (o) => o.articleId === articleId && o.span.start < span.end && o.span.end > span.start,
      ),
    );
  };
  // a vote's tally ("voted 7–2"): one count of the vote, no figures 7 and 2 (text/tally.ts)
  const tallies = bareTallyEnds(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const tallyEnd = tallies.get(i);
    if (tallyEnd !== undefined) {
      i = tallyEnd - 1;
      continue;
    }
    // "a quarter-point cut", "half a point": a share of a point (point-share.ts)
    const share = pointShareAt(tokens, i);
    if (share) {
      const figure = pointShareFigure(tokens, i, share);
      out.push({ ...figure, figureId: foundAt(figure.span)?.id ?? null });
      i = share.end - 1;
      continue;
    }
    if (startsNoFigure(tokens, i) && !gluedMeasure(tokens, i)) continue;
    const worded = vagueFigureAt(tokens, i);
    if (worded) {
      out.push(worded.figure);
      i = worded.end - 1;
      continue;
    }
    const rank = rankFigureAt(tokens, i);
    if (rank) {
      out.push(rank.figure);
      i = rank.end - 1;
      continue;
    }
    if (t.entity === 'TIME') continue;
    // part of a code's name ("six AK 47 rifles"): no count
    if (codeNumberAt(tokens, i)) continue;
    // a number that names ("route 9", "routes 2, 4 and 9", "Gate 12"): its noun is the unit, nothing
    // is counted (as "a Category 4 hurricane")
    const label = labelAt(tokens, i);
    if (label) {
      out.push(...labelFigures(tokens, label));
      i = label.end - 1;
      continue;
    }
    // a time of day ("5 a.m.", "2: 09 a. m." as a tokeniser spaced it, "1100 hrs"): no quantity
    const clock = Math.max(
      spacedClockEnd(tokens, i),
      clockWordEnd(tokens, i + 1),
      fourDigitClockEnd(tokens, i),
    );
    if (clock >= 0) {
      i = clock - 1;
      continue;
    }
    const age = ageFigure(tokens, i);
    if (age) {
      out.push(age.figure);
      i = age.end - 1;
      continue;
    }
    // "hundred" and "forty" of "one hundred and forty": read with its first word
    if (!NUMBER_RE.test(t.text) && insideWordNumber(tokens, i)) continue;
    const read = numberAt(tokens, i);
    if (!read) continue;
    let { value, end } = read;
    const hyphen = joinedByHyphen(tokens, end) && SCALE_WORDS[fold(tokens[end + 1]?.text ?? '')] ? 1 : 0;
    const scaleWord = fold(withoutStop(tokens[end + hyphen]?.text ?? '')); // "$137-million", "$3m." too
    // "5 m high" is five metres: a short scale ("m", "k", "bn") only stuck to the number ("$3m", "4bn")
    // or after a currency sign ("$5 m"), as the extract stage reads it (extract/numbers.ts)
    const apart = scaleWord.length <= 2 && !hyphen && (tokens[end]?.start ?? 0) > (tokens[end - 1]?.end ?? 0);
    const scale =
      apart && !isCurrencySign(fold(tokens[i - 1]?.text ?? '')) ? undefined : SCALE_WORDS[scaleWord];
    if (scale) {
      value *= scale;
      end += 1 + hyphen;
      // "Rs 1.5 lakh crore": a second scale word multiplies the first
      const more = SCALE_WORDS[fold(tokens[end]?.text ?? '')];
      if (more && more >= 1e5) {
        value *= more;
        end++;
      }
    }
    // a frequency ("a 512-MHz processor", "1.5GHz"): a measure in hertz, counting nothing
    const joined = joinedByHyphen(tokens, end) ? 1 : 0;
    const hertz = scale ? undefined : FREQUENCY_HERTZ[fold(tokens[end + joined]?.text ?? '')];
    if (hertz !== undefined) {
      end += 1 + joined;
      value *= hertz;
    } else if (tokens[end]?.text === '-' && fold(tokens[end + 1]?.text ?? '') in DURATION_DAYS) end++;
    // "a 30-mile pursuit": 30 miles as "30 miles" reads, the measure of the pursuit, no count of it
    // "1,500 square kilometers" as "a 1,500-square-kilometer island": an area, no count of kilometers
    // "a 10.1″ screen" as "a 10.1-inch screen": 10.1 inches
    const measure =
      hertz === undefined && !scale
        ? (measureCompoundAt(tokens, end) ?? poweredUnitAt(tokens, end) ?? inchMarkAt(tokens, end))
        : null;
    if (measure) end = measure.end;
    const days = hertz === undefined ? DURATION_DAYS[fold(tokens[end]?.text ?? '')] : undefined;
    // years and days of months are dates; a number before a unit of time is a duration even when tagged a date
    if (
      !scale &&
      !measure &&
      days === undefined &&
      (YEAR_RE.test(t.text) || (t.entity === 'DATE' && NUMBER_RE.test(t.text)))
    )
      continue;
    const prev = fold(tokens[i - 1]?.text ?? '');
    // the near end of a range takes the far end's unit ("from two to 14 years" → two years)
    const range = days === undefined && !scale && !measure ? rangeUnit(tokens, end) : null;
    const { unit, spelt } = figureUnit(tokens, end, prev, { hertz, range, measure: measure !== null, days });
    // "a Category 4 hurricane", "a magnitude-6.1 quake": the measure's name is the unit, nothing is
    // counted (as the extract stage reads it)
    const named = unit === null && !measure ? measureBefore(tokens, i) : null;
    if (range) {
      if ('days' in range) value *= range.days;
    } else {
      // ("per cent" is two tokens where a tokeniser splits it)
      if (unit === 'percent') end += Math.max(percentWordsAt(tokens, end), 1);
      else if (spelt) end++;
      if (unit === 'days') {
        value *= days as number;
        end++;
        // "a year and a half", "two hours and a half"
        const half = halfAfterUnit(tokens, end);
        value += (half?.value ?? 0) * (days as number);
        end = half?.end ?? end;
      }
    }
    // "a dozen": the article belongs to the number
    const first =
      named?.first ?? (prev === 'a' && t.norm === 'dozen' ? i - 1 : i - (isCurrencySign(prev) ? 1 : 0));
    const qualifier = QUALS.find((q) => wordsAt(tokens, first - q.words.length, q.words));
    const span = {
      start: (tokens[first] as Token).start,
      end: (tokens[end - 1] as Token).end,
    };
    const found = foundAt(span);
    // "50 basis points", "25bps": hundredths of a point, compared as points ("0.5 percentage points")
    const bps = unit === null && !scale && !measure ? basisPointsAt(tokens, end) : null;
    if (bps) value /= bps;
    const counts = bps
      ? POINT
      : named
        ? null
        : measure
          ? stem(measure.unit)
          : (countsAfter(tokens, end) ??
            (found?.counts ? stem(found.counts.split(/\s+/).pop() ?? '') : null) ??
            (unit === null ? tallyHead(tokens, i, end) : null));
    // digits, or digits with a fraction ("2-1/2"): the number was written, not worded
    const written = NUMBER_RE.test(t.text) || read.digits !== undefined;
    const rate = rateNear(tokens, i, end) ?? (found?.period ? periodOf(found.period) : null);
    // (a written decimal, no money: "about 6.0" tells the tenth)
    const decimals = written && !/^[A-Z]{3}$/.test(unit ?? '') ? decimalShare(read.digits ?? t.text) : null;
    const [low, high] = qualifierRange(
      qualifier ?? null,
      unit === 'days',
      written ? writtenTolerance(read.digits ?? t.text) : EXACT_TOLERANCE,
      decimals,
    );
    out.push({
      value,
      low: value * low,
      high: value * high,
      // a currency or percent the extract stage read ("£88m", "US$334 million") counts too
      unit:
        unit ?? named?.name ?? (found?.unit && /^([A-Z]{3}|percent)$/.test(found.unit) ? found.unit : null),
      // a duration counts nothing: "for six weeks of repairs" is about the repairs, kept in its context
      counts: unit === 'days' || unit === 'Hz' ? null : counts,
      qualifier: qualifier?.phrase ?? null,
      rate,
      frame: wholeOfPart(tokens, i) ? 'whole' : frameNear(tokens, i - 8, end + 8),
      span,
      figureId: found?.id ?? null,
      worded: !written,
      context: contextBefore(tokens, first - (qualifier?.words.length ?? 0)),
    });
    i = end - 1;
  }
  return out;
}
