/**
 * Verbs that move a dated event to another day ("postponed from March 3 to April 9", "pushing the
 * date back from April 24 to April 29"), lower case, as stems (`stem` of normalise.ts) and as
 * irregular forms: with "from <date> to <date>" the first date is the old day, no event of the story.
 */
export const MOVE_VERBS: ReadonlySet<string> = new Set(
  `postpon delay push mov shift reschedul defer bump bring pull advanc`.split(/\s+/),
);

/** Modal auxiliaries: a verb after one tells no past ("could be released in May"). */
export const MODALS: ReadonlySet<string> = new Set(
  `can could may might must should would will shall wo ca`.split(/\s+/),
);
