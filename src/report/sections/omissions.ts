import type { Fact, Report, Story } from '../../model/index.ts';
import { articleLabel, citeHtml, citeMarkdown, escapeHtml, escapeMarkdown } from '../util.ts';
import { shorten, storyArticles } from './coverage.ts';
import type { ReportSection } from './types.ts';

function omitted(story: Story, report: Report): { label: string; id: string; facts: Fact[] }[] {
  const byId = new Map(story.facts.map((f) => [f.id, f]));
  return storyArticles(story, report)
    .map((a) => ({
      label: articleLabel(a),
      id: a.id,
      facts: (story.omissions[a.id] ?? [])
        .map((id) => byId.get(id))
        .filter((f): f is Fact => f !== undefined),
    }))
    .filter((o) => o.facts.length > 0);
}

/** For each outlet, the shared facts (consensus or corroborated) it does not mention. */
export const omissionsSection: ReportSection = {
  id: 'omissions',
  title: 'Omissions',
  markdown: (story, report) =>
    omitted(story, report)
      .map(
        (o) =>
          `- **${escapeMarkdown(o.label)}** [${o.id}] does not mention:\n${o.facts.map((f) => `  - ${escapeMarkdown(shorten(f.text))} (${f.status}, ${f.sources.length} sources) ${citeMarkdown(f.evidence)}`).join('\n')}`,
      )
      .join('\n'),
  html: (story, report, links) => {
    const list = omitted(story, report);
    if (!list.length) return '';
    return `<ul>${list
      .map(
        (o) =>
          `<li><strong>${escapeHtml(o.label)}</strong> <span class="id">${escapeHtml(o.id)}</span> does not mention:<ul>${o.facts
            .map(
              (f) =>
                `<li>${escapeHtml(shorten(f.text))} <small>(${escapeHtml(f.status)}, ${f.sources.length} sources)</small>${citeHtml(report, f.evidence, links)}</li>`,
            )
            .join('')}</ul></li>`,
      )
      .join('')}</ul>`;
  },
};
