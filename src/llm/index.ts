export { type CheckResult, checkRewrite, figuresOf, namesOf } from './check.ts';
export { type OpenAiRewriterOptions, openAiRewriter, parseSentences } from './openai.ts';
export { type RewriteStats, rewriteReportSummaries } from './rewrite-report.ts';
export type { RewriteRequest, Rewriter } from './rewriter.ts';
