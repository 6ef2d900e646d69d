import type { GroupingReason, Report } from '../model/index.ts';
import { articleLabels } from '../report/labels.ts';
import { CLEAR_WINNER_FLOOR, CLEAR_WINNER_MARGIN, SAME_STORY_THRESHOLD } from '../stages/cluster/patterns.ts';

const num = (x: number | null) => (x === null ? '-' : x.toFixed(2));

/**
 * The lines `--explain-grouping` prints: per story its topic and neighbours, then per article the
 * score that keeps it in the story (headline-and-lead, names and body cosines, the trigger words'
 * cosine and how much the weekdays and months named disagree), the names, lead terms and trigger
 * words it shares with the rest, the days it names, its distance in days, and which day was read and
 * from where.
 * @example
 * groupingLines(report); // ['s1 "Bridge closed" — topic t1 with s3', '  a2 Courier: 0.70 (lead 0.62 …', …]
 */
export function groupingLines(report: Report): string[] {
  const labels = articleLabels(report.articles, report.stories);
  const lines: string[] = [];
  for (const story of report.stories) {
    const neighbours = report.stories
      .filter((s) => s !== story && s.topicId === story.topicId)
      .map((s) => s.id);
    lines.push(
      `${story.id} "${story.title}" — topic ${story.topicId ?? '-'}${neighbours.length ? ` with ${neighbours.join(', ')}` : ', no neighbour'}`,
    );
    for (const r of story.grouping ?? []) {
      const who = `${r.articleId} ${labels.get(r.articleId) ?? ''}`.trim();
      const date = `${nearestPart(r)}${r.date ? `${r.date} (${r.dateSource})` : 'undated'}`;
      if (r.score === null) {
        lines.push(`  ${who}: alone in its story; ${date}`);
        continue;
      }
      const gap =
        r.gapDays === null
          ? ''
          : `; ${r.gapDays} day${r.gapDays === 1 ? '' : 's'} from the story's start${r.gapNamed ? ' by a date a headline or lead names' : ''}`;
      const follow = r.followUp
        ? `; joined as a follow-up: ${r.followUp.articleId} ${labels.get(r.followUp.articleId) ?? ''} names ${r.followUp.day}, the day of the other part's event (the lower bar of a story and its follow-up)`
        : '';
      const clear = r.clearWinner
        ? `; joined below the join bar (${SAME_STORY_THRESHOLD.toFixed(2)}) by the clear-winner rule: its best candidate story, above ${CLEAR_WINNER_FLOOR.toFixed(2)} and ${CLEAR_WINNER_MARGIN.toFixed(2)} above every other`
        : '';
      const days = r.namedDays.map((d) => d.charAt(0).toUpperCase() + d.slice(1)).join(', ') || '-';
      lines.push(
        `  ${who}: ${num(r.score)} (lead ${num(r.lead)}, names ${num(r.names)}, body ${num(r.body)}, triggers ${num(r.triggers)}, named days disagree ${num(r.whenConflict)}${r.siteConflict ? ', another site: score halved' : ''}); names: ${r.sharedNames.join(', ') || '-'}; lead: ${r.sharedLead.join(', ') || '-'}; triggers: ${r.sharedTriggers.join(', ') || '-'}; named days: ${days}${gap}${follow}${clear}; ${date}`,
      );
    }
  }
  return lines;
}

// The other story an article scores best against, and whether a site of another name lowered that
// score: `nearest s1 0.31, another site (tarrow (building); s1: fenwick (building)); ` (empty without one).
function nearestPart(r: GroupingReason): string {
  const near = r.nearest;
  if (!near) return '';
  const sites = near.siteConflict
    ? `, another site, score halved (${(r.sites ?? []).join(', ')}; ${near.storyId}: ${near.sites.join(', ')})`
    : '';
  return `nearest other story ${near.storyId} ${num(near.score)}${sites}; `;
}
