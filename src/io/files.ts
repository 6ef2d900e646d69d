import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Issue } from '../model/index.ts';
import {
  ARTICLE_ENDINGS,
  documentHint,
  formatOf,
  type InputFile,
  MANIFEST_FILE,
} from '../stages/ingest/index.ts';
import { MAX_ARTICLE_BYTES, MAX_BUNDLE_BYTES } from '../stages/ingest/patterns.ts';
import { isOwnReport } from './own-report.ts';
import { walk } from './walk.ts';

/** The article file types the CLI's messages name (ingest's `ARTICLE_ENDINGS`): ".txt, .md, … or .jsonl". */
export const ARTICLE_TYPES = `${ARTICLE_ENDINGS.slice(0, -1).join(', ')} or ${ARTICLE_ENDINGS.at(-1)}`;

/** Misuse the user can fix (bad path, bad option): the CLI prints its message alone and exits non-zero. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Read a user's data file (contested terms, outlet table): unreadable or malformed is a usage error. */
export async function readUserFile<T>(path: string, parse: (text: string) => T): Promise<T> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  try {
    return parse(text);
  } catch (error) {
    throw new UsageError(`${path}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** What reading the command line's paths found: readable files, manifests, and files that were skipped. */
export interface CollectedInputs {
  readonly files: InputFile[];
  readonly issues: Issue[];
  /** Manifest files (`manifest.csv`, `manifest.json`, `parallax-manifest.*`) found: never read as articles. */
  readonly manifests: string[];
  /** Paths passed over because they name a file read already (by a link, its folder, or named again), each with that file's path. */
  readonly repeated: { readonly path: string; readonly as: string }[];
}

/** Size limits checked before a file is read (the ingest stage's limits, by default). */
export interface ReadLimits {
  /** Largest text or HTML file read, in bytes. */
  readonly maxBytes?: number;
  /** Largest JSON or JSONL bundle read, in bytes. */
  readonly maxBundleBytes?: number;
  /** The file the run will write (analyze's `-o`): never read as an input. */
  readonly output?: string;
  /** The manifest named by `--manifest`: never read as an input, nor said to be passed over. */
  readonly manifest?: string;
}

/**
 * Read every article file under the given paths (folders recursively, in name order; `-` is stdin),
 * each real file once however often and by whatever link it is named (`repeated` lists the paths
 * passed over). A path named on the command line that cannot be read is a UsageError; a bad file
 * inside a folder is reported as an issue and skipped; a manifest file is listed apart, never read as
 * an article, nor is a report Parallax wrote (an earlier run's, found by its opening) or the file
 * `limits.output` the run will write: each is skipped with an issue `ingest/own-report`.
 * Sizes are checked before reading: a file over its limit is skipped unread, with a reason.
 */
export async function collectInputs(
  paths: readonly string[],
  readStdin: () => Promise<Uint8Array>,
  limits: ReadLimits = {},
): Promise<CollectedInputs> {
  const files: InputFile[] = [];
  const issues: Issue[] = [];
  const manifests: string[] = [];
  const repeated: { path: string; as: string }[] = [];
  // a file named twice (itself and its folder, a folder twice, or through a symbolic link) is read
  // once, by its real path: else it would count as two articles, its rows of the manifest match two
  // inputs, or its manifest be found twice
  const seen = new Map<string, string>();
  const output = limits.output && (await realpath(limits.output).catch(() => resolve(limits.output ?? '')));
  const manifest =
    limits.manifest && (await realpath(limits.manifest).catch(() => resolve(limits.manifest ?? '')));
  const first = async (file: string): Promise<boolean> => {
    const key = await realpath(file).catch(() => resolve(file));
    if (key === manifest) return false;
    if (key === output) {
      ownReport(issues, file, 'the report this run writes');
      return false;
    }
    const as = seen.get(key);
    if (as !== undefined) repeated.push({ path: file, as });
    else seen.set(key, file);
    return as === undefined;
  };
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
    if (!info.isDirectory() && !(await first(path))) continue;
    if (MANIFEST_FILE.test(basename(path))) manifests.push(path);
    else if (info.isDirectory()) {
      const dangling: string[] = [];
      const found = await walk(path, dangling);
      // a link to nothing is named, as a file of another type is: said, not passed over in silence
      for (const link of dangling)
        issues.push({
          code: 'ingest/dangling-link',
          severity: 'info',
          source: link,
          message: `${link}: a symbolic link to nothing (skipped)`,
        });
      for (const file of found) {
        if (!(await first(file))) continue;
        if (MANIFEST_FILE.test(basename(file))) {
          manifests.push(file);
          continue;
        }
        if (!formatOf(file)) {
          issues.push({
            code: 'ingest/unsupported',
            severity: 'info',
            source: file,
            message: `${file}: not an article file (skipped${documentHint(file) ? `; ${documentHint(file)}` : ''})`,
          });
          continue;
        }
        await readChecked(file, limits, files, issues);
      }
    } else {
      if (!formatOf(path)) {
        const hint = documentHint(path) ? `; ${documentHint(path)}` : '';
        throw new UsageError(`unsupported file type: ${path} (expected ${ARTICLE_TYPES}${hint})`);
      }
      await readChecked(path, limits, files, issues);
    }
  }
  return { files, issues, manifests, repeated };
}

/**
 * Read a stream (standard input) but never more than `max + 1` bytes: past the limit reading stops,
 * and the ingest stage skips the over-long input with its reason instead of the run holding it all.
 */
export async function readCapped(
  stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  max = MAX_ARTICLE_BYTES,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    chunks.push(bytes.subarray(0, max + 1 - total));
    total += Math.min(bytes.length, max + 1 - total);
    if (total > max) break;
  }
  return Buffer.concat(chunks, total);
}

// Read one article file when its size is within its limit, else (or when reading fails) add an issue:
// stat first, so an oversized (or sparse) file is never read into memory.
async function readChecked(
  path: string,
  limits: ReadLimits,
  files: InputFile[],
  issues: Issue[],
): Promise<void> {
  const bundle = /^json/.test(formatOf(path) ?? '');
  const limit = bundle ? (limits.maxBundleBytes ?? MAX_BUNDLE_BYTES) : (limits.maxBytes ?? MAX_ARTICLE_BYTES);
  const skip = (code: string, message: string) =>
    issues.push({ code: `ingest/${code}`, severity: 'error', source: path, message: `${path}: ${message}` });
  try {
    const { size } = await stat(path);
    if (size > limit) return void skip('too-large', `${size} bytes is over the ${limit}-byte limit`);
    const bytes = await readFile(path);
    if (isOwnReport(bytes)) ownReport(issues, path, 'a report Parallax wrote');
    else files.push({ path, bytes });
  } catch (error) {
    skip('unreadable', (error as Error).message);
  }
}

// A report of Parallax's own is no article: passed over and named, as a file of another type is.
function ownReport(issues: Issue[], path: string, what: string): void {
  issues.push({
    code: 'ingest/own-report',
    severity: 'info',
    source: path,
    message: `${path}: ${what} (skipped)`,
  });
}
