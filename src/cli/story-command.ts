import { UsageError } from '../io/files.ts';
import { checkWritable, writeFileAtomic } from '../io/write-file.ts';
import type { Report } from '../model/index.ts';
import type { ReportFormat } from '../report/index.ts';
import { withRemovals } from '../store/removed-pages.ts';
import { splitNote, splitParts } from '../store/story-moves.ts';
import type { Store } from '../store/types.ts';
import { finalLine, reportFormat } from './output.ts';
import { noStoryMessage } from './story-ids.ts';

// `parallax story <id>`: one stored story's report, computed again only when stale, rendered in one
// format to stdout or a file (a part of store-commands.ts).

/**
 * Print or write the report of story `id`; returns the exit status (0). An id the store does not have
 * is a UsageError naming the ids it has; one merged into another story opens that story, said so,
 * and one the grouping parted says where its other articles are now.
 */
export async function runStory(
  store: Store,
  id: string,
  values: { format?: string; output?: string },
  io: { readonly stdout: (text: string) => void; readonly stderr: (text: string) => void },
): Promise<number> {
  const output = values.output === '-' ? undefined : values.output;
  const format = reportFormat(values.format, output);
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
  let report = found.report && found.story.reportReadable ? found.report : null;
  if (!report) {
    const [{ createContext }, { storyReport }] = await Promise.all([
      import('../model/index.ts'),
      import('../store/ingest/index.ts'),
    ]);
    report = await storyReport(store, found.story.id, {}, createContext({ now: new Date() }));
    if (!report) throw new UsageError(`no story "${id}" in the store (see parallax stories)`);
  }
  // its articles whose page was removed since they were stored, as the store knows now
  report = await withRemovals(store, report);
  const text = await rendered(report, format);
  if (output) {
    await writeFileAtomic(output, text);
    io.stderr(`parallax: ${finalLine(report, format, output)}\n`);
  } else io.stdout(text);
  return 0;
}

// The report in one format, loading only that format's renderer: Markdown, the default, needs none of
// the story page's HTML, script and style (a tenth of a cold `parallax story`'s CPU time).
async function rendered(report: Report, format: ReportFormat): Promise<string> {
  if (format === 'md') return (await import('../report/markdown.ts')).renderMarkdown(report);
  return (await import('../report/index.ts')).renderReport(report, format);
}
