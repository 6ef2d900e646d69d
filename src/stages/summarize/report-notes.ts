// The sentences the summary writes beside a chosen one about other reports: who else gives its value,
// which other value is given and where, and which value the reports gave first.
import type { Evidence } from '../../model/index.ts';
import { NUMBER_WORDS } from '../../text/data/numbers.ts';
import { QUALIFIERS } from '../../text/data/quantities.ts';
import type { OtherValue } from './disputed-figures.ts';

// A count written in words ("two reports"), the first number word of that value.
const inWords = (n: number): string =>
  Object.keys(NUMBER_WORDS).find((w) => NUMBER_WORDS[w] === n) ?? String(n);

// A figure as written at the start of its sentence ("Twelve workers", "Some 41,000 patients") told
// inside another: "twelve workers", "some 41,000 patients" (its number word or qualifier, not a name).
const midSentence = (text: string): string => {
  const first = /^\p{L}+/u.exec(text)?.[0] ?? '';
  const lower = text.toLowerCase();
  const opens =
    first.toLowerCase() in NUMBER_WORDS || QUALIFIERS.some((q) => lower.startsWith(`${q.phrase} `));
  return opens ? text.charAt(0).toLowerCase() + text.slice(1) : text;
};

// A count of reports in words: "one report", "two reports"; "another report", "two other reports".
const reports = (n: number, other: boolean): string =>
  n === 1 ? (other ? 'another report' : 'one report') : `${inWords(n)} ${other ? 'other ' : ''}reports`;

/**
 * The outlets of the articles a sentence tells as theirs, of those that give its value too (`also`) and
 * of those told beside it, as a reader names them ("The Kelby Gazette and Radio Kelby"), or by their
 * count where some article has no outlet or an outlet is on both sides (its name would not tell which
 * report says what). `also` names the articles giving the sentence's value too, as other reports;
 * `ownMany` tells whether the sentence's own are more than one ("… report that", not "reports").
 */
export function reportsNamed(
  outletOf: ReadonlyMap<string, string | null>,
  own: readonly string[],
  others: readonly string[],
  also: readonly string[] = [],
): { own: string; ownMany: boolean; also: string; others: string } {
  const [ownIds, sideIds, otherIds] = [own, [...own, ...also], others].map((ids) => [...new Set(ids)]) as [
    string[],
    string[],
    string[],
  ];
  const names = (ids: readonly string[]) => [...new Set(ids.map((id) => outletOf.get(id) ?? ''))];
  const [sideNames, otherNames] = [names(sideIds), names(otherIds)];
  const named =
    [...sideNames, ...otherNames].every((n) => n !== '') && !sideNames.some((n) => otherNames.includes(n));
  const list = (ns: string[]) => {
    const last = ns.pop() as string;
    return ns.length ? `${ns.join(', ')} and ${last}` : last;
  };
  return named
    ? {
        own: list(names(ownIds)),
        ownMany: names(ownIds).length > 1,
        also: list(names(sideIds.filter((id) => !ownIds.includes(id)))),
        others: list(otherNames),
      }
    : {
        own: reports(ownIds.length, false),
        ownMany: ownIds.length > 1,
        also: reports(sideIds.length - ownIds.length, true),
        others: reports(otherIds.length, true),
      };
}

/**
 * "Reports differ: 14 others in The Ostby Courier (see Differences to check)."; a value given on
 * days before the sentence's: "Earlier, The Ostby Courier gave 14 others (see Differences to check).";
 * one outlet's alone against most: "One outlet, The Ostby Courier, gives 14 others (see Differences to
 * check)." (`where` a count, "Another report gives …").
 */
export function differNote(other: { told: OtherValue; more: boolean }, where: string): string {
  const among = other.more ? ', among other figures' : '';
  const value = midSentence(other.told.text);
  if (other.told.alone) {
    const by = /^(another|\p{L}+ other) reports?$/u.test(where)
      ? where.charAt(0).toUpperCase() + where.slice(1)
      : `One outlet, ${where},`;
    return `${by} give${/s$/.test(where) && !by.startsWith('One') ? '' : 's'} ${value}${among} (see Differences to check).`;
  }
  return other.told.earlier
    ? `Earlier, ${where} gave ${value}${among} (see Differences to check).`
    : `Reports differ: ${value} in ${where}${among} (see Differences to check).`;
}

/**
 * Where more reports give a sentence's own value than it is cited to, a sentence of their own (each
 * cited sentence holds what the sentence it is cited for says): "The Orlen Post also gives 15 people.",
 * "Two other reports also give 15 others."
 */
export function alsoNote(value: OtherValue, where: string, count: number): string {
  const text = `${where} also give${count > 1 || / and /.test(where) ? '' : 's'} ${midSentence(value.text)}.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The first value of an update told after a sentence giving its newest, as the articles that gave it
 * first, by their outlets' names where every one is named ("Harl Radio and Coast Herald first gave
 * two people."), else by their count ("Two earlier reports gave two people.").
 */
export function earlierNote(
  value: OtherValue,
  where: readonly Evidence[],
  outletOf: ReadonlyMap<string, string | null>,
): string {
  const ids = [...new Set(where.map((e) => e.articleId))];
  const names = [...new Set(ids.map((id) => outletOf.get(id) ?? ''))];
  const figure = midSentence(value.text);
  if (names.some((n) => n === '')) {
    const by = ids.length === 1 ? 'An earlier report' : `${inWords(ids.length)} earlier reports`;
    return `${by.charAt(0).toUpperCase()}${by.slice(1)} gave ${figure}.`;
  }
  const last = names.pop() as string;
  return `${names.length ? `${names.join(', ')} and ${last}` : last} first gave ${figure}.`;
}
