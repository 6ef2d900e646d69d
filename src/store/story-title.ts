/**
 * Which title a story list shows, said the same way by the CLI and the web app. A story is titled by
 * its report's headline once its report is computed (the title its page and `analyze` give it);
 * until then, and from a change of its articles until its report is computed again, it may carry the
 * title it was grouped under: a working title, marked so.
 */

/** The mark beside a title that may change once the story's report is computed (`reportStale`). */
export const WORKING_TITLE = 'working title';

/** The one line that says what the mark means. */
export const WORKING_TITLE_NOTE =
  "A working title is the one a story was grouped under: its report's headline replaces it once the report is computed";
