// Title case, read by the clean stage (a first line in title case with a stop is a headline) and by
// the extract stage (a quoted phrase in title case is a title, not anyone's words).

/**
 * Short words a title in title case may leave in lower case ("Varga to Run Again for Marrowby Seat",
 * "Contract with the Harbour"): articles, short conjunctions and prepositions. Any other word in lower
 * case makes a line a sentence ("Ilse Varga and Oren Palk are out.").
 */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(
  'a an the and but or nor for so yet of on in at to by up as vs via with from into onto over per off out'.split(
    ' ',
  ),
);
