// What a run says of the paths it passed over as naming a file it had read already.
import type { CollectedInputs } from './files.ts';

/**
 * The one line that says the paths passed over as naming a file read already: "in/b.txt is a.txt,
 * read once", "in/a.txt is named twice, read once" (by its folder and by itself), or "3 paths name
 * files read already, each read once (in/b.txt is a.txt, and 2 more)"; null when there were none.
 */
export function repeatedLine(repeated: CollectedInputs['repeated']): string | null {
  const [one] = repeated;
  if (!one) return null;
  // a file named by its folder and by its own path is found twice under one name: "x is x" says nothing
  const which = one.path === one.as ? `${one.path} is named twice` : `${one.path} is ${one.as}`;
  if (repeated.length === 1) return `${which}, read once`;
  const more = repeated.length - 1;
  return `${repeated.length} paths name files read already, each read once (${which}, and ${more} more)`;
}

/** Say `repeatedLine` on stderr, once, unless `quiet` or there is nothing to say. */
export function sayRepeated(
  repeated: CollectedInputs['repeated'],
  stderr: (text: string) => void,
  quiet = false,
): void {
  const line = repeatedLine(repeated);
  if (line && !quiet) stderr(`parallax: ${line}\n`);
}
