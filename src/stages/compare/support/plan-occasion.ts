import type { Token } from '../../../model/index.ts';
import {
  HABIT_WORDS,
  LASTING_VERBS,
  OCCASION_WORDS,
  RELATIVE_PRONOUNS,
  VALUE_VERBS,
  WISH_VERBS,
} from '../data/plan-cues.ts';
import { MONTH_RE } from '../patterns.ts';
import { isDateWord } from './relations.ts';

// Whether a plan on one side and a done event on the other are one event told twice (plan-done.ts):
// not when the done one is another occasion, a habit, an aside on a noun, or no event at all.

const word = (t: Token | undefined): string => t?.norm ?? '';
const YEAR = /^(?:1[89]|20)\d\d$/;
const isNoun = (t: Token | undefined): boolean => t?.pos === 'NOUN' || t?.pos === 'PROPN';
// a mark that ends a clause reading back or forth (a hyphen or an apostrophe does not)
const ends = (t: Token | undefined): boolean =>
  t === undefined || (t.pos === 'PUNCT' && !/^[-'’]$/.test(t.text));

/** The tokens of the phrase of the verb at `at`: up to 3 before it and 8 after, within its clause. */
function phraseOf(tokens: readonly Token[], at: number): readonly Token[] {
  let from = at;
  while (from > Math.max(0, at - 3) && !ends(tokens[from - 1])) from--;
  let to = at + 1;
  while (to < Math.min(tokens.length, at + 9) && !ends(tokens[to])) to++;
  return tokens.slice(from, to);
}

/**
 * Whether the plan at `planAt` and the done event at `doneAt` are two occasions: a word of an
 * occasion of its own ("previously hosted", "first hosted", "will meet again") near one verb and not
 * the other, or a year near the done verb where the plan's sentence gives none ("hosted the Oscars
 * in 2007" against "will host the Oscars").
 */
export function otherOccasion(
  plan: readonly Token[],
  planAt: number,
  done: readonly Token[],
  doneAt: number,
): boolean {
  const marks = (tokens: readonly Token[], at: number) =>
    new Set(phraseOf(tokens, at).flatMap((t) => (OCCASION_WORDS[word(t)] ? [word(t)] : [])));
  const a = marks(plan, planAt);
  const b = marks(done, doneAt);
  if ([...a].some((w) => !b.has(w)) || [...b].some((w) => !a.has(w))) return true;
  return phraseOf(done, doneAt).some((t) => YEAR.test(t.text)) && !plan.some((t) => YEAR.test(t.text));
}

// The day number beside a month's name ("March 3", "3 March"), if any.
const dayNumber = (t: Token | undefined): string | null =>
  t && /^\d{1,2}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31 ? t.text : null;

/**
 * Whether the plan and the done event are dated to other days: the weekdays, months (with their day
 * numbers) and years by one verb (its phrase) and those of the other sentence share none, where both
 * give one ("would be closed Tuesday" / "were not answered Monday, and the offices were closed"; "on
 * March 5" / "on March 3"). A month alone holds each of its days ("in March" / "on March 3").
 */
export function otherDay(
  plan: readonly Token[],
  planAt: number,
  done: readonly Token[],
  doneAt: number,
): boolean {
  const days = (tokens: readonly Token[]) =>
    new Set(
      tokens.flatMap((t, k) => {
        if (YEAR.test(t.text)) return [t.norm];
        if (!isDateWord(t.norm)) return [];
        const n = MONTH_RE.test(t.norm) ? (dayNumber(tokens[k + 1]) ?? dayNumber(tokens[k - 1])) : null;
        return [n ? `${t.norm} ${n}` : t.norm];
      }),
    );
  const meet = (x: string, y: string) => x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
  const apart = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
    a.size > 0 && b.size > 0 && ![...a].some((d) => [...b].some((e) => meet(d, e)));
  return apart(days(phraseOf(plan, planAt)), days(done)) || apart(days(phraseOf(done, doneAt)), days(plan));
}

/** Whether a sentence tells a habit ("routinely wandered", "would often wander"): its "would" is no plan. */
export const toldAsHabit = (tokens: readonly Token[]): boolean => tokens.some((t) => HABIT_WORDS[word(t)]);

/**
 * Whether the verb at `at` tells a state lasting on, right after "stay", "remain" or "continue (to)"
 * ("will stay closed for six weeks"): not the event ("was closed Monday") told ahead.
 */
export const lasting = (tokens: readonly Token[], at: number): boolean =>
  LASTING_VERBS[word(tokens[at - 1])] === true ||
  (word(tokens[at - 1]) === 'to' && LASTING_VERBS[word(tokens[at - 2])] === true);

/** Whether the verb at `at` tells a value ("will cost $2.4 million"): told ahead, an estimate, no event. */
export const value = (tokens: readonly Token[], at: number): boolean =>
  VALUE_VERBS[word(tokens[at])] === true;

/** Whether the verb at `at` tells a wish ("would like to thank"), not an event. */
export const wish = (tokens: readonly Token[], at: number): boolean => WISH_VERBS[word(tokens[at])] === true;

/**
 * Whether the verb at `at` is in a relative clause ("the son, whom the couple were planning to name
 * Conner"; "INS Mysore, which will resume its duties"): an aside on a noun, not the sentence's event.
 */
export function inRelativeClause(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && !ends(tokens[k]); k--) if (RELATIVE_PRONOUNS[word(tokens[k])]) return true;
  return false;
}

/**
 * Whether the verb at `at` tells no event of its own as done: a part of a compound word
 * ("built-in", "fully-featured"); an -ing form after "been" or right after a noun ("has been
 * hosting", "a bill requiring"); a participle after its noun that says who did it ("the 2007 Oscars
 * hosted by DeGeneres").
 */
export function noDoneEvent(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (!t) return false;
  if (tokens[at - 1]?.text === '-' || tokens[at + 1]?.text === '-') return true;
  const ing = t.norm.endsWith('ing');
  if (ing && (word(tokens[at - 1]) === 'been' || isNoun(tokens[at - 1]))) return true;
  if (!ing && isNoun(tokens[at - 1]) && word(tokens[at + 1]) === 'by') return true;
  return false;
}
