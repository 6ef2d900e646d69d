// The words around a number that make it someone's age, read by text/ages.ts.

/** Whose before a decade make it an age, no date ("in his 30s", "her late teens"). */
export const AGE_DECADE_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'your', 'our']);
/** The words that may stand between such an owner and its decade ("his early 20s", "her mid-30s"). */
export const AGE_DECADE_MODIFIERS: ReadonlySet<string> = new Set(['early', 'mid', 'late', '-']);

/** Words right before a number that make it an age ("aged 81", "at age 64", "ages 15 to 22"). */
export const AGE_WORDS: ReadonlySet<string> = new Set(['age', 'aged', 'ages']);
/** A person before "was"/"is" and a number that ends its clause: an age ("He was 77."). */
export const AGE_TOLD_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'who']);
/** The verbs between such a person and the number. */
export const AGE_TOLD_VERBS: ReadonlySet<string> = new Set(['was', 'is']);
/** Verbs after which "at" and a number that ends the clause tell an age ("died in prison at 77"). */
export const AGE_AT_VERBS: ReadonlySet<string> = new Set(['die', 'dies', 'died']);
