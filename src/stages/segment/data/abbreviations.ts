/**
 * Title abbreviations written before a name with a full stop ("Const. Tim Fanning", "Supt. Lee"),
 * as written, without the stop. wink-nlp knows some ("Mr.", "Gen.", "Sgt.") and ends a sentence
 * after the others; the segment stage joins the two halves again when a name follows.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  `Const Cst Cpl Sgt Supt Insp Det Cmdr Capt Cpt Lt Col Maj Gen Brig Adm Pte Pvt Spc Rev Fr Msgr Prof Dr
  Mr Mrs Ms Gov Sen Rep Atty Pres Hon Amb Ald Cllr Sr Jr St`.split(/\s+/),
);

/**
 * Lower-case English words that wink-nlp reads, with a full stop, as an abbreviation ("Ill." Illinois,
 * "Mass.", "Wash.", "Ore.", "Sun.", "Sat.", "Wed.") and so runs on into the next sentence ("… was
 * seriously ill. Voss has been …"), each with its part of speech; the segment stage splits there.
 */
export const WORDS_READ_AS_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['ill', 'ADJ'],
  ['mass', 'NOUN'],
  ['miss', 'NOUN'],
  ['wash', 'NOUN'],
  ['ore', 'NOUN'],
  ['ark', 'NOUN'],
  ['fig', 'NOUN'],
  ['sun', 'NOUN'],
  ['sat', 'VERB'],
  ['wed', 'VERB'],
  ['mar', 'VERB'],
]);
