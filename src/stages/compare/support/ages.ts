import type { Token } from '../../../model/index.ts';
import { stem } from '../../../text/normalise.ts';
import { sharedAnchor } from './apart.ts';
import { perReading, type Reading } from './reading.ts';

/** An age a sentence gives someone, and the stems of the nouns and names of whom it is told. */
interface Age {
  readonly years: number;
  readonly of: ReadonlySet<string>;
}

// The most years an age is read as: a bare number past it after a name is no age ("Route 128").
const MAX_AGE = 120;
const YEARS = /^years?$/;
const OLD = /^-?old$/;
const isYears = (t: Token | undefined): boolean => t !== undefined && /^\d{1,3}$/.test(t.text);

// The nouns and names of the phrase that ends right before token k ("the driver of the van" → driver,
// van; "Ole Brandt" → ole, brandt), back to the first word that is none of a noun phrase's.
function phraseBefore(tokens: readonly Token[], k: number): Set<string> {
  const out = new Set<string>();
  for (let j = k - 1; j >= 0 && /^(NOUN|PROPN|DET|ADJ|ADP)$/.test(tokens[j]?.pos ?? ''); j--) {
    const t = tokens[j] as Token;
    if (t.pos === 'ADP' && t.norm !== 'of') break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') out.add(stem(t.text));
  }
  return out;
}

// The nouns and names right after token k ("old driver of" → driver).
function phraseAfter(tokens: readonly Token[], k: number): Set<string> {
  const out = new Set<string>();
  for (let j = k; j < k + 3 && /^(NOUN|PROPN|ADJ)$/.test(tokens[j]?.pos ?? ''); j++)
    if (tokens[j]?.pos !== 'ADJ') out.add(stem((tokens[j] as Token).text));
  return out;
}

// The nouns and names of a sentence's first noun phrase: its subject ("Bettie Page died at 85").
function subject(tokens: readonly Token[]): Set<string> {
  const first = tokens.findIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  return first < 0 ? new Set() : phraseAfter(tokens, first);
}

/**
 * The ages a reading gives: "Ole Brandt, 54," (a number alone between commas after a name or noun),
 * "the 23-year-old driver", "Brandt, a 54-year-old teacher", "aged 84", "at the age of 85", "at 85"
 * after "died".
 */
const agesOf = perReading((r: Reading): readonly Age[] => {
  const tokens = r.claim.tokens;
  const out: Age[] = [];
  tokens.forEach((t, k) => {
    if (!isYears(t) || Number(t.text) > MAX_AGE || Number(t.text) < 1) return;
    const years = Number(t.text);
    const [prev, next] = [tokens[k - 1]?.norm ?? '', tokens[k + 1]?.norm ?? ''];
    // "23-year-old", "23 years old"
    let old = k + 1;
    if (tokens[old]?.text === '-') old++;
    if (YEARS.test(tokens[old]?.norm ?? '')) {
      old++;
      if (tokens[old]?.text === '-') old++;
      if (OLD.test(tokens[old]?.norm ?? '')) {
        const of = phraseAfter(tokens, old + 1);
        // "Brandt, a 54-year-old teacher": of the name before too
        if (/^an?$/.test(prev) && tokens[k - 2]?.text === ',')
          for (const s of phraseBefore(tokens, k - 2)) of.add(s);
        if (of.size) out.push({ years, of });
      }
      return;
    }
    // "Ole Brandt, 54," and "Page, aged 84,", not one of a list of numbers ("Vista, 7, 8")
    const aged = prev === 'aged' ? 1 : 0;
    if (tokens[k - 1 - aged]?.text === ',' && /^(,|\.|and|)$/.test(next) && !isYears(tokens[k + 2])) {
      const of = phraseBefore(tokens, k - 1 - aged);
      if (of.size) out.push({ years, of });
      return;
    }
    // "died at the age of 85", "died at age 85", "died … at 85"
    const atAge =
      (prev === 'of' && tokens[k - 2]?.norm === 'age' && tokens[k - 4]?.norm === 'at') ||
      (prev === 'age' && tokens[k - 2]?.norm === 'at') ||
      (prev === 'at' && r.allStems.has('die') && /^(,|\.|in|on|after|)$/.test(next));
    if (atAge) {
      const of = subject(tokens);
      if (of.size) out.push({ years, of });
    }
  });
  return out;
});

/** Two ages one of the readings gives someone the other gives another age ("Brandt, 54," / "Brandt, 57,"): "age 54 vs 57", or null. */
export function ageClash(a: Reading, b: Reading): string | null {
  const [xs, ys] = [agesOf(a), agesOf(b)];
  if (!xs.length || !ys.length || otherTimes(a, b)) return null;
  const anchored = sharedAnchor(a, b);
  for (const x of xs)
    for (const y of ys)
      if (
        x.years !== y.years &&
        [...x.of].some((s) => y.of.has(s) && ((named(s, a) && named(s, b)) || anchored))
      )
        if (!ys.some((z) => z.years === x.years) && !xs.some((z) => z.years === y.years))
          // the same person's age told alike elsewhere is no clash ("Brandt, 54, and his son, 30")
          return `age ${x.years} vs ${y.years}`;
  return null;
}

// Whether a stem is of a proper name the reading tells: an age is of one person when both name them
// ("Ole Brandt, 54," / "Ole Brandt, 57,"), or tell one event (a name or date on both sides); not "the
// 15-year-old girl" / "the 11-year-old girl" with nothing else shared.
const named = (s: string, r: Reading): boolean => [...r.nameWords].some((w) => stem(w) === s);

// Each reading dated, and no day or year of one is told by the other: two times, at which one person
// can be of two ages ("convicting 27-year-old …" / "Trial is set for June 17 for 26-year-old …").
function otherTimes(a: Reading, b: Reading): boolean {
  const when = (r: Reading) =>
    r.dates.filter((d) => !d.reported).map((d) => d.monthDay ?? d.weekday ?? d.year);
  const [wa, wb] = [when(a), when(b)];
  return wa.length > 0 && wb.length > 0 && !wa.some((w) => wb.includes(w));
}
