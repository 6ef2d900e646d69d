import { createRequire } from 'node:module';
import { SCHEMA_VERSION } from './model/schema-version.ts';

/** Parallax's version, from its package.json. */
export const VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string })
  .version;

/**
 * The analysis's own version: bump it with every change that changes what a report says (a judge's
 * rule, a figure's reading, a word list), since the package's version stays the same between
 * releases (within a release, reports are ordered by it). A stored report made by a lower one is
 * computed again (see `REPORT_VERSION`).
 */
export const ANALYSIS_VERSION = 25;

/**
 * What made a report: the package's version, the report's JSON shape (`SCHEMA_VERSION`) and the
 * analysis's version, as `0.1.0+report.4.analysis.21`. It is the JSON report's `generator.version`,
 * and the store keeps it with each report: a stored report of an older version is stale, as one whose
 * story's articles changed is, and one of a newer version is kept (`reportStanding` in
 * store/report-version.ts).
 */
export const REPORT_VERSION = `${VERSION}+report.${SCHEMA_VERSION}.analysis.${ANALYSIS_VERSION}`;
