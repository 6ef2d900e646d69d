// What the report says when no article of a run gives a day: the grouping then reads words alone,
// and look-alike events of other days (another vote of the same council, another fire of the town)
// are as near as one event's reports. Dates part them; a user who has them can give them.
import type { Issue } from '../../model/index.ts';
import type { ArticleFeatures } from './features.ts';

/**
 * The `cluster/undated` issue when two or more articles are grouped and none gives a day (no
 * publication date, no dateline, no full date in its opening); null otherwise.
 * @example
 * undatedIssue([{ day: null }, { day: null }]) // { code: 'cluster/undated', severity: 'info', message: 'none of the 2 articles … }
 */
export function undatedIssue(features: readonly Pick<ArticleFeatures, 'day'>[]): Issue | null {
  if (features.length < 2 || features.some((f) => f.day !== null)) return null;
  return {
    code: 'cluster/undated',
    severity: 'info',
    message: `none of the ${features.length} articles gives a date (no publication date, dateline or full date in its opening), so the grouping could not use time: look-alike events of other days (another vote, another fire, the same people) may be one story. Give each article its date (a manifest's publishedAt) to part them.`,
  };
}
