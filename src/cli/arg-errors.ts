// node:util parseArgs's errors, told as the CLI's other usage errors are: one short line naming the
// option and where its help is (its own messages speak of positionals and '-- "--x"', and run on
// over three lines for a value that starts with a dash).

const READINGS: readonly [RegExp, (option: string) => string][] = [
  [/^Unknown option '([^']+)'/, (option) => `unknown option ${option}`],
  [/^Option '(?:-\w, )?(--[\w-]+)(?: <value>)?' argument missing/, (option) => `${option} needs a value`],
  [
    /^Option '(?:-\w, )?(--[\w-]+)' argument is ambiguous/,
    (option) => `${option} needs a value (one that starts with "-" is written ${option}=-…)`,
  ],
  [/^Option '(?:-\w, )?(--[\w-]+)' does not take an argument/, (option) => `${option} takes no value`],
];

/**
 * The one line for a parseArgs error of `command`, or null when `error` is none.
 * @example
 * argumentErrorLine(error, 'analyze'); // 'unknown option --colour (see parallax analyze --help)'
 */
export function argumentErrorLine(error: unknown, command: string): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return null;
  const message = (error as Error).message;
  const said = READINGS.map(([pattern, say]) => {
    const option = pattern.exec(message)?.[1];
    return option === undefined ? null : say(option);
  }).find((line) => line !== null);
  return `${said ?? message.split('\n')[0]} (see parallax ${command} --help)`;
}
