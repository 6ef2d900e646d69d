import { MEASURE_UNITS, QUALIFIERS, RATE_ADVERBS, RATE_WORDS, TIME_UNITS } from './data/numbers.ts';
import type { Doc, DocSentence, Tok } from './doc.ts';
import { isSkipped } from './doc.ts';
import { isNumberToken, type NumberGroup, readNumber } from './numbers.ts';
import { YEAR_RANGE } from './patterns.ts';
import { isCue, phraseAfter, phraseBefore, resolveSpeaker, type SpeakerContext } from './speaker.ts';

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

const QUALIFIER_WORDS = QUALIFIERS.map((q) => q.split(' ')).sort((a, b) => b.length - a.length);
const AVERAGE = /^(?:an?|the)?\s*(?:(daily|weekly|monthly|annual|yearly)\s+)?average\s+of$/;
const PERIOD_PREPS = new Set([
  'in',
  'since',
  'during',
  'over',
  'for',
  'through',
  'by',
  'from',
  'within',
  'last',
  'this',
  'past',
  'between',
]);
const PERIOD_FILLERS = new Set(['just', 'only', 'the', 'past', 'first', 'last', 'fiscal', 'calendar', 'of']);
const COUNT_POS = new Set(['NOUN', 'ADJ', 'PROPN']);
const DEFINITE = new Set([
  'the',
  'both',
  'these',
  'those',
  'their',
  'its',
  'his',
  'her',
  'our',
  'my',
  'your',
]);
const DIGIT_START = /^\d/;
const COORDINATORS = new Set(['and', 'or']);
const PLURAL = /[^s]s$/;
const DURATION_QUALIFIERS = new Set([
  'over',
  'than',
  'under',
  'about',
  'nearly',
  'almost',
  'roughly',
  'within',
  'for',
]);
const CLOCK = /^(?:a\.?m\.?|p\.?m\.?)$/;
/** Nouns by which a sentence refers back to the last figure: "that number was 646,822". */
const BACK_REFERENCES = new Set(['number', 'figure', 'total', 'tally', 'count']);
/** Farthest a date phrase may be from a number, in tokens, to be its period. */
const PERIOD_REACH = 12;

function singular(word: string): string {
  return word.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
}

function qualifierBefore(
  doc: Doc,
  i: number,
  floor: number,
): { text: string | null; first: number; rate: string | null } {
  const words: string[] = [];
  for (let k = i - 1; k >= Math.max(floor, i - 5); k--) words.unshift((doc.tokens[k] as Tok).norm);
  for (let n = Math.min(words.length, 5); n >= 1; n--) {
    const tail = words.slice(words.length - n).join(' ');
    const avg = AVERAGE.exec(tail);
    if (avg) return { text: 'average', first: i - n, rate: avg[1] ? (RATE_ADVERBS[avg[1]] ?? null) : null };
  }
  for (const q of QUALIFIER_WORDS) {
    if (q.length > words.length) continue;
    if (q.every((w, n) => words[words.length - q.length + n] === w))
      return { text: q.join(' '), first: i - q.length, rate: null };
  }
  return { text: null, first: i, rate: null };
}

/** The counted noun phrase after a number: "migrant crossings", "ports of entry". */
function countsAfter(doc: Doc, k: number, end: number): [number, number] | null {
  let b = k;
  if ((doc.tokens[b] as Tok | undefined)?.norm === 'of' && COUNT_POS.has(doc.tokens[b + 1]?.pos ?? '')) b++;
  const a = b;
  while (
    b < end &&
    (COUNT_POS.has((doc.tokens[b] as Tok).pos) ||
      ((doc.tokens[b] as Tok).text === '-' && !(doc.tokens[b] as Tok).spaced) ||
      // "1,900 bus and ferry workers": nouns joined by "and" or "or" before the head
      (b > a && COORDINATORS.has((doc.tokens[b] as Tok).norm) && COUNT_POS.has(doc.tokens[b + 1]?.pos ?? '')))
  )
    b++;
  while (b > a && (doc.tokens[b - 1] as Tok).pos === 'ADJ') b--;
  // "thousands of migrants treks towards …": a plural noun after a plural noun, before a preposition, is a verb
  const last = doc.tokens[b - 1] as Tok | undefined;
  const before = doc.tokens[b - 2];
  if (b - a >= 2 && last && before && PLURAL.test(last.norm) && PLURAL.test(before.norm)) {
    const next = doc.tokens[b];
    if (next && (next.pos === 'ADP' || next.pos === 'DET')) b--;
  }
  if (b === a) return null;
  if (doc.tokens[b]?.norm === 'of' && doc.tokens[b + 1]?.pos === 'NOUN' && b - a === 1) b += 2;
  return [a, b];
}

function isUnit(t: Tok | undefined): boolean {
  return t !== undefined && (TIME_UNITS.has(t.norm) || MEASURE_UNITS.has(t.norm));
}

function rateNear(doc: Doc, from: number, end: number): string | null {
  for (let k = from; k < end; k++) {
    const t = doc.tokens[k] as Tok;
    if (t.text === ';' || (isNumberToken(t) && k > from)) return null;
    if (RATE_ADVERBS[t.norm] && t.pos !== 'NOUN') return RATE_ADVERBS[t.norm] ?? null;
    const next = doc.tokens[k + 1];
    // "well over an hour" is a length of time, not a rate
    const measured = DURATION_QUALIFIERS.has(doc.tokens[k - 1]?.norm ?? '');
    if (RATE_WORDS.has(t.norm) && next && TIME_UNITS.has(next.norm) && !next.norm.endsWith('s') && !measured)
      return next.norm;
  }
  return null;
}

/** Date and duration phrases of a sentence with their leading preposition: "in fiscal year 2023", "in just five days". */
function periodPhrases(doc: Doc, s: DocSentence): [number, number][] {
  const out: [number, number][] = [];
  for (let k = s.first; k < s.end; k++) {
    const t = doc.tokens[k] as Tok;
    if (t.entity !== 'DATE' && t.entity !== 'DURATION') continue;
    let a = k;
    let b = k;
    while (
      b < s.end &&
      ((doc.tokens[b] as Tok).entity === 'DATE' || (doc.tokens[b] as Tok).entity === 'DURATION')
    )
      b++;
    while (a > s.first && PERIOD_FILLERS.has((doc.tokens[a - 1] as Tok).norm)) a--;
    const prep = a > s.first && PERIOD_PREPS.has((doc.tokens[a - 1] as Tok).norm);
    if (prep) a--;
    // a period is a stretch of time ("in November", "over the past week"), not the day something happened
    const stretch = prep || PERIOD_PREPS.has((doc.tokens[a] as Tok).norm);
    if (stretch) out.push([a, b]);
    k = b - 1;
  }
  return out;
}

function isYear(t: Tok): boolean {
  const n = Number(t.text);
  return /^\d{4}$/.test(t.text) && n >= (YEAR_RANGE[0] as number) && n <= (YEAR_RANGE[1] as number);
}

function attributionOf(ctx: SpeakerContext, s: DocSentence): string | null {
  const { doc } = ctx;
  for (let c = s.first; c < s.end; c++) {
    const t = doc.tokens[c] as Tok;
    if (t.norm === 'according' && doc.tokens[c + 1]?.norm === 'to') {
      const np = phraseAfter(doc, c + 2, s.end);
      if (np) return resolveSpeaker(ctx, np[0], np[1], c).name;
    }
    if (!isCue(t)) continue;
    const np = phraseBefore(doc, c, s.first);
    if (np) return resolveSpeaker(ctx, np[0], np[1], c).name;
  }
  return null;
}

/** Find the figures of one article: each number with what it counts, unit, qualifier, rate, period and source. */
export function findFigures(ctx: SpeakerContext): FoundFigure[] {
  const { doc } = ctx;
  const out: FoundFigure[] = [];
  let lastCounted: { counts: string; head: string } | null = null;
  for (const s of doc.sentences) {
    if (s.titleCase) continue;
    const periods = periodPhrases(doc, s);
    let attribution: string | null | undefined;
    const taken: [number, number][] = [];
    const groups: NumberGroup[] = [];
    for (let i = s.first; i < s.end; i++) {
      const t = doc.tokens[i] as Tok;
      if (!isNumberToken(t) || isYear(t)) continue;
      const prev = doc.tokens[i - 1];
      if (
        prev &&
        prev.sentence === t.sentence &&
        prev.pos === 'PROPN' &&
        /^\p{Lu}/u.test(prev.text) &&
        i > s.first + 1
      )
        continue;
      if (prev && !t.spaced && /[\p{L}-]$/u.test(prev.text)) continue;
      if (prev && DEFINITE.has(prev.norm) && !DIGIT_START.test(t.text)) continue;
      // "Carla Menzies, 34, who …": an age set off after a name
      if (
        prev?.text === ',' &&
        doc.tokens[i - 2]?.pos === 'PROPN' &&
        /^[,)]$/.test(doc.tokens[i + 1]?.text ?? '')
      )
        continue;
      const g = readNumber(doc, i, s.end);
      if (!g) continue;
      // "between 10 p.m. and 5 a.m.": a time of day
      if (CLOCK.test(doc.tokens[g.end]?.norm ?? '')) {
        i = g.end;
        continue;
      }
      groups.push(g);
      i = g.end - 1;
    }
    for (const [n, g] of groups.entries()) {
      const t = doc.tokens[g.first] as Tok;
      if (t.entity === 'DURATION' && !g.currency && !g.percent) {
        // "in just five days": a period of another figure, not a figure of its own
        if (groups.length > 1 && periods.some(([a, b]) => a <= g.first && b >= g.end)) continue;
      }
      let end = g.end;
      let valueHigh: number | null = null;
      const link = doc.tokens[end];
      if (
        link &&
        (link.norm === 'to' ||
          link.text === '-' ||
          (link.norm === 'and' && doc.tokens[g.first - 1]?.norm === 'between')) &&
        isNumberToken(doc.tokens[end + 1])
      ) {
        const high = readNumber(doc, end + 1, s.end);
        if (high && high.value > g.value) {
          valueHigh = high.value;
          end = high.end;
          groups.splice(n + 1, 1);
        }
      }
      // "a 1.4-kilometre bridge", "a four-hour meeting": the unit joined by a hyphen
      if (doc.tokens[end]?.text === '-' && !doc.tokens[end]?.spaced && isUnit(doc.tokens[end + 1])) end++;
      const unitTok = doc.tokens[end];
      let unit: string | null = g.currency ?? (g.percent ? 'percent' : null);
      let counts: [number, number] | null = null;
      if (!unit && isUnit(unitTok)) {
        const hyphened = doc.tokens[end - 1]?.text === '-';
        // "four-hour" is four hours
        const norm = (unitTok as Tok).norm;
        unit = hyphened && isUnit({ ...(unitTok as Tok), norm: `${norm}s` }) ? `${norm}s` : norm;
        end++;
        // "a four-hour meeting" counts meetings; "10 miles of road" counts road
        counts = hyphened || doc.tokens[end]?.norm === 'of' ? countsAfter(doc, end, s.end) : null;
      } else counts = countsAfter(doc, end, s.end);
      if (!unit && !counts && !DIGIT_START.test(t.text)) continue;
      // "$48 million" starts at its sign, "a dozen homes" at its article
      const lead =
        (g.currency && doc.tokens[g.first - 1]?.pos === 'SYM') ||
        (t.norm === 'dozen' && doc.tokens[g.first - 1]?.norm === 'a' && g.first > s.first)
          ? g.first - 1
          : g.first;
      const q = qualifierBefore(doc, lead, s.first);
      const first = Math.min(q.first, lead);
      const last = counts ? counts[1] : end;
      const start = (doc.tokens[first] as Tok).start;
      const stop = (doc.tokens[last - 1] as Tok).end;
      if (isSkipped(doc, start, stop)) continue;
      // the rate may sit inside what is counted ("80,000 daily crossings") or after it ("... cross daily")
      const rate = q.rate ?? rateNear(doc, counts ? counts[0] : last, s.end) ?? null;
      const period = nearestPeriod(periods, first, last, taken);
      attribution ??= attributionOf(ctx, s);
      let countsText = counts
        ? doc.text.slice((doc.tokens[counts[0]] as Tok).start, (doc.tokens[counts[1] - 1] as Tok).end)
        : null;
      let head = counts ? singular((doc.tokens[counts[1] - 1] as Tok).norm) : null;
      if (!countsText && !unit && refersBack(doc, first, s.first) && lastCounted) {
        // "In 2020, that number was 646,822": what the figure counts is the last figure's
        countsText = lastCounted.counts;
        head = lastCounted.head;
      }
      if (countsText && head) lastCounted = { counts: countsText, head };
      const periodText = period
        ? doc.text.slice((doc.tokens[period[0]] as Tok).start, (doc.tokens[period[1] - 1] as Tok).end)
        : null;
      out.push({
        articleId: doc.id,
        start,
        end: stop,
        text: doc.text.slice(start, stop),
        value: g.value,
        valueHigh,
        unit: unit ?? (g.vague ? null : null),
        counts: countsText,
        head,
        qualifier: q.text ?? (g.vague ? `${t.norm} of` : null),
        rate,
        period:
          [rate ? `a ${rate}` : null, periodText && !sameAsRate(periodText, rate) ? periodText : null]
            .filter(Boolean)
            .join(', ') || null,
        attributedTo: attribution,
      });
    }
  }
  return out;
}

/** "that number was 646,822", "the total is 12": a noun naming a figure shortly before the number. */
function refersBack(doc: Doc, first: number, floor: number): boolean {
  for (let k = first - 1; k >= Math.max(floor, first - 4); k--) {
    if (BACK_REFERENCES.has((doc.tokens[k] as Tok).norm)) return true;
  }
  return false;
}

/** "a day" after a rate of "day": the period only repeats the rate. */
function sameAsRate(period: string, rate: string | null): boolean {
  if (!rate) return false;
  const words = period.toLowerCase().split(/\s+/);
  return words.at(-1)?.replace(/s$/, '') === rate && words.length <= 2;
}

function nearestPeriod(
  periods: readonly [number, number][],
  first: number,
  last: number,
  taken: [number, number][],
): [number, number] | null {
  let best: [number, number] | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (const p of periods) {
    if (p[0] < last && p[1] > first) continue;
    // a period already told of a nearer figure is not this one's ("80,000 containers in February, … 1,100 trucks")
    if (taken.includes(p)) continue;
    const d = p[0] >= last ? p[0] - last : first - p[1];
    if (d < distance && d <= PERIOD_REACH) {
      best = p;
      distance = d;
    }
  }
  if (best) taken.push(best);
  return best;
}
