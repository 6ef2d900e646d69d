import { UsageError } from '../io/files.ts';

/**
 * The `--article-timeout` option of the commands that analyse articles (analyze, extract, ingest):
 * seconds as given, in the pipeline's milliseconds; nothing when not given (the pipeline's default).
 */
export function articleTimeoutOption(value: string | undefined): { articleTimeoutMs?: number } {
  if (value === undefined) return {};
  const seconds = Number(value);
  if (!(value.trim() !== '' && Number.isFinite(seconds) && seconds > 0))
    throw new UsageError(`--article-timeout takes a number of seconds above 0, not "${value}"`);
  return { articleTimeoutMs: seconds * 1000 };
}
