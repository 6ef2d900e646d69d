/**
 * Words that tell a date as the background of a person or a body, not as the news of the article
 * that gives it: "She was born on April 2, 1931", "The club, founded on May 1, 1904, …". A date after
 * one of them in its sentence, past an article's first sentence, is no day of the article
 * (`backgroundDateAt`, background-dates.ts). In a headline or first sentence a birth or a founding
 * is the news itself ("A princess was born on Monday, May 2, 2029").
 */
export const BACKGROUND_DATE_WORDS: readonly string[] = ['born', 'founded', 'established', 'incorporated'];
