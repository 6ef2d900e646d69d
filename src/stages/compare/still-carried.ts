// What a correction put right, checked against the other outlets: a sentence of another outlet that
// still gives the value the note calls wrong. Said only when checked, never assumed: the note must
// name one wrong value and one right value of one unit, and the other sentence must give the wrong
// one for the same thing (unit, rate, what it counts) beside a word of the note's clause, and not
// the right one too.
import type { SegmentedArticle, Sentence, StillCarried } from '../../model/index.ts';
import {
  MISQUOTED_SPEAKER,
  MISSPELT_NAME_OF,
  NAME_AT_START,
  NAME_ERROR,
  NAMED_ROLE,
  NAMING_VERB,
  NOT_BEFORE,
  QUOTE_ERROR,
  RIGHT_NAME_AFTER,
  ROLE_END,
  SUPERSEDED,
  WRONG_CLAUSE_END,
  WRONG_CUE,
  WRONG_WORDING,
} from '../../text/data/editors-notes.ts';
import { findDateMentions } from '../../text/dates/mentions.ts';
import type { EditorsNoteReading } from '../../text/editors-notes.ts';
import { stem } from '../../text/normalise.ts';
import { type ClaimFigure, sameCounted, sameUnit, sentenceFigures } from '../../text/quantities.ts';
import { joinedRun, wordRun } from '../../text/quotes/wording.ts';
import { aboutWords, type PutRight, sharesWord } from './note-words.ts';
import { putRightDay } from './put-right-day.ts';
import { putRightTally } from './put-right-tally.ts';
import { holdsRun } from './word-runs.ts';

export type { PutRight } from './note-words.ts';

const sameMeasure = (a: ClaimFigure, b: ClaimFigure): boolean => sameUnit(a, b) && a.rate === b.rate;

/**
 * The values a note puts right: a value after "not" ("12 people, not 14, were injured"), or in the
 * clause after a cue of what the article said wrongly ("An earlier version … said 14 were injured;
 * 12 were") is wrong; the note's other values of its measure are right. Null unless there is one
 * wrong value and one right value. A sentence carries the wrong one when it gives it for the same
 * thing (unit, rate, what it counts when both say), with a word of the note's sentence besides, and
 * does not give the right one too.
 */
function putRightValue(
  doc: SegmentedArticle,
  note: EditorsNoteReading,
  cues: readonly number[],
): PutRight | null {
  const { text } = doc.article;
  const sentences = note.sentences.map((i) => doc.sentences[i] as Sentence);
  const figures = sentences.flatMap((s) => sentenceFigures(s).map((f) => ({ f, s })));
  const isWrong = (f: ClaimFigure): boolean =>
    NOT_BEFORE.test(text.slice(note.start, f.span.start)) ||
    cues.some((at) => at <= f.span.start && !WRONG_CLAUSE_END.test(text.slice(at, f.span.start)));
  const wrong = figures.filter(({ f }) => isWrong(f));
  const first = wrong[0];
  if (!first || new Set(wrong.map(({ f }) => f.value)).size !== 1) return null;
  const right = figures.filter(
    ({ f }) => !isWrong(f) && sameMeasure(f, first.f) && f.value !== first.f.value,
  );
  const fixed = right[0]?.f;
  if (!fixed || new Set(right.map(({ f }) => f.value)).size !== 1) return null;
  const bad = first.f;
  const words = aboutWords(first.s.tokens, new Set([bad.counts, ...right.map(({ f }) => f.counts)]));
  if (!words.size) return null;
  // what the figure counts, when the note's says: a gate's or a route's number counts nothing
  const sameThing = (f: ClaimFigure): boolean =>
    sameMeasure(f, bad) &&
    (bad.counts === null ? f.counts === null : f.counts !== null && sameCounted(f.counts, bad.counts));
  return {
    wrong: text.slice(bad.span.start, bad.span.end),
    right: text.slice(fixed.span.start, fixed.span.end),
    carries: (s) => {
      const found = sentenceFigures(s);
      return (
        found.some((f) => f.value === bad.value && sameThing(f)) &&
        !found.some((f) => f.value === fixed.value && sameMeasure(f, fixed)) &&
        sharesWord(s, words, true)
      );
    },
  };
}

/**
 * The head noun of the thing a note says a name was given for wrongly ("misidentified the man who
 * was arrested as …": man; "gave the name of the ferry as …": ferry); null when it names none.
 */
function namedRole(before: string): string | null {
  const verbs = [...before.matchAll(NAMING_VERB)];
  const last = verbs[verbs.length - 1];
  if (!last) return null;
  const words =
    NAMED_ROLE.exec(before.slice(last.index + last[0].length))?.[1]
      ?.trim()
      .split(/\s+/) ?? [];
  const end = words.findIndex((w) => ROLE_END.has(w.toLowerCase()));
  const head = words.slice(0, end < 0 ? words.length : end).pop();
  return head && /^\p{Ll}/u.test(head) ? stem(head) : null;
}

const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a sentence gives `name` in the role whose head noun is `role`: the noun a few words before
 * it ("the ferry Kettle Star", "the man who was arrested, Lars Holm") or in its apposition ("Lars
 * Holm, the man who …", "Lars Holm was the man …"); "Lars Holm, the harbour master, said the man who
 * was arrested …" names him in another role.
 */
const inRole = (text: string, at: number, end: number, role: string): boolean => {
  const before = text.slice(Math.max(0, at - 60), at).match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const after = /^\s*(?:,\s*|\s+(?:is|was)\s+)(?:the|a|an)\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)/u.exec(
    text.slice(end),
  );
  const last = after?.[1]?.split(/\s+/).pop();
  return before.slice(-4).some((w) => stem(w) === role) || (last !== undefined && stem(last) === role);
};

/**
 * The wording a note calls wrong (WRONG_WORDING in the clause after a cue): a quotation the note
 * tells of as one (QUOTE_ERROR), carried by a sentence that holds its words in that order; or a name
 * the note tells of as one (NAME_ERROR; not a day's), carried by a sentence that
 * writes it so, whole and no part of a longer name ("Holm" in "Holm Steelworks"), beside a word of
 * the note's sentence besides the name's own.
 */
function putRightWording(
  doc: SegmentedArticle,
  note: EditorsNoteReading,
  cues: readonly number[],
): PutRight | null {
  const { text } = doc.article;
  for (const at of cues) {
    // in the cue's clause: a full stop inside the quotation ends no clause
    const rest = text.slice(at, note.end);
    const m = WRONG_WORDING.exec(rest);
    if (!m || WRONG_CLAUSE_END.test(rest.slice(0, m.index))) {
      const misspelt = misspeltName(rest);
      if (misspelt) return misspelt;
      continue;
    }
    // what the note tells of, up to the wording: a quotation, or a name
    const before = text.slice(note.start, at + m.index);
    const quote = m[1]?.trim();
    if (quote && QUOTE_ERROR.test(before) && wordRun(quote).length >= 3) {
      // the words as the note's speaker's: a sentence naming them (the last word of "Mayor Ilse
      // Tannery"); the same words of another speaker are no misquotation
      const speaker = wordRun(MISQUOTED_SPEAKER.exec(text.slice(note.start, note.end))?.[1] ?? '').pop();
      if (!speaker) continue;
      const carries = (_: Sentence, t: string): boolean => {
        const words = wordRun(t);
        return words.includes(speaker) && holdsRun(joinedRun(words), quote);
      };
      return { wrong: quote, right: null, carries };
    }
    const name = m[2]?.trim().replace(/\.+$/, '');
    if (!name || !NAME_ERROR.test(before) || findDateMentions(name).length) continue;
    const own = note.sentences.map((i) => doc.sentences[i] as Sentence);
    const leave = new Set(name.split(/\s+/).map((w) => stem(w)));
    const words = aboutWords(
      own.flatMap((s) => s.tokens),
      leave,
    );
    const whole = wholeName(name);
    // the name given for the thing the note corrects, in that role
    const role = namedRole(before);
    if (!words.size || role === null) continue;
    const carries = (s: Sentence, t: string): boolean => {
      const m = whole.exec(t);
      return !!m && sharesWord(s, words) && inRole(t, m.index, m.index + m[0].length, role);
    };
    return { wrong: name, right: rightName(text.slice(at + m.index + m[0].length, note.end), name), carries };
  }
  return null;
}

// A name written whole, no part of a longer one ("Holm" in "Holm Steelworks", "Lars Holm" in "Ada Lars Holm").
const wholeName = (name: string): RegExp =>
  new RegExp(
    `(?<![\\p{L}\\p{N}]|\\p{Lu}[\\p{L}'’.-]*\\s+)${literal(name)}(?![\\p{L}\\p{N}]|\\s+\\p{Lu})`,
    'u',
  );

/**
 * A misspelt name told as "misspelled the name of Hane Lusk; it is Hanne Lusk" (in `rest`, the text
 * after the note's cue): the name after "of" is the wrong spelling only when the note gives another,
 * right one (without it, the name after "of" may be the right one). A misspelling is no other person's
 * name: a sentence that writes it whole, and not the right one, still gives it.
 */
function misspeltName(rest: string): PutRight | null {
  const m = MISSPELT_NAME_OF.exec(rest);
  const name = m?.[1]?.replace(/\.+$/, '');
  if (!m || !name || WRONG_CLAUSE_END.test(rest.slice(0, m.index))) return null;
  const right = rightName(rest.slice(m.index + m[0].length), name);
  if (!right) return null;
  const [wrong, fixed] = [wholeName(name), wholeName(right)];
  return { wrong: name, right, carries: (_, t) => wrong.test(t) && !fixed.test(t) };
}

/**
 * The name a note gives instead of the wrong one, in the sentence or clause after it (RIGHT_NAME_AFTER:
 * "…; it is Hanne Lusk", "He is Lars Holmberg"): null when none, or the same.
 */
function rightName(after: string, wrong: string): string | null {
  const rest = RIGHT_NAME_AFTER.exec(after)?.[1];
  const name = rest ? NAME_AT_START.exec(rest)?.[1]?.replace(/\.+$/, '') : undefined;
  return name && name !== wrong ? name : null;
}

/**
 * What a correction puts right, a tally first (two values of one measure, which `putRightValue` takes
 * for two wrong ones), else a value, else a day, else a wording; null when unsure (see
 * `putRightTally`, `putRightValue`, `putRightWording`).
 */
export function putRight(doc: SegmentedArticle, note: EditorsNoteReading): PutRight | null {
  const noteText = doc.article.text.slice(note.start, note.end);
  const cues = [...noteText.matchAll(WRONG_CUE)].map((m) => note.start + m.index + m[0].length);
  return (
    putRightTally(doc, note, cues) ??
    putRightValue(doc, note, cues) ??
    putRightDay(doc, note, cues) ??
    putRightWording(doc, note, cues)
  );
}

/**
 * The sentences of `others` (articles of other outlets) that still give what a note calls wrong, by
 * the note's test (`putRight`). Notes are passed over.
 */
export function stillCarried(
  fix: PutRight,
  others: readonly { readonly doc: SegmentedArticle; readonly notes: ReadonlySet<number> }[],
): StillCarried[] {
  const out: StillCarried[] = [];
  for (const { doc, notes } of others)
    doc.sentences.forEach((s, i) => {
      const text = doc.article.text.slice(s.start, s.end);
      // a value told as an earlier or overtaken word ("initially said 14") is not the sentence's own
      if (notes.has(i) || SUPERSEDED.test(text) || !fix.carries(s, text)) return;
      out.push({
        evidence: { articleId: doc.article.id, span: { start: s.start, end: s.end } },
        text,
        wrong: fix.wrong,
        right: fix.right,
      });
    });
  return out;
}
