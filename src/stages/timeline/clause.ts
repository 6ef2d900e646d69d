import {
  alternation,
  capitalise,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  WEEKDAY_NAMES,
} from '../../text/calendar.ts';
import { CLAUSE_SPLIT, MIN_CLAUSE_WORDS, RELATIVE_SPLIT } from './patterns.ts';

/**
 * The clause of a sentence that holds a date (at `at`), as an event's text, each side it is cut from
 * its sentence marked "…": "The visit comes after X processed ... last week" gives "… X processed ...
 * last week". Null when the clause would be too short or opens inside a quotation.
 */
export function clauseAround(sentence: string, at: number): string | null {
  const cuts = [0];
  const splits = [...sentence.matchAll(CLAUSE_SPLIT)];
  for (const m of splits) cuts.push(m.index, m.index + m[0].length);
  cuts.push(sentence.length);
  for (let i = 0; i + 1 < cuts.length; i += 2) {
    let start = cuts[i] as number;
    let end = cuts[i + 1] as number;
    if (at < start || at >= end) continue;
    // a relative clause has no subject of its own ("The bridge, which opened in 1971, ..."): alone it
    // would be a fragment ("Opened in 1971, was last refurbished ..."), so it keeps the noun phrase it
    // tells of ("… the ferry terminal, which was gutted by fire on Tuesday"), or is not cut
    const split = splits[i / 2 - 1];
    if (i > 0 && split && RELATIVE_SPLIT.test(split[0])) {
      // past a comma the date may be the main clause's again ("…, which gets dull, she told a paper in 1998")
      const comma = sentence.indexOf(',', split.index + split[0].length);
      if (comma >= 0 && comma < at) return null;
      // the clause ends at its closing comma: "Holm Steelworks, which repaired it in 2024 …", not the
      // main clause's verb after it ("…, denied that …"), which the date does not date
      if (comma >= 0 && comma < end) end = comma;
      const before = sentence.slice(0, split.index);
      const named = NAMED_ANTECEDENT.exec(before);
      // a month or a day is no name a clause tells of ("released in May, which seems …")
      const noun = ANTECEDENT.exec(before) ?? (named && !CALENDAR_WORD.test(named[0]) ? named : null);
      if (!noun) return null;
      start = noun.index;
    }
    if (start === 0 && end === sentence.length) return null;
    const words = sentence.slice(start, end).replace(/\s+/g, ' ').trim();
    // the sentence's own end stays; a cut end loses the comma or semicolon it stopped at
    const clause = end === sentence.length ? words : words.replace(/[,;:\s]+$/, '');
    const quotes = (clause.match(/[“”"]/g) ?? []).length;
    if (clause.split(' ').length < MIN_CLAUSE_WORDS || quotes % 2 === 1) return null;
    return `${start > 0 ? '… ' : ''}${clause}${end < sentence.length ? ' …' : ''}`;
  }
  return null;
}

/** A noun phrase a relative clause tells of: a determiner and up to five words, at the end of the text. */
const ANTECEDENT = /\b(?:the|a|an|its|his|her|their|our|this|these|those)\s+(?:[^\s,;]+\s+){0,4}[^\s,;]+$/i;
/** A month's or a day's name, which no relative clause is told of as a name ("in May, which seems …"). */
const CALENDAR_WORD = new RegExp(
  `\\b(?:${alternation([...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAY_NAMES].map(capitalise))})$`,
);
/** A name a relative clause tells of: up to four words with a capital, at the end of the text ("Gullport Pier"). */
const NAMED_ANTECEDENT = /(?<![\p{L}'’.-])(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*$/u;
