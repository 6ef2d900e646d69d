import { UsageError } from '../io/files.ts';
import { checkWritable, writeFileAtomic } from '../io/write-file.ts';
import { withRemovals } from '../store/removed-pages.ts';
import { splitNote, splitParts } from '../store/story-moves.ts';
import type { Store } from '../store/types.ts';
import { finalLine, outputChoice, renderOutput, selfCheckLines } from './output.ts';
import { anyReportOption, type ReportOptionValues, reportOptionsOf } from './report-options.ts';
import { noStoryMessage } from './story-ids.ts';

// `parallax story <id>`: one stored story's report, computed again only when stale, rendered in one
// format to stdout or a file (a part of store-commands.ts).

/**
 * Print or write the report of story `id`; returns the exit status (0). An id the store does not have
 * is a UsageError naming the ids it has; one merged into another story opens that story, said so,
 * and one the grouping parted says where its other articles are now. With report options (--terms,
 * --outlets, --summary-words, as analyze takes them) the report is computed with them from the
 * story's stored articles and not kept: the stored report stays the one every reader shares.
 */
export async function runStory(
  store: Store,
  id: string,
  values: {
    format?: string;
    output?: string;
    table?: string;
    verbose?: boolean;
    quiet?: boolean;
  } & ReportOptionValues,
  io: { readonly stdout: (text: string) => void; readonly stderr: (text: string) => void },
): Promise<number> {
  const output = values.output === '-' ? undefined : values.output;
  const choice = outputChoice(values.format, output, values.table);
  const given = anyReportOption(values) ? await reportOptionsOf(values) : null;
  if (output) await checkWritable(output);
  // the articles are read only when the report must be computed again (by storyReport)
  const found = await store.story(id, { articles: false });
  if (!found)
    throw new UsageError(
      noStoryMessage(
        id,
        (await store.stories()).map((s) => s.id),
      ),
    );
  if (found.story.id !== id) io.stderr(`parallax: story ${id} was merged into ${found.story.id}\n`);
  // a bookmarked id whose story was parted: where its other articles are now
  const split = splitNote(id, await splitParts(store, id), (live) => live);
  if (split) io.stderr(`parallax: ${split}\n`);
  // a readable report (this version's or a newer one's) is only rendered: the pipeline loads only to
  // compute a stale one, or one a newer Parallax made in a shape this code cannot read
  let report = found.report && found.story.reportReadable && !given ? found.report : null;
  if (!report) {
    const [{ createContext }, { computeStoryReport, storyReport, storyReportInput }] = await Promise.all([
      import('../model/index.ts'),
      import('../store/ingest/index.ts'),
    ]);
    const ctx = createContext({ now: new Date() });
    // with report options: computed from the stored articles with them (as storyReport computes), not kept
    const input = given && (await storyReportInput(store, found.story.id));
    report = !given
      ? await storyReport(store, found.story.id, {}, ctx)
      : input
        ? computeStoryReport(input, given, ctx)
        : null;
    if (!report) throw new UsageError(`no story "${id}" in the store (see parallax stories)`);
  }
  // its articles whose page was removed since they were stored, as the store knows now
  report = await withRemovals(store, report);
  const text = await renderOutput(report, choice);
  if (output) {
    await writeFileAtomic(output, text);
    if (!values.quiet) io.stderr(`parallax: ${finalLine(report, choice.format, output, choice.table)}\n`);
  } else io.stdout(text);
  // what analyze -v prints: how each story's facts stand in the articles
  if (values.verbose) for (const line of selfCheckLines(report)) io.stderr(`parallax: ${line}\n`);
  return 0;
}
