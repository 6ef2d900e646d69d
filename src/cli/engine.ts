// The heavy half of the CLI, loaded by `import()` only when a command does real work, so that
// `--help`, `--version` and usage errors answer without loading the pipeline, zod or wink-nlp.
// createContext from its own module: model/index.ts would load zod, which only validates reports
export { createContext } from '../model/stage.ts';
export { analyzeParallel } from '../parallel/index.ts';
export { analyze, readArticles } from '../pipeline.ts';
// the JSON file's renderer alone: the Markdown and HTML renderers load only for those formats
export { renderJson, writeJson } from '../report/json.ts';
