// Words made only of these need no quoting in a POSIX shell (nor in PowerShell or cmd for the common
// cases: a path with no space or sign); a `~` only where it does not start the word (a story list's
// cursor, "2026-12-07T08:00:00.000Z~~s12").
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-][A-Za-z0-9_@%+=:,./~-]*$/;
// bash expands a `~` after `=` or `:` in an argument shaped as an assignment (`a=~/x` is `a=/home/ana/x`)
const TILDE_EXPANDED = /[=:]~/;

/**
 * A word as it can be pasted into a POSIX shell: as it is when it has no space or sign the shell reads,
 * in single quotes otherwise (a `'` in it written `'\''`). For hints that name a file the user gave
 * ("to poll now: parallax fetch --sources 'my feeds.csv'").
 * @example
 * shellWord('feeds.csv') // 'feeds.csv'
 * shellWord('my feeds.csv') // "'my feeds.csv'"
 */
export function shellWord(word: string): string {
  return PLAIN_WORD.test(word) && !TILDE_EXPANDED.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
