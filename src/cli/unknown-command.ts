import { COMMAND_SYNONYMS } from './data/command-words.ts';

/**
 * The line for a command parallax does not have, naming the nearest one it has: the command users mean
 * by a common word ("show" → story), else one a typo or two away ("analyse", "stroy").
 * @example
 * unknownCommandLine('show', ['analyze', 'story']); // 'unknown command "show"; did you mean "parallax story"? (see parallax --help)'
 */
export function unknownCommandLine(command: string, commands: readonly string[]): string {
  const near = nearestCommand(command.toLowerCase(), commands);
  const hint = near ? `; did you mean "parallax ${near}"?` : '';
  return `unknown command "${command}"${hint} (see parallax --help)`;
}

function nearestCommand(word: string, commands: readonly string[]): string | null {
  const meant = COMMAND_SYNONYMS[word];
  if (meant && commands.includes(meant)) return meant;
  if (word.length < 3) return null;
  let best: string | null = null;
  let bestDistance = word.length < 5 ? 1 : 2;
  for (const command of commands) {
    const distance = editDistance(word, command);
    if (distance <= bestDistance && (best === null || distance < editDistance(word, best))) {
      best = command;
      bestDistance = distance;
    }
  }
  return best;
}

/** Letters to add, drop, change or swap with a neighbour to turn one word into the other. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const above = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const change = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + change,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}
