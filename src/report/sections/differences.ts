import type { Conflict, Report, Story } from '../../model/index.ts';
import { IN_PAGE_LINKS, type StoryPageLinks } from '../links.ts';
import { escapeHtml, escapeMarkdown } from '../util.ts';
import { conflictHeadMarkdown, conflictHtml, sideMarkdown } from './conflicts.ts';
import { valuesHtml, valuesMarkdown } from './difference-values.ts';
import type { ReportSection } from './types.ts';

/**
 * What a difference to check is, said once above the list: the outlets' sentences give another
 * figure, date or account, and nothing more is claimed (the kind of clash was not found precise
 * enough to call a contradiction, so their outlets are neither ✓ nor ✗ in the coverage table).
 */
export const DIFFERENCES_NOTE =
  'These sentences give another figure, date or account of what may be one fact. Parallax does not tell whether they contradict each other: read them side by side.';

// Differences listed on the story page; the rest are counted.
const DIFFERENCES_SHOWN = 30;

/** The story's differences to check (none in a report written before they were kept apart). */
export const differencesOf = (story: Story): readonly Conflict[] => story.differences ?? [];

/** The differences to check as the story page shows them: the note, then each difference's sides in columns. */
export function differencesHtml(story: Story, report: Report, links: StoryPageLinks = IN_PAGE_LINKS): string {
  const all = differencesOf(story);
  if (!all.length) return '';
  const shown = all
    .slice(0, DIFFERENCES_SHOWN)
    .map((d) => conflictHtml(d, report, links, valuesHtml(d, report, links)));
  const more = all.length > shown.length ? `<p class="meta">and ${all.length - shown.length} more</p>` : '';
  return `<p class="meta">${escapeHtml(DIFFERENCES_NOTE)}</p>${shown.join('')}${more}`;
}

/** Another figure, date or account of one fact, by a clash not proven a contradiction: side by side, no ✗. */
export const differencesSection: ReportSection = {
  id: 'differences',
  title: 'Differences to check',
  markdown: (story, report) => {
    const all = differencesOf(story);
    if (!all.length) return '';
    const items = all.map((d) =>
      [
        conflictHeadMarkdown(d),
        valuesMarkdown(d, report),
        ...d.sides.map((s, i) => sideMarkdown(report, s, i + 1)),
      ]
        .filter(Boolean)
        .join('\n'),
    );
    return [`_${escapeMarkdown(DIFFERENCES_NOTE)}_`, '', ...items].join('\n');
  },
  html: (story, report, links) => differencesHtml(story, report, links),
};
