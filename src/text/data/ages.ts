// The words around a number that make it someone's age, read by text/ages.ts.

/** Whose before a decade make it an age, no date ("in his 30s", "her late teens"); and the words between. */
export const AGE_DECADE_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'your', 'our']);
export const AGE_DECADE_MODIFIERS: ReadonlySet<string> = new Set(['early', 'mid', 'late', '-']);

/** Words right before a number that make it an age ("aged 81", "at age 64", "ages 15 to 22"). */
export const AGE_WORDS: ReadonlySet<string> = new Set(['age', 'aged', 'ages']);
/** A person and "was"/"is" before a number that ends its clause: an age ("He was 77."). */
export const AGE_TOLD_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'who']);
export const AGE_TOLD_VERBS: ReadonlySet<string> = new Set(['was', 'is']);
/** Verbs after which "at" and a number that ends the clause tell an age ("died in prison at 77"). */
export const AGE_AT_VERBS: ReadonlySet<string> = new Set(['die', 'dies', 'died']);
