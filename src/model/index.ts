export * from './article.ts';
export * from './corrections.ts';
export * from './coverage.ts';
export type { Deadline } from './deadline.ts';
export * from './evidence.ts';
export * from './facts.ts';
export * from './framing.ts';
export * from './report.ts';
export * from './stage.ts';
