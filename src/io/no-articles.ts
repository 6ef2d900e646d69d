// What a run that found no article says: the paths it was given, and the files there of other types.
import { basename } from 'node:path';
import type { Issue } from '../model/index.ts';
import { UsageError } from './files.ts';

/** The command line's paths as a user reads them: `-` is standard input. */
const shownPaths = (paths: readonly string[]): string =>
  paths.map((path) => (path === '-' ? 'standard input' : path)).join(' ');

/**
 * The files of other types a run's folders held (a .pdf, a .docx), as one phrase naming the first
 * three, or '' when there were none: said whether or not the run found articles besides.
 * @example
 * passedOver(issues); // '2 files of other types passed over: a.pdf, b.docx'
 */
export function passedOver(issues: readonly Pick<Issue, 'code' | 'source'>[]): string {
  const other = issues.filter((issue) => issue.code === 'ingest/unsupported').map((i) => i.source ?? '');
  if (!other.length) return '';
  const names = other.slice(0, 3).map((path) => basename(path));
  return (
    `${other.length === 1 ? '1 file of another type' : `${other.length} files of other types`} passed over: ` +
    `${names.join(', ')}${other.length > 3 ? ', …' : ''}`
  );
}

/**
 * The usage error of a run that found no article in `paths`, naming the files of other types its
 * folders held (a .pdf, a .docx), which were passed over without a word.
 * @example
 * throw noArticlesIn(['docs/'], issues); // 'no articles found in docs/ (2 files of other types passed over: …)'
 */
export function noArticlesIn(paths: readonly string[], issues: readonly Issue[]): UsageError {
  const other = passedOver(issues);
  const passed = other ? ` (${other}; articles are .txt, .md, .html, .htm, .json or .jsonl)` : '';
  return new UsageError(`no articles found in ${shownPaths(paths)}${passed}`);
}
