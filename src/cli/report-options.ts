// The options that shape a story's report (not which articles it has): analyze takes them, and so
// does story, which computes a stored story's report with them. One reader for both.
import { readUserFile, UsageError } from '../io/files.ts';
import type { StoryOptions } from '../pipeline-story.ts';

/** The report options' `parseArgs` entries. */
export const REPORT_OPTIONS = {
  'summary-words': { type: 'string' },
  terms: { type: 'string' },
  outlets: { type: 'string' },
} as const;

/** The report options as parsed (`REPORT_OPTIONS`' values). */
export interface ReportOptionValues {
  readonly 'summary-words'?: string | undefined;
  readonly terms?: string | undefined;
  readonly outlets?: string | undefined;
}

/** Whether any report option was given. */
export const anyReportOption = (values: ReportOptionValues): boolean =>
  Object.keys(REPORT_OPTIONS).some((name) => values[name as keyof ReportOptionValues] !== undefined);

/**
 * The report options as the pipeline's story options: the summary's budget checked, the terms and
 * outlet files read and parsed (a bad value or file is a UsageError naming it).
 */
export async function reportOptionsOf(
  values: ReportOptionValues,
): Promise<Pick<StoryOptions, 'summarize' | 'compare'>> {
  const words = values['summary-words'] === undefined ? undefined : Number(values['summary-words']);
  if (words !== undefined && !(Number.isInteger(words) && words > 0))
    throw new UsageError('--summary-words takes a whole number above 0');
  // the user files' parsers (and zod, which they validate with) load only when a file is given
  const userFiles = () => import('../stages/compare/user-files.ts');
  return {
    summarize: words ? { words } : {},
    compare: {
      ...(values.terms
        ? { terms: await readUserFile(values.terms, (await userFiles()).parseTermsFile) }
        : {}),
      ...(values.outlets
        ? { outlets: await readUserFile(values.outlets, (await userFiles()).parseOutletTable) }
        : {}),
    },
  };
}
