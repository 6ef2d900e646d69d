// The counts an article's lead gives with what they count ("340 people were detained", "some 340
// migrants"): two stories of the same days whose articles give the same count of the same kind of
// thing are one event told from other angles (the border chief's, the families'), whose words and
// names the centroids hardly share — when the two leads also share a name and name no two places of
// one kind: look-alike events of one day share their toll ("14 people killed" in two bus crashes), not
// their places and people.
import type { SegmentedArticle, Token } from '../../model/index.ts';
import { isMonthName, isWeekdayName } from '../../text/calendar.ts';
import { fold } from '../../text/normalise.ts';
import { sameCounted, sentenceFigures } from '../../text/quantities.ts';
import { PLACE_KINDS } from './data/place-kinds.ts';
import { COUNTED_FIGURE_MIN } from './merge-patterns.ts';
import { LEAD_SENTENCES } from './patterns.ts';

const DIGIT = /^\d/;
const KINDS = new Set(PLACE_KINDS);
const NAME = 'n:';
const PLACE = 'p:';

const folded = (t: Token) => fold(t.text).toLowerCase();
// a weekday or month written out ("Monday", "June") is no name of the story
const dateName = (t: Token) => isWeekdayName(folded(t)) || isMonthName(folded(t));

/**
 * The counts the lead's sentences give in digits with the stem of what they count, as
 * `value|stem` (`340|migrant`), each once, sorted: plain counts (no unit, rate or time frame) of at
 * least `COUNTED_FIGURE_MIN`. With a count, also the lead's names (`n:kessor`, weekdays and months
 * left out) and its places of a kind (`p:province:merrow`: a name before or after "of" a word of
 * PLACE_KINDS), which `shareCount` asks of the two articles that share a count.
 * @example
 * leadCounts(doc) // ['340|person', 'n:kessor', 'n:varden', 'p:river:varden']
 */
export function leadCounts(doc: SegmentedArticle): string[] {
  const keys = new Set<string>();
  const lead = doc.sentences.slice(0, LEAD_SENTENCES);
  for (const sentence of lead) {
    // (figures in words are left out: a sentence without a digit gives none)
    if (!sentence.tokens.some((t) => DIGIT.test(t.text))) continue;
    for (const f of sentenceFigures(sentence)) {
      if (f.worded || f.counts === null || f.unit !== null || f.rate !== null || f.frame !== null) continue;
      if (f.value >= COUNTED_FIGURE_MIN) keys.add(`${f.value}|${f.counts}`);
    }
  }
  if (keys.size) for (const s of lead) for (const key of namesOf(s.tokens)) keys.add(key);
  return [...keys].sort();
}

// A sentence's names (`n:`) and places of a kind (`p:kind:name`): "in Merrow province", "the
// province of Skarn", each known by the name's word next to the kind.
function namesOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (t.pos === 'PROPN' && !dateName(t) && /\p{L}{2}/u.test(t.text)) out.push(NAME + folded(t));
    if (t.pos !== 'NOUN' || !KINDS.has(t.norm)) return;
    const before = tokens[i - 1];
    const after = tokens[i + 1]?.norm === 'of' ? tokens[i + 2] : undefined;
    for (const name of [before, after])
      if (name?.pos === 'PROPN' && !dateName(name)) out.push(`${PLACE}${t.norm}:${folded(name)}`);
  });
  return out;
}

/** Each article's lead counts (`Particulars.counted`; undefined when not read). */
type CountsOf = readonly (readonly string[] | undefined)[];

// value and counted stem of a `value|stem` key
const split = (key: string) => {
  const at = key.indexOf('|');
  return [key.slice(0, at), key.slice(at + 1)] as const;
};

/**
 * Whether some article of `own` gives a count (the same value, of one kind of thing) that some
 * article of `theirs` does, and the two leads tell one event: they share a name, and name no two
 * places of one kind that differ ("Orlen province" / "Tesk province"). Keys stored before the names
 * were read share none: no such pair.
 */
export function shareCount(own: CountsOf, theirs: CountsOf): boolean {
  return own.some((a) => theirs.some((b) => a && b && sameCount(a, b) && oneEvent(a, b)));
}

function sameCount(a: readonly string[], b: readonly string[]): boolean {
  const held = b.filter((k) => k.includes('|')).map(split);
  return a
    .filter((k) => k.includes('|'))
    .some((key) => {
      const [value, counts] = split(key);
      return held.some(([v, c]) => v === value && sameCounted(counts, c));
    });
}

// A shared name, and no kind of place of which each lead names only places the other does not.
function oneEvent(a: readonly string[], b: readonly string[]): boolean {
  const inB = new Set(b);
  if (!a.some((k) => k.startsWith(NAME) && inB.has(k))) return false;
  const places = (keys: readonly string[]) => {
    const byKind = new Map<string, Set<string>>();
    for (const k of keys.filter((x) => x.startsWith(PLACE))) {
      const [kind, name] = k.slice(PLACE.length).split(':') as [string, string];
      byKind.set(kind, (byKind.get(kind) ?? new Set()).add(name));
    }
    return byKind;
  };
  const [pa, pb] = [places(a), places(b)];
  return ![...pa].some(([kind, names]) => {
    const other = pb.get(kind);
    return !!other && ![...names].some((n) => other.has(n));
  });
}
