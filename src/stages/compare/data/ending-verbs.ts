import { dict } from '../../../text/data/dict.ts';

/**
 * Verbs that, said of a meeting, talks or a visit, tell it has ended, so took place ("the talks
 * broke up", "the meeting ended", "the summit wrapped up", "the session was adjourned"), with the
 * word that must follow each, if any. General English, not any one outlet's wording.
 */
export const ENDING_VERBS: Readonly<Record<string, string | null>> = dict({
  ended: null,
  broke: 'up',
  wrapped: 'up',
  concluded: null,
  adjourned: null,
  finished: null,
  closed: null,
});
