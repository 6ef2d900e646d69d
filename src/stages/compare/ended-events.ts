import type { Token } from '../../model/index.ts';
import { eventDayKeys } from '../../text/dates/event-days.ts';
import { stem } from '../../text/normalise.ts';
import type { Claim } from './claims.ts';
import { ENDING_VERBS } from './data/ending-verbs.ts';
import { markAbsentOnEvents } from './plans-before.ts';
import type { CheckedFact } from './support/facts.ts';
import { moodBefore } from './support/modality.ts';
import type { Reading } from './support/reading.ts';
import { sameClass } from './support/relations.ts';

// How far after the event's noun its ending verb may stand ("talks at City Hall on Tuesday broke up").
const ENDING_REACH = 8;

/**
 * Whether a claim tells an event of one of `kinds` (stems: "talk", "meet", or one of their
 * predicate class: "talks" tell a meeting) as ended, so as having
 * taken place: the event's noun, then, before any other verb or punctuation, an ending verb told
 * as done and not negated ("the talks broke up", "the meeting was adjourned"; not "the talks will
 * end", "the session has not ended").
 */
export function tellsEnded(tokens: readonly Token[], kinds: ReadonlySet<string>): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const s = stem(t.text);
    if (t.pos !== 'NOUN' || ![...kinds].some((kind) => sameClass(kind, s))) continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 1 + ENDING_REACH); k++) {
      const v = tokens[k] as Token;
      const after = ENDING_VERBS[v.norm];
      if (after !== undefined && (after === null || tokens[k + 1]?.norm === after)) {
        const mood = moodBefore(tokens, k);
        if (mood.modality === 'happened' && !mood.negated) return true;
        break;
      }
      if (v.pos === 'PUNCT' || (v.pos === 'VERB' && !/^(was|were|had|has|have)$/.test(v.norm))) break;
    }
  }
  return false;
}

/**
 * An article that tells a meeting, visit or talks of the day a fact dates them to (that weekday,
 * where the article has no date) as ended ("the talks at City Hall on Tuesday broke up without a
 * plan") tells that they took place: on the fact that tells them as done it "supports" with that
 * sentence, not "does not mention it". Only articles marked absent change; a quotation is the
 * speaker's telling, not the article's.
 * @example
 * // a3: "City officials and the union met on Tuesday"; a4: "… after talks on Tuesday broke up without a deal"
 * markEndedEvents(checked, claims, readingOf) // a4: supports a3's fact
 */
export function markEndedEvents(
  checked: readonly CheckedFact[],
  claims: readonly Claim[],
  readingOf: (index: number) => Reading,
): CheckedFact[] {
  return markAbsentOnEvents(
    checked,
    claims,
    // the fact's side keys each date's weekday too, so an undated "on Tuesday" meets a dated Tuesday
    (c) => eventDayKeys(readingOf(c.index).dates, 'always'),
    (c, kinds, days) =>
      tellsEnded(c.tokens, kinds) &&
      eventDayKeys(readingOf(c.index).dates, 'undated').some((d) => days.has(d)),
    { mark: 'supports', reason: 'tells it ended on that day: it took place' },
  );
}
