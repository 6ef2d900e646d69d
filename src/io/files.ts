import { closeSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { access, constants, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { constants as osConstants } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { Issue } from '../model/index.ts';
import { ARTICLE_ENDINGS, formatOf, type InputFile, MANIFEST_FILE } from '../stages/ingest/index.ts';
import { MAX_ARTICLE_BYTES, MAX_BUNDLE_BYTES } from '../stages/ingest/patterns.ts';
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
}

/**
 * Read every article file under the given paths (folders recursively, in name order; `-` is stdin),
 * each real file once however often and by whatever link it is named (`repeated` lists the paths
 * passed over). A path named on the command line that cannot be read is a UsageError; a bad file
 * inside a folder is reported as an issue and skipped; a manifest file is listed apart, never read as
 * an article.
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
  const first = async (file: string): Promise<boolean> => {
    const key = await realpath(file).catch(() => resolve(file));
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
            message: `${file}: not an article file (skipped)`,
          });
          continue;
        }
        await readChecked(file, limits, files, issues);
      }
    } else {
      if (!formatOf(path)) throw new UsageError(`unsupported file type: ${path} (expected ${ARTICLE_TYPES})`);
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
    files.push({ path, bytes: await readFile(path) });
  } catch (error) {
    skip('unreadable', (error as Error).message);
  }
}

/** Write a file all at once: to a temporary file beside it, then renamed over, so a failure leaves no half-file. */
export function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  return atomically(path, (temp) => writeFile(temp, content));
}

/**
 * Write a file from the pieces `fill` hands to its `write`, each written at once (so `fill` may reuse
 * a piece's buffer for the next), atomically as `writeFileAtomic` does: no buffer of the whole file.
 * @example
 * await writeFileAtomicFrom('report.json', (write) => writeJson(report, write));
 */
export function writeFileAtomicFrom(
  path: string,
  fill: (write: (bytes: Uint8Array) => void) => void,
): Promise<void> {
  return atomically(path, async (temp) => {
    const fd = openSync(temp, 'w');
    try {
      fill((bytes) => {
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
      });
    } finally {
      closeSync(fd);
    }
  });
}

/**
 * Check, before a long run, that a file can be written at `path`: its folder exists and takes files,
 * and it is no folder itself. Else a UsageError says why, as a failed write would at the end.
 * @example
 * await checkWritable('out/report.html'); // UsageError "cannot write out/report.html: no such folder"
 */
export async function checkWritable(path: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) throw new UsageError(`cannot write ${path}: it is a folder`);
  await access(dirname(path), constants.W_OK).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot write ${path}: ${writeRefusal(error.code)}`);
  });
}

// The file system's refusals a user meets, in words; any other is shown by its code.
const WRITE_REFUSALS: Readonly<Record<string, string>> = {
  ENOENT: 'no such folder',
  ENOTDIR: 'a part of its path is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
};
const writeRefusal = (code: string | undefined) => (code && WRITE_REFUSALS[code]) ?? code ?? 'unknown error';

// Write `path` through a temporary file beside it, renamed over it once `write` has filled it; on a
// failure the temporary file is removed, and a UsageError names the path and the system's refusal.
async function atomically(path: string, write: (temp: string) => Promise<void>): Promise<void> {
  // A device, pipe or socket (`-o /dev/null`, `-o /dev/stdout`, a FIFO) is written into, never
  // renamed over: a rename would put a plain file in its place (as root, even over /dev/null). A
  // symbolic link is followed, so the file it points at is replaced and the link stays.
  const target = await realpath(path).catch(() => path);
  const info = await stat(target).catch(() => null);
  if (info && !info.isFile() && !info.isDirectory())
    return write(target).catch((error: unknown) => refused(path, error));
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  // Ctrl-C or SIGTERM while writing: the temporary file is removed, then the process ends with the
  // signal's status (130, 143), so no half-written file is left beside the report
  const onSignal = (signal: NodeJS.Signals) => {
    try {
      unlinkSync(temp);
    } catch {}
    process.exit(128 + (osConstants.signals[signal] ?? 0));
  };
  const stopHandling = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await write(temp);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => {});
    refused(path, error);
  } finally {
    // a signal that came during the last write is read by the event loop after it: handled still
    setImmediate(stopHandling);
  }
}

// A failed write of `path`: the file system's refusal is the user's to fix (a UsageError naming the
// path and the refusal); any other error is the writer's own, thrown as it is.
function refused(path: string, error: unknown): never {
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code !== 'string') throw error;
  throw new UsageError(`cannot write ${path}: ${writeRefusal(code)}`);
}
