// Files saved twice under two names ("Story.txt" and "copy of Story.txt"), for a store: there the same
// text is one article anyway (known again by its text's hash), and the copy stored first kept it, so
// the manifest's outlet for the other name was refused as a change to a stored article. `analyze`
// reads both: two outlets may run one wire text verbatim, and the syndicate stage tells the copy.
import { createHash } from 'node:crypto';
import type { InputFile } from '../stages/ingest/index.ts';

/** A file passed over as a byte-for-byte copy of another input (`as`), which is read. */
export interface InputCopy {
  readonly path: string;
  readonly as: string;
}

/**
 * The inputs with each byte-identical copy left out: of files with the same bytes, the ones the
 * manifest describes are read (`named`: several named are all read, as the user told them apart), else
 * the first in the inputs' order. Empty files are kept, each to be skipped with its own reason.
 * @example
 * dropCopies(files, (path) => manifest.byInput.has(path)) // { files, copies: [{ path: 'in/copy of a.txt', as: 'in/a.txt' }] }
 */
export function dropCopies(
  files: readonly InputFile[],
  named: (path: string) => boolean = () => false,
): { files: InputFile[]; copies: InputCopy[] } {
  const groups = new Map<string, InputFile[]>();
  for (const file of files) {
    if (!file.bytes.length) continue;
    const key = createHash('sha256').update(file.bytes).digest('hex');
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  const dropped = new Map<InputFile, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const described = group.filter((file) => named(file.path));
    const kept = described.length ? described : group.slice(0, 1);
    for (const file of group) if (!kept.includes(file)) dropped.set(file, kept[0]?.path ?? '');
  }
  return {
    files: files.filter((file) => !dropped.has(file)),
    copies: [...dropped].map(([file, as]) => ({ path: file.path, as })),
  };
}

/**
 * The one line that says the copies passed over: "in/copy.txt has the same bytes as in/a.txt, read
 * once", or "3 files are copies of others, each read once (in/copy.txt is in/a.txt, and 2 more)";
 * null when there were none.
 */
export function copiesLine(copies: readonly InputCopy[]): string | null {
  const [one] = copies;
  if (!one) return null;
  if (copies.length === 1) return `${one.path} has the same bytes as ${one.as}, read once`;
  const more = copies.length - 1;
  return `${copies.length} files are copies of others, each read once (${one.path} is ${one.as}, and ${more} more)`;
}
