import { formatOf, type InputFile } from '../stages/ingest/index.ts';
import { MAX_FILE_BYTES, MAX_PENDING_JOBS, MAX_UPLOAD_FILES, UPLOAD_EXTENSIONS } from './patterns.ts';

/** An article typed or pasted in: its text and what the user knows of it. */
export interface PastedArticle {
  readonly text: string;
  readonly title?: string | undefined;
  readonly outlet?: string | undefined;
  readonly url?: string | undefined;
  readonly publishedAt?: string | undefined;
}

/** Bad input to an upload: the status to answer (400 malformed, 413 too much, 429 busy) and a line for the user. */
export class UploadError extends Error {
  readonly status: 400 | 413 | 429;
  constructor(status: 400 | 413 | 429, message: string) {
    super(message);
    this.status = status;
  }
}

/** A pasted article as the ingest reads it: one JSON record (text and metadata), never a path on disk. */
export function pastedFile(article: PastedArticle, index: number): InputFile {
  const record = Object.fromEntries(
    Object.entries(article).filter(([, value]) => typeof value === 'string' && value.trim() !== ''),
  );
  const bytes = new TextEncoder().encode(JSON.stringify(record));
  if (bytes.length > MAX_FILE_BYTES)
    throw new UploadError(413, `the pasted article is over ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  return { path: `pasted-${index + 1}.json`, bytes };
}

/**
 * An uploaded file as the ingest reads it. Its name only labels it (`3/courier.html`, the extension
 * deciding how it is read, `.txt` when it has none): it never becomes a path on disk. The upload's
 * number is a folder of its own, which keeps two files of one name apart while the article of no
 * named outlet is labelled by the file's own name ("courier"), as `parallax analyze` labels it. A file of
 * another type (`.pdf`, `.rtf`, `.docx`) is refused by its name, as `parallax analyze` refuses it:
 * read as text, an RTF file's markup would be stored as the article.
 */
export async function uploadedFile(file: File, index: number): Promise<InputFile> {
  if (file.size > MAX_FILE_BYTES)
    throw new UploadError(413, `${file.name || 'a file'} is over ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const base = (file.name.split(/[\\/]/).pop() ?? '').replace(/[^\w.-]+/g, '_').replace(/^\.+/, '');
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  // every type ingest reads keeps its ending (".mhtml", and ".mht" though the form names it not)
  const known = extension !== '' && formatOf(`.${extension}`) !== undefined;
  // "notes.rtf" names a type; "Mr._Lee" names none ("_lee" is no extension), so it is read as text
  if (/^[a-z0-9]{1,8}$/.test(extension) && !known)
    throw new UploadError(
      400,
      `${file.name} is not a file Parallax reads: upload ${UPLOAD_EXTENSIONS.map((e) => `.${e}`).join(' ')} files (save a PDF or a document as text or HTML first)`,
    );
  const stem = (dot > 0 ? base.slice(0, dot) : base).slice(0, 60) || 'upload';
  return {
    path: `${index + 1}/${stem}.${known ? extension : 'txt'}`,
    bytes: new Uint8Array(await file.arrayBuffer()),
  };
}

/** Refuse new work while `pending` ingests are already queued or running. */
export function checkBusy(pending: number): void {
  if (pending >= MAX_PENDING_JOBS)
    throw new UploadError(429, `${pending} additions are under way: try again when one has finished`);
}

/** The count limit of one upload. */
export function checkCount(count: number): void {
  if (count > MAX_UPLOAD_FILES)
    throw new UploadError(413, `at most ${MAX_UPLOAD_FILES} files or articles at once (got ${count})`);
  if (count === 0) throw new UploadError(400, 'nothing to add: paste an article or choose files');
}

/** The http(s) URLs of a pasted list, one a line; a line that is not one is an error. */
export function urlList(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  for (const line of lines)
    if (!/^https?:\/\/\S+$/i.test(line))
      throw new UploadError(400, `not an http(s) URL: ${line.slice(0, 80)}`);
  return lines;
}
