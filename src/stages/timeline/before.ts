import type { DateMention } from '../../text/dates/mentions.ts';
import { resolveDate } from '../../text/dates/resolve.ts';
import { stem } from '../../text/normalise.ts';
import { sameEvent } from './words.ts';

/** A date expression with the content words of its sentence. */
type WordedMention = DateMention & { readonly words?: ReadonlySet<string>; readonly planToldOn?: boolean };

/** What bounding an article's day reads of it: its date expressions and what it tells as still ahead. */
interface Told {
  readonly id: string;
  readonly mentions: readonly WordedMention[];
  readonly plans?: readonly PlannedSentence[];
}

/** A sentence that tells something as still ahead ("will meet …", "set to strike on Monday"), by its words. */
export interface PlannedSentence {
  readonly words: ReadonlySet<string>;
  /** True when it is due later the same day ("later on Tuesday", "tonight"): written that day, not before. */
  readonly sameDay: boolean;
}

/** A past event an article dates to a known day, with its sentence's words. */
export interface KnownEvent {
  readonly articleId: string;
  readonly day: number;
  readonly words: ReadonlySet<string>;
  /**
   * True when a weekday of an article whose day of writing is known dates it: news of the days before
   * that day, where a full date may be a day fixed long ahead ("the Oscars on Sunday, February 22").
   */
  readonly recent?: boolean;
}

/** Tunables of the same-event test. */
export interface SameEventOptions {
  readonly minOverlap: number;
  readonly minShared: number;
}

const pastWeekday = (m: WordedMention): boolean =>
  m.value.kind === 'weekday' && m.value.shift === null && m.value.week === undefined && !m.future;

/**
 * The past events the story dates to a day: full dates in past clauses ("met … on Wednesday, Dec. 27"),
 * and the past weekdays of an article whose own date is known (given or by dateline); not the day a
 * plan was told (`planToldOn`).
 */
export function knownEvents(
  articles: readonly Told[],
  anchor: number | null,
  ownDay: (id: string) => number | null,
): KnownEvent[] {
  const out: KnownEvent[] = [];
  for (const article of articles) {
    const own = ownDay(article.id);
    for (const m of article.mentions) {
      // the day a plan was told ("will cut sailings, it said on Wednesday") bounds no article telling the plan
      if (m.future || !m.words || m.planToldOn) continue;
      const recent = m.value.kind !== 'day';
      const resolved = !recent
        ? resolveDate(m, anchor, 'closest')
        : own !== null && pastWeekday(m)
          ? resolveDate(m, own)
          : null;
      // a day after its own article was written is no event that article tells as past ("are due to
      // close on March 1, 2027" in an article of November 2026): it bounds no article telling it ahead
      if (resolved && !(own !== null && resolved.day > own))
        out.push({ articleId: article.id, day: resolved.day, words: m.words, ...(recent ? { recent } : {}) });
    }
  }
  return out;
}

// The stems of a sentence's words, so that "will walk off the job" meets "walked off the job"; kept by
// the words' set (one per sentence), which every undated article of the story is tested against.
const STEMS = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
function stems(words: ReadonlySet<string>): ReadonlySet<string> {
  let found = STEMS.get(words);
  if (!found) {
    found = new Set([...words].map(stem));
    STEMS.set(words, found);
  }
  return found;
}

// The known events' stems, and which events hold each stem: a plan can only tell the event of a
// sentence it shares a stem with (when the same-event test asks for a shared word at all).
interface EventIndex {
  readonly stems: readonly ReadonlySet<string>[];
  readonly byStem: ReadonlyMap<string, readonly number[]>;
}
const INDEXES = new WeakMap<readonly KnownEvent[], EventIndex>();
function indexOf(events: readonly KnownEvent[]): EventIndex {
  let index = INDEXES.get(events);
  if (index) return index;
  const byStem = new Map<string, number[]>();
  const all = events.map((e, k) => {
    const done = stems(e.words);
    for (const s of done) {
      const holders = byStem.get(s);
      if (holders) holders.push(k);
      else byStem.set(s, [k]);
    }
    return done;
  });
  index = { stems: all, byStem };
  INDEXES.set(events, index);
  return index;
}

// The events that may tell a plan's event: those sharing a stem with it, or all without a shared minimum.
function candidates(index: EventIndex, planned: ReadonlySet<string>, minShared: number): Iterable<number> {
  if (minShared < 1) return index.stems.keys();
  const found = new Set<number>();
  for (const s of planned) for (const k of index.byStem.get(s) ?? []) found.add(k);
  return found;
}

/**
 * The last day an article can have been written: it tells as still ahead ("will meet …") an event another
 * article tells as done on a known day, so it was written before that day (on it, for "later today").
 * Null when it tells no such event; `recent` when the event bounding it is a `recent` one.
 */
export function writtenBefore(
  article: Told,
  events: readonly KnownEvent[],
  options: SameEventOptions,
): { day: number; recent: boolean } | null {
  let last: { day: number; recent: boolean } | null = null;
  const index = indexOf(events);
  for (const plan of article.plans ?? []) {
    const planned = stems(plan.words);
    for (const k of candidates(index, planned, options.minShared)) {
      const e = events[k] as KnownEvent;
      if (e.articleId === article.id) continue;
      if (!sameEvent(planned, index.stems[k] as ReadonlySet<string>, options.minOverlap, options.minShared))
        continue;
      const bound = plan.sameDay ? e.day : e.day - 1;
      if (last === null || bound < last.day) last = { day: bound, recent: e.recent === true };
    }
  }
  return last;
}
