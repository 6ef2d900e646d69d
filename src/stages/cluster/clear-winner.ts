// The clear-winner rule: an article also joins its best candidate story below the join bar when that
// story scores well above every other and the days they name do not wholly disagree.
import { CLEAR_WINNER_FLOOR, CLEAR_WINNER_MARGIN, CLEAR_WINNER_MAX_WHEN_CONFLICT } from './patterns.ts';
import type { ScoreParts } from './score.ts';

/**
 * Whether the best candidate story (`best`) is a clear winner: above `CLEAR_WINNER_FLOOR`, at least
 * `CLEAR_WINNER_MARGIN` above the next candidate's score (`runnerUp`), and with a `whenConflict` below
 * `CLEAR_WINNER_MAX_WHEN_CONFLICT` (the one word they share is then a place's, not an event's).
 */
export function isClearWinner(best: ScoreParts, runnerUp: number): boolean {
  return (
    best.score > CLEAR_WINNER_FLOOR &&
    best.score - runnerUp >= CLEAR_WINNER_MARGIN &&
    best.whenConflict < CLEAR_WINNER_MAX_WHEN_CONFLICT
  );
}
