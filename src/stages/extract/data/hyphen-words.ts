// Lower-case words written after a hyphen that never end a name: "Vessmark-born", "Norhaven-based",
// "Tarvonia-led". A short lower-case syllable after a hyphen that is not one of them ends a given
// name written with one ("Pak Sol-mi"): see names/joiners.ts syllableAfterHyphen.

/** Lower-case words after a hyphen that describe the name before it rather than end it. */
export const HYPHEN_SUFFIXES: ReadonlySet<string> = new Set(
  `born bred based led run owned backed made held style era area wide like type bound only free
  linked funded built ish esque elect`.split(/\s+/),
);
