/** Input files read from an iterable a chunk at a time, with the records each chunk holds. */
import type { InputFile } from '../../stages/ingest/index.ts';
import { recordCount } from '../../stages/ingest/record-count.ts';

/** The chunks of an ingest's files, read as they are asked for. */
export interface Chunks {
  /** The `i`th chunk's files (undefined past the last); asking reads the files up to it. */
  at(i: number): InputFile[] | undefined;
  /** The records the `i`th chunk's files hold (`recordCount`), once it has been asked for. */
  records(i: number): number;
  /** Forget the `i`th chunk's files (their bytes are no longer needed); its counts stay. */
  drop(i: number): void;
  /** Files in all (`totalFiles` for an iterable, else those read so far). */
  totalFiles(): number;
  /**
   * Records in all: an array's, counted before the first chunk; an iterable's read so far, and one
   * for each of its `totalFiles` not read yet.
   */
  totalRecords(): number;
}

/** Read `files` `size` at a time (an array is counted whole first; an iterable as it is read). */
export function readChunks(files: Iterable<InputFile>, size: number, totalFiles?: number): Chunks {
  const whole = Array.isArray(files) ? (files as readonly InputFile[]) : null;
  // an array's files are counted once, before the first chunk
  const counts = whole?.map(recordCount);
  const allRecords = counts?.reduce((n, count) => n + count, 0);
  const source = files[Symbol.iterator]();
  const chunks: InputFile[][] = [];
  const sizes: { files: number; records: number }[] = [];
  let read = { files: 0, records: 0 };
  let exhausted = false;
  const at = (i: number): InputFile[] | undefined => {
    while (chunks.length <= i && !exhausted) {
      const chunk: InputFile[] = [];
      while (chunk.length < size) {
        const next = source.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        chunk.push(next.value);
      }
      if (!chunk.length) break;
      const records = counts
        ? counts.slice(read.files, read.files + chunk.length).reduce((n, count) => n + count, 0)
        : chunk.reduce((n, file) => n + recordCount(file), 0);
      chunks.push(chunk);
      sizes.push({ files: chunk.length, records });
      read = { files: read.files + chunk.length, records: read.records + records };
    }
    return chunks[i];
  };
  const files_ = () => whole?.length ?? Math.max(read.files, totalFiles ?? read.files);
  return {
    at,
    records: (i) => sizes[i]?.records ?? 0,
    drop: (i) => {
      chunks[i] = [];
    },
    totalFiles: files_,
    totalRecords: () => allRecords ?? read.records + Math.max(0, files_() - read.files),
  };
}
