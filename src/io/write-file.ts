// Writing a user's output file (a report, -o): all at once through a temporary file beside it, and
// the file system's refusals told in words as a UsageError.
import { closeSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { access, constants, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { constants as osConstants } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './files.ts';

/** Write a file all at once: to a temporary file beside it, then renamed over, so a failure leaves no half-file. */
export function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  return atomically(path, (temp) => writeFile(temp, content));
}

/**
 * Write a file from the pieces `fill` hands to its `write`, each written at once (so `fill` may reuse
 * a piece's buffer for the next), atomically as `writeFileAtomic` does: no buffer of the whole file.
 * `fill` may take its time (make its pieces as it reads them): the file appears once it has settled.
 * @example
 * await writeFileAtomicFrom('report.json', (write) => writeJson(report, write));
 */
export function writeFileAtomicFrom(
  path: string,
  fill: (write: (bytes: Uint8Array) => void) => void | Promise<void>,
): Promise<void> {
  return atomically(path, async (temp) => {
    const fd = openSync(temp, 'w');
    try {
      await fill((bytes) => {
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
