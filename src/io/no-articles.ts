// What a run that found no article says: the paths it was given, and the files there of other types.
import { basename } from 'node:path';
import type { Issue } from '../model/index.ts';
import { ARTICLE_TYPES, UsageError } from './files.ts';

/** The command line's paths as a user reads them: `-` is standard input. */
const shownPaths = (paths: readonly string[]): string =>
  paths.map((path) => (path === '-' ? 'standard input' : path)).join(' ');

// The paths of one kind as a phrase: how many, and the first three names ('…' when there are more).
function named(paths: readonly string[], one: string, many: string): string {
  if (!paths.length) return '';
  const names = paths.slice(0, 3).map((path) => basename(path));
  return (
    `${paths.length === 1 ? `1 ${one}` : `${paths.length} ${many}`} passed over: ` +
    `${names.join(', ')}${paths.length > 3 ? ', …' : ''}`
  );
}

/**
 * The files of other types a run's folders held (a .pdf, a .docx) and its symbolic links to nothing,
 * as phrases naming the first three of each, or '' when there were none: said whether or not the run
 * found articles besides.
 * @example
 * passedOver(issues); // '2 files of other types passed over: a.pdf, b.docx; 1 link to nothing passed over: c.txt'
 */
export function passedOver(issues: readonly Pick<Issue, 'code' | 'source'>[]): string {
  const of = (code: string) => issues.filter((issue) => issue.code === code).map((i) => i.source ?? '');
  return [
    named(of('ingest/unsupported'), 'file of another type', 'files of other types'),
    named(of('ingest/dangling-link'), 'link to nothing', 'links to nothing'),
    named(of('ingest/own-report'), 'Parallax report', 'Parallax reports'),
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * The usage error of a run that found no article in `paths`, naming the files of other types its
 * folders held (a .pdf, a .docx) and its links to nothing, which were passed over without a word.
 * @example
 * throw noArticlesIn(['docs/'], issues); // 'no articles found in docs/ (2 files of other types passed over: …)'
 */
export function noArticlesIn(paths: readonly string[], issues: readonly Issue[]): UsageError {
  const other = passedOver(issues);
  const passed = other ? ` (${other}; articles are ${ARTICLE_TYPES})` : '';
  return new UsageError(`no articles found in ${shownPaths(paths)}${passed}`);
}
