// The files of a folder as the commands read it: what a user's pile of articles holds, without the
// parts of it that are no articles.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Files below a folder, depth first, sorted by name; hidden files and folders, `node_modules` and a
 * saved page's companion folder (`isSavedPageFolder`) are passed over. Symbolic links are followed
 * (a folder of links to articles is a folder of articles), each folder once by its real path, so a
 * link back up the tree ends; a dangling link (one to nothing) is passed over, its path added to
 * `dangling` so that the caller can name it.
 */
export async function walk(
  folder: string,
  dangling: string[] = [],
  walked = new Set<string>(),
): Promise<string[]> {
  const real = await realpath(folder);
  if (walked.has(real)) return [];
  walked.add(real);
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  const names = new Set(entries.map((entry) => entry.name));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    const kind = entry.isSymbolicLink() ? await stat(path).catch(() => null) : entry;
    if (!kind) dangling.push(path);
    if (kind?.isDirectory() && isSavedPageFolder(entry.name, names)) continue;
    // a loop, not push(...list): a spread of a huge folder's list would overflow the stack
    if (kind?.isDirectory()) for (const file of await walk(path, dangling, walked)) out.push(file);
    else if (kind?.isFile()) out.push(path);
  }
  return out;
}

/**
 * Whether the folder `name` is the companion folder a browser writes beside a page saved whole
 * ("Save Page As…, Web Page, complete"): `X_files` beside `X.html` or `X.htm`, among its siblings
 * `names`. Its files are the page's scripts, styles, images and framed ads, no articles: an ad frame
 * saved there as `.html` was read as an input (and skipped, exit 3), its scripts named as files of
 * other types passed over.
 * @example
 * isSavedPageFolder('Story_files', new Set(['Story.html', 'Story_files'])); // true
 */
export function isSavedPageFolder(name: string, names: ReadonlySet<string>): boolean {
  if (!name.endsWith('_files')) return false;
  const stem = name.slice(0, -'_files'.length);
  return stem !== '' && (names.has(`${stem}.html`) || names.has(`${stem}.htm`));
}
