import type { Token } from '../../../model/index.ts';
import { PLAN_WORDS, PLANNED_FOR } from '../data/modality-cues.ts';

// How a plan is told, read by the clause's mood (modality.ts) and by the ◷ marks: a plan for a time
// or place ("is set for Nov. 8") and a plan told as past ("was to release").

const word = (t: Token | undefined): string => t?.norm ?? '';

const BE_FORMS = new Set(['is', 'are', 'was', 'were', "'s", "'re", 'be']);

/**
 * Whether the words from `k` tell something as planned for a time or place: a form of "be", a plan
 * word and its preposition ("is set for", "are due in", "was scheduled for"; see PLANNED_FOR).
 */
export const plannedFor = (tokens: readonly Token[], k: number): boolean =>
  BE_FORMS.has(word(tokens[k])) && PLANNED_FOR[word(tokens[k + 1])]?.includes(word(tokens[k + 2])) === true;

const PAST_BE = new Set(['was', 'were', 'had']);
const PAST_PLAN = new Set([...PLAN_WORDS, 'going', 'about']);

/**
 * Whether a clause tells a plan as past ("were planning to hold a party when shots rang out", "had
 * planned to", "was going to", "was to release"): what was once ahead, told after the fact, so no
 * sign that the article was written before the event.
 */
export function tellsPastPlan(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, k) =>
      (PAST_PLAN.has(word(t)) &&
        word(tokens[k + 1]) === 'to' &&
        (PAST_BE.has(word(tokens[k - 1])) ||
          (word(tokens[k - 1]) === 'been' && word(tokens[k - 2]) === 'had'))) ||
      // "was to release an emergency patch yesterday": "was" / "were" right before "to" and its verb
      (word(t) === 'to' && /^(was|were)$/.test(word(tokens[k - 1])) && tokens[k + 1]?.pos === 'VERB'),
  );
}

/** Whether the "'d" at `k` is "had", not "would": right before "been" ("she'd been suspended"). */
export const hadBeen = (tokens: readonly Token[], k: number): boolean =>
  /^['’]d$/.test(tokens[k]?.text ?? '') && word(tokens[k + 1]) === 'been';
