// What two articles of a small run share of an event, beyond its setting. In a run of a few articles
// every shared key has the same document frequency, so the cosines weigh a town's name, the month and
// the year as much as the words that tell what happened: three short items of one town (a mill fire, a
// choir's title, a council vote) read as one story. A place, a date, a figure or "said" is the setting
// any two items of one town and month share; the event is told by the other words of the headline
// and first sentence (the lead's next sentence gives the setting, patterns.ts LATER_LEAD_WEIGHT), and
// by the people and bodies beyond the one name they share. A word more of the run's articles hold
// than the two sides is the run's setting too (a town's "town", its "quay"): an event's words are
// held by those who tell it.
import { MONTH_NUMBERS, WEEKDAY_NUMBERS } from '../../text/calendar.ts';
import { stem } from '../../text/normalise.ts';
import { rangeOf, type SignalCounts, type Vocabulary } from './counts.ts';
import { TIME_WORDS } from './data/time-words.ts';
import { TRIGGER_SKIP } from './patterns.ts';
import type { StoryProfile } from './score.ts';

// Words of the headline and lead that tell when or that something was said, not what happened.
const SETTING_WORDS = new Set(
  [...Object.keys(MONTH_NUMBERS), ...Object.keys(WEEKDAY_NUMBERS), ...TIME_WORDS, ...TRIGGER_SKIP].map(stem),
);

/**
 * How many keys of an event an article (its raw counts, keys read through `vocabulary`) shares with a
 * story: the words of its headline and first sentence (those counted whole in its lead; without a
 * headline, all its lead) the story's leads hold that are no figure, no weekday or month, no
 * reporting verb ("say", "announce"), no word of a name and no word held by more of the run's
 * articles than `within` (the article's side and the story's together: a word beyond them is the
 * run's setting); and the names the story's articles name too, the first left out (a town, the beat's
 * president: the setting), a name of several words counted once with its words.
 * @example
 * sharedEventKeys(millFire.counts, vocabulary, choirStory) // 0: only "Dunmarrow", "2025" in common
 */
export function sharedEventKeys(
  counts: SignalCounts,
  vocabulary: Vocabulary,
  story: StoryProfile,
  within = Number.POSITIVE_INFINITY,
): number {
  const [namesFrom, namesTo] = rangeOf(counts, 'names');
  const nameWords = new Set<string>();
  // the single words of its names that a shared name of several words already counts
  const counted = new Set<string>();
  let names = 0;
  for (let i = namesFrom; i < namesTo; i++) {
    const id = counts.ids[i] as number;
    const words = vocabulary.key(id).slice(2).split(' ');
    for (const word of words) nameWords.add(stem(word));
    if (words.length < 2 || !story.names.holds(id)) continue;
    names++;
    for (const word of words) counted.add(word);
  }
  for (let i = namesFrom; i < namesTo; i++) {
    const id = counts.ids[i] as number;
    const name = vocabulary.key(id).slice(2);
    if (!name.includes(' ') && !counted.has(name) && story.names.holds(id)) names++;
  }
  let words = 0;
  const [leadFrom, leadTo] = rangeOf(counts, 'lead');
  for (let i = leadFrom; i < leadTo; i++) {
    const id = counts.ids[i] as number;
    const term = vocabulary.key(id).slice(2);
    // a figure (#2025), a headline's word pair (its words count apart), the setting's words
    if (term.startsWith('#') || term.includes('+') || SETTING_WORDS.has(term) || nameWords.has(term))
      continue;
    // a word only of the lead's later sentences (counted at LATER_LEAD_WEIGHT, under 1) tells its setting
    if ((counts.counts[i] as number) < 1) continue;
    // and one articles beyond the two sides hold too, the run's setting (every item of a town says "town")
    if (story.lead.holds(id) && vocabulary.df(id) <= within) words++;
  }
  return words + Math.max(0, names - 1);
}
