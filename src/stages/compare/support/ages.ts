import type { Token } from '../../../model/index.ts';
import { type AgeTold, ageAt } from '../../../text/ages.ts';
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
 * The ages a reading gives (text/ages.ts, one age in years: "Ole Brandt, 54,", "the 23-year-old
 * driver", "Brandt, a 54-year-old teacher", "aged 84", "at the age of 85", "died … at 85", "who was
 * 85,"), each with whom it is told of: the phrase it is set off after or before, else the sentence's
 * subject.
 */
const agesOf = perReading((r: Reading): readonly Age[] => {
  const tokens = r.claim.tokens;
  const out: Age[] = [];
  tokens.forEach((t, k) => {
    if (!isYears(t) || Number(t.text) > MAX_AGE || Number(t.text) < 1) return;
    const age = ageAt(tokens, k);
    if (!age || age.ranged || age.kind === 'decade') return;
    const of = whom(tokens, k, age);
    if (of.size) out.push({ years: Number(t.text), of });
  });
  return out;
});

// Whom the age at k is told of.
function whom(tokens: readonly Token[], k: number, age: AgeTold): Set<string> {
  const prev = tokens[k - 1]?.norm ?? '';
  switch (age.kind) {
    case 'year-old': {
      // "the 23-year-old driver"; not "the six-month-old" (an age in years only)
      if (!YEARS.test(tokens[k + (tokens[k + 1]?.text === '-' ? 2 : 1)]?.norm ?? '')) return new Set();
      const of = phraseAfter(tokens, age.end);
      // "Brandt, a 54-year-old teacher": of the name before too
      if (/^an?$/.test(prev) && tokens[k - 2]?.text === ',')
        for (const s of phraseBefore(tokens, k - 2)) of.add(s);
      return of;
    }
    case 'set-off':
      return phraseBefore(tokens, k - 1);
    case 'aged':
      // "Page, aged 84,": of the name before; "a man aged 84", "died at age 85", "at the age of 85":
      // of the subject; "the first physician under age 40" is a bound, no one's age
      if (prev === 'aged') return tokens[k - 2]?.text === ',' ? phraseBefore(tokens, k - 2) : subject(tokens);
      return tokens[k - (prev === 'of' ? 4 : 2)]?.norm === 'at' ? subject(tokens) : new Set();
    default:
      return subject(tokens);
  }
}

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
        if (
          !ys.some((z) => z.years === x.years) &&
          !xs.some((z) => z.years === y.years) &&
          !severalOf(x, xs, y) &&
          !severalOf(y, ys, x)
        )
          // the same person's age told alike elsewhere is no clash ("Brandt, 54, and his son, 30")
          return `age ${x.years} vs ${y.years}`;
  return null;
}

// Whether a sentence gives another age of what the age is told of: two people of that kind ("the
// other victims, a 47-year-old man and a 48-year-old man"), each told apart by the age, so another
// sentence's age of that kind ("the 39-year-old man") is of a third as likely as of one of them. The
// other age must be told of all that both sides tell the age of: "Ada Brandt, 54, and her husband Tom
// Brandt, 57" gives no second age of Ada Brandt against "Ada Brandt, 52", nor "the driver, a
// 54-year-old man, and a 61-year-old man" a second age of the driver against "the driver, a
// 49-year-old man".
const severalOf = (x: Age, all: readonly Age[], other: Age): boolean =>
  all.some(
    (z) =>
      z.years !== x.years &&
      [...z.of].some((s) => x.of.has(s)) &&
      [...x.of].every((s) => !other.of.has(s) || z.of.has(s)),
  );

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
