// The version that made a stored report, for both backends, and how it stands against the version
// of the code reading the store. Several Parallax versions may share one store (an upgrade rolled
// out to one machine first): each must leave the others' reports alone unless they are older, or two
// versions would compute each other's reports again at every read, and an older one would replace a
// newer analysis with its own.
import type { Report } from '../model/index.ts';

/** The version that made a report, as stored with it: its `generator.version`; null when it names none. */
export function reportVersionOf(report: Report): string | null {
  const version = (report as { generator?: { version?: unknown } }).generator?.version;
  return typeof version === 'string' ? version : null;
}

/**
 * The title a report gives its story, as the story's page and `analyze` head it (its summary's
 * headline, else its grouping title); null when the report holds no such story. Saved with the report
 * as the story's title, so that a list names a story as its page does.
 */
export function reportTitle(report: Report, storyId: string): string | null {
  const stories = (report as { stories?: unknown }).stories;
  if (!Array.isArray(stories)) return null;
  const story = stories.find((s) => (s as { id?: unknown })?.id === storyId) as
    | { headline?: unknown; title?: unknown }
    | undefined;
  const title = typeof story?.headline === 'string' && story.headline.trim() ? story.headline : story?.title;
  return typeof title === 'string' && title.trim() ? title : null;
}

/** A `REPORT_VERSION` read into its parts: `0.1.0-rc.1+report.3.analysis.2`. */
interface VersionParts {
  readonly release: readonly number[];
  /** The pre-release's identifiers (`rc`, 1); empty for a release. */
  readonly pre: readonly (number | string)[];
  /** The report's JSON shape (`SCHEMA_VERSION`); -1 when not named. */
  readonly schema: number;
  /** The analysis's version (`ANALYSIS_VERSION`); -1 when not named. */
  readonly analysis: number;
}

const VERSION_FORM = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;

/** The parts of a report version, or null when it is not of `REPORT_VERSION`'s form. */
export function parseReportVersion(version: string): VersionParts | null {
  const match = VERSION_FORM.exec(version.trim());
  if (match === null) return null;
  const build = (match[5] ?? '').split('.');
  const after = (label: string): number => {
    const at = build.indexOf(label);
    const value = at < 0 ? undefined : build[at + 1];
    return value !== undefined && /^\d+$/.test(value) ? Number(value) : -1;
  };
  return {
    release: [Number(match[1]), Number(match[2]), Number(match[3])],
    pre: match[4] === undefined ? [] : match[4].split('.').map((id) => (/^\d+$/.test(id) ? Number(id) : id)),
    schema: after('report'),
    analysis: after('analysis'),
  };
}

const sign = (a: number, b: number): number => Math.sign(a - b);

// Semantic versioning's order of pre-releases: a release after its pre-releases, numbers before
// words, words by ASCII, a longer list after its prefix.
function comparePre(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  if (a.length === 0 || b.length === 0) return sign(b.length, a.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i] as number | string, b[i] as number | string];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return sign(x, y);
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return sign(a.length, b.length);
}

/**
 * The order of two report versions: the package's release (semantic versioning: by number, then a
 * pre-release before its release), then the analysis's version, then the report's shape. A version
 * that names none, or is not of `REPORT_VERSION`'s form, comes before every one that is. Negative
 * when `a` is older.
 * @example
 * compareReportVersions('0.1.0+report.3.analysis.10', '0.1.0+report.3.analysis.9'); // 1
 */
export function compareReportVersions(a: string | null, b: string | null): number {
  const [x, y] = [a === null ? null : parseReportVersion(a), b === null ? null : parseReportVersion(b)];
  if (x === null || y === null) return sign(x === null ? 0 : 1, y === null ? 0 : 1);
  for (let i = 0; i < 3; i++) {
    const order = sign(x.release[i] ?? 0, y.release[i] ?? 0);
    if (order !== 0) return order;
  }
  return comparePre(x.pre, y.pre) || sign(x.analysis, y.analysis) || sign(x.schema, y.schema);
}

/**
 * How a stored report stands for the code reading it: made by this version (or one equal to it),
 * by an `older` one (computed again and stored over), by a `newer` one whose report shape this code
 * reads (served as it is, never overwritten), or by a newer one of another shape (`unreadable`:
 * computed for the reader in memory and not stored).
 */
export type ReportStanding = 'current' | 'older' | 'newer' | 'unreadable';

/** How a report made by `made` (null: it names no version) stands for code of version `reader`. */
export function reportStanding(made: string | null, reader: string): ReportStanding {
  const order = compareReportVersions(made, reader);
  if (order < 0) return 'older';
  if (order === 0) return 'current';
  const shape = (version: string) => parseReportVersion(version)?.schema;
  return made !== null && shape(made) === shape(reader) ? 'newer' : 'unreadable';
}

/** A story summary's report fields (see `StorySummary`), from what a backend reads of its stored report. */
export function reportState(
  stored: { readonly version: string | null; readonly missing: boolean; readonly outdated: boolean },
  reader: string,
): { reportStale: boolean; reportReadable: boolean; reportVersion: string | null; titleWorking: boolean } {
  const standing = stored.missing || stored.outdated ? 'older' : reportStanding(stored.version, reader);
  return {
    reportStale: standing === 'older',
    titleWorking: stored.missing || stored.outdated,
    reportReadable: standing === 'current' || standing === 'newer',
    reportVersion: stored.missing ? null : stored.version,
  };
}

/** Of the report versions a store holds, those older than `reader`'s (their stories' reports are stale). */
export function olderVersions(versions: readonly (string | null)[], reader: string): string[] {
  return versions.filter((v): v is string => v !== null && reportStanding(v, reader) === 'older');
}

/**
 * Whether a report made by `incoming` may replace the stored one made by `stored` for the same
 * articles: not when the stored one is newer, so an older reader never undoes a newer analysis.
 */
export function mayReplace(stored: string | null, incoming: string | null): boolean {
  return compareReportVersions(stored, incoming) <= 0;
}
