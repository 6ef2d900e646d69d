import type { Fact, Report, Story } from '../../model/index.ts';
import {
  articleLabel,
  citeHtml,
  citeMarkdown,
  escapeHtml,
  escapeMarkdown,
  plural,
  shorten,
} from '../util.ts';
import { storyArticles } from './coverage.ts';
import type { ReportSection } from './types.ts';

/** How many of an outlet's omissions a page lists (those the most sources share), and citations of each. */
export const OMISSIONS_SHOWN = 5;
export const CITATIONS_SHOWN = 3;

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

/**
 * For each outlet, the shared facts (consensus or corroborated) none of its sentences was matched to:
 * what Parallax's search found, not a fact about the outlet (it may tell one in words not matched).
 */
export const omissionsSection: ReportSection = {
  id: 'omissions',
  title: 'Omissions',
  markdown: (story, report) =>
    omitted(story, report)
      .map(
        (o) =>
          `- **${escapeMarkdown(o.label)}** [${o.id}]: no sentence of it was matched to:\n${o.facts.map((f) => `  - ${escapeMarkdown(shorten(f.text))} (${f.status}, ${plural(f.sources.length, 'source')}) ${citeMarkdown(f.evidence)}`).join('\n')}`,
      )
      .join('\n'),
  // A page lists, for each outlet, the facts most outlets share that it leaves out, and cites a few
  // of their sources: a story of 126 articles listed every omission with every citation (16 MB of
  // HTML). The JSON and Markdown reports keep them all.
  html: (story, report, links) => {
    const list = omitted(story, report);
    if (!list.length) return '';
    return `<ul>${list
      .map((o) => {
        const facts = [...o.facts].sort((x, y) => y.sources.length - x.sources.length);
        const shown = facts.slice(0, OMISSIONS_SHOWN);
        const more = facts.length - shown.length;
        return `<li><strong>${escapeHtml(o.label)}</strong> <span class="id">${escapeHtml(o.id)}</span>: no sentence of it was matched to:<ul>${shown
          .map((f) => {
            const cited = f.evidence.slice(0, CITATIONS_SHOWN);
            const rest = f.evidence.length - cited.length;
            return `<li>${escapeHtml(shorten(f.text))} <small>(${escapeHtml(f.status)}, ${plural(f.sources.length, 'source')})</small>${citeHtml(report, cited, links)}${rest > 0 ? ` <small>and ${rest} more</small>` : ''}</li>`;
          })
          .join(
            '',
          )}${more > 0 ? `<li class="more">and ${more} more shared ${more === 1 ? 'fact' : 'facts'} (all in the JSON and Markdown reports)</li>` : ''}</ul></li>`;
      })
      .join('')}</ul>`;
  },
};
