// The heavy half of the CLI, loaded by `import()` only when a command does real work, so that
// `--help`, `--version` and usage errors answer without loading the pipeline, zod or wink-nlp.
export { openAiRewriter, rewriteReportSummaries } from '../llm/index.ts';
export { createContext } from '../model/index.ts';
export { analyzeParallel } from '../parallel/index.ts';
export { analyze, readArticles } from '../pipeline.ts';
export { renderReport } from '../report/index.ts';
export { parseOutletTable, parseTermsFile } from '../stages/compare/index.ts';
