import { readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Issue } from '../model/index.ts';
import { formatOf, type InputFile, MANIFEST_FILE } from '../stages/ingest/index.ts';

/** Misuse the user can fix (bad path, bad option): the CLI prints its message alone and exits non-zero. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** What reading the command line's paths found: readable files, manifests, and files that were skipped. */
export interface CollectedInputs {
  readonly files: InputFile[];
  readonly issues: Issue[];
  /** Manifest files (`manifest.csv`, `manifest.json`, `parallax-manifest.*`) found: never read as articles. */
  readonly manifests: string[];
}

/**
 * Read every article file under the given paths (folders recursively, in name order; `-` is stdin).
 * A path named on the command line that cannot be read is a UsageError; a bad file inside a folder
 * is reported as an issue and skipped; a manifest file is listed apart, never read as an article.
 */
export async function collectInputs(
  paths: readonly string[],
  readStdin: () => Promise<Uint8Array>,
): Promise<CollectedInputs> {
  const files: InputFile[] = [];
  const issues: Issue[] = [];
  const manifests: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      files.push({ path: '-', bytes: await readStdin() });
      continue;
    }
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(
        `cannot read ${path}: ${error.code === 'ENOENT' ? 'no such file or folder' : error.message}`,
      );
    });
    if (MANIFEST_FILE.test(basename(path))) manifests.push(path);
    else if (info.isDirectory()) {
      for (const file of await walk(path)) {
        if (MANIFEST_FILE.test(basename(file))) {
          manifests.push(file);
          continue;
        }
        if (!formatOf(file)) {
          issues.push({
            code: 'ingest/unsupported',
            severity: 'info',
            source: file,
            message: `${file}: not an article file (skipped)`,
          });
          continue;
        }
        try {
          files.push({ path: file, bytes: await readFile(file) });
        } catch (error) {
          issues.push({
            code: 'ingest/unreadable',
            severity: 'error',
            source: file,
            message: `${file}: ${(error as Error).message}`,
          });
        }
      }
    } else {
      if (!formatOf(path))
        throw new UsageError(
          `unsupported file type: ${path} (expected .txt, .md, .html, .htm, .json or .jsonl)`,
        );
      files.push({ path, bytes: await readFile(path) });
    }
  }
  return { files, issues, manifests };
}

// Files below a folder, depth first, sorted by name; hidden files and folders are passed over.
async function walk(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** Write a file all at once: to a temporary file beside it, then renamed over, so a failure leaves no half-file. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, content);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw new UsageError(
      `cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}
