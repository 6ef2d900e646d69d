/**
 * Parallax's public library API: the whole pipeline (`analyze`), each stage on its own, the report
 * model with its zod schemas, the renderers, the store and the web app.
 * @example
 * import { analyze, createContext, renderReport } from 'parallax-news';
 * const report = analyze([{ path: 'a.txt', bytes }], {}, createContext());
 * console.log(renderReport(report, 'md'));
 */

// first: an old Node is told which Node the package needs before a module calls what it lacks
import './node-support.ts';

export {
  createFetcher,
  type FetcherOptions,
  type FetchIntoOptions,
  type FetchSummary,
  type FetchTarget,
  fetchInto,
  parseSources,
  reextract,
  storeHealth,
  watchSources,
} from './fetch/index.ts';
export * from './model/index.ts';
export { reportJsonSchema } from './model/json-schema.ts';
export { analyzeParallel, type ParallelOptions } from './parallel/index.ts';
export { type AnalyzeOptions, analyze, readArticles } from './pipeline.ts';
export { type ReportFormat, renderHtml, renderMarkdown, renderReport } from './report/index.ts';
export {
  type AppOptions,
  createApp,
  type ListenOptions,
  type RunningServer,
  startServer,
} from './server/index.ts';
export { type CleanOptions, clean } from './stages/clean/index.ts';
export { type ClusterOptions, cluster } from './stages/cluster/index.ts';
export { type CompareOptions, compare, corpusPrior } from './stages/compare/index.ts';
export { parseOutletTable, parseTermsFile } from './stages/compare/user-files.ts';
export { type ExtractOptions, extract } from './stages/extract/index.ts';
export { type IngestOptions, type InputFile, ingest } from './stages/ingest/index.ts';
export { type SegmentOptions, segment } from './stages/segment/index.ts';
export { type SummarizeOptions, summarize } from './stages/summarize/index.ts';
export { type SyndicateOptions, syndicate } from './stages/syndicate/index.ts';
export { type TimelineOptions, timeline } from './stages/timeline/index.ts';
export type { FeedState, FetchedPage, FetchSource } from './store/fetch-types.ts';
export { openStore } from './store/index.ts';
export {
  type IngestIntoOptions,
  type IngestProgress,
  type IngestSummary,
  ingestInto,
  refreshStale,
  storyReport,
} from './store/ingest/index.ts';
export type {
  ListFilter,
  NewArticle,
  SearchHit,
  Store,
  StoredArticle,
  StoreStats,
  StoryChange,
  StorySummary as StoreStorySummary,
  UpsertOutcome,
} from './store/types.ts';
export { VERSION } from './version.ts';
