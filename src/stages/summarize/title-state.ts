// What a headline tells of its story's event: still ahead ("Council to vote on budget tonight"), done
// ("Council passes budget"), or neither, an explainer's, opinion's or Q&A's angle on it ("Budget: what
// the library cuts mean for you"). A story's title (cluster/labels.ts) and its summary's headline
// (headline.ts) pass over a working title that tells the event as a plan for the headline of a report
// of the event as done, written no earlier, and never for an angle's.
import type { Token } from '../../model/index.ts';
import { readTitle } from '../../text/headline.ts';
import { FUTURE_MARKERS, HYPOTHETICAL_MARKERS } from '../compare/data/modality-cues.ts';
import { modalityOf } from '../compare/support/modality.ts';
import { ANGLE_KICKER_WORDS, ANGLE_OPENERS, ANGLE_PHRASES } from './data/angle-titles.ts';
import { DECIDED_BEFORE_TO } from './data/decided-verbs.ts';

/**
 * Whether a headline's tokens tell its event as planned or expected: a future or a plan word before
 * its verb ("will vote", "set to vote": the support judge's modality), or the headline's infinitive of
 * the future, "to" and the verb right after its subject ("Council to vote", "Mayor to resign"), not
 * after a decision's verb ("Council votes to close library": `DECIDED_BEFORE_TO`).
 */
export function tellsAhead(tokens: readonly Token[]): boolean {
  if (modalityOf(tokens).modality === 'planned') return true;
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const [subject, to] = [tokens[verb - 2], tokens[verb - 1]];
  return (
    verb >= 2 &&
    to?.norm === 'to' &&
    (subject?.pos === 'NOUN' || subject?.pos === 'PROPN') &&
    !DECIDED_BEFORE_TO.has(subject.norm)
  );
}

// a word of four letters or more written in lower case: a title with none is in Title Case
const LOWER_WORD = /(?:^|\s)\p{Ll}{4,}/u;

// A title read as prose: a Title Case one ("Council To Vote On Budget Tonight") with its words after
// the first in lower case, so the tagger reads it as a sentence.
const prose = (title: string): Token[] =>
  readTitle(
    LOWER_WORD.test(title)
      ? title
      : title.replace(
          /(\s)(\p{Lu})(\p{Ll})/gu,
          (_, space: string, a: string, b: string) => `${space}${a.toLowerCase()}${b}`,
        ),
    title,
  );

/**
 * Whether a title as written tells its event as still ahead (`tellsAhead`).
 * @example
 * titleTellsAhead('Council to vote on budget tonight') // true
 * titleTellsAhead('Council passes budget') // false
 */
export const titleTellsAhead = (title: string): boolean => tellsAhead(prose(title));

/**
 * Whether a headline is an explainer's, an opinion's or a Q&A's: a question ("?"), a kicker of such a
 * kind ("Analysis: …"), a headline or its part after a colon opening on a question word ("What the
 * closure means", "Dam repairs: why the spillway must close"; an acronym, "WHO", is no such word), or
 * an explainer's phrase ("… explained").
 */
export function angleTitle(title: string): boolean {
  const text = title.trim();
  if (/\?\s*$/.test(text)) return true;
  const lower = text.toLowerCase();
  if (ANGLE_PHRASES.some((p) => new RegExp(`(?<![\\p{L}])${p}(?![\\p{L}])`, 'u').test(lower))) return true;
  const parts = text.split(/\s*[:|]\s+|\s+[–—]\s+/);
  const kicker = parts.length > 1 ? (parts[0] as string).toLowerCase().split(/\s+/) : [];
  if (kicker.some((w) => ANGLE_KICKER_WORDS.has(w))) return true;
  return parts.some((part) => {
    const first = /^[\p{L}&]+/u.exec(part)?.[0] ?? '';
    return first.length > 1 && first !== first.toUpperCase() && ANGLE_OPENERS.has(first.toLowerCase());
  });
}

const MOOD_WORDS = new Set([...FUTURE_MARKERS, ...HYPOTHETICAL_MARKERS]);

/**
 * Whether an article's opening sentence tells its event as done: read as happened, not negated, and
 * with no word of the future or of a possibility ("will", "could", "if"): "The council passed its
 * budget on Tuesday" does, "The board said the spillway will close" does not.
 */
export function opensDone(sentence: string): boolean {
  const tokens = readTitle(sentence, sentence);
  const mood = modalityOf(tokens);
  return (
    mood.modality === 'happened' &&
    !mood.negated &&
    mood.predicate >= 0 &&
    !tokens.some(
      (t) => MOOD_WORDS.has(t.norm) && !(t.norm === 'may' && (t.pos === 'NOUN' || t.pos === 'PROPN')),
    )
  );
}

/**
 * Whether an article reports its story's event as done: its headline neither a plan nor an angle,
 * and its opening sentence telling the event as happened (`opensDone`).
 */
export const reportsDone = (title: string, opening: string): boolean =>
  !titleTellsAhead(title) && !angleTitle(title) && opensDone(opening);
