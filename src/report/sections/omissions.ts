import type { Conflict, Evidence, Fact, Report, Story } from '../../model/index.ts';
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
import { toldValues } from './difference-values.ts';
import type { ReportSection } from './types.ts';

/** How many of an outlet's omissions a page lists (those the most sources share), and citations of each. */
export const OMISSIONS_SHOWN = 5;
export const CITATIONS_SHOWN = 3;

/** A figure other outlets give that an outlet gives no value of (a difference's id in its omissions). */
interface SilentOn {
  readonly about: string;
  /** Each side's value as written ("38"; its sentence where it carries none) and the sentences giving it. */
  readonly values: readonly { readonly value: string; readonly evidence: readonly Evidence[] }[];
}

function omitted(
  story: Story,
  report: Report,
): { label: string; id: string; facts: Fact[]; figures: SilentOn[] }[] {
  const byId = new Map(story.facts.map((f) => [f.id, f]));
  const differences = new Map((story.differences ?? []).map((d) => [d.id, d]));
  return storyArticles(story, report)
    .map((a) => {
      const ids = story.omissions[a.id] ?? [];
      return {
        label: articleLabel(a),
        id: a.id,
        facts: ids.map((id) => byId.get(id)).filter((f): f is Fact => f !== undefined),
        figures: ids.flatMap((id) => {
          const d = differences.get(id);
          return d ? [silentOn(d, report)] : [];
        }),
      };
    })
    .filter((o) => o.facts.length > 0 || o.figures.length > 0);
}

// A figure difference as an omission line tells it: what it counts and each value with who gives it.
function silentOn(d: Conflict, report: Report): SilentOn {
  const rows = toldValues(d, report);
  const values = d.sides.map((side) => ({
    // (a side with no value, a vote's tally, as its sentence tells it)
    value:
      rows.find((r) => side.evidence.some((e) => e.articleId === r.articleId))?.value ??
      `“${shorten(side.claim, 90)}”`,
    evidence: side.evidence,
  }));
  return { about: d.about, values };
}

const SILENT_HEAD = 'gives no value of a figure other outlets tell (see Differences to check):';
const silentMarkdown = (f: SilentOn) =>
  `  - ${escapeMarkdown(f.about)}: ${f.values.map((v) => `${escapeMarkdown(v.value)} ${citeMarkdown(v.evidence)}`).join('; ')}`;
const silentHtml = (f: SilentOn, report: Report, links: Parameters<typeof citeHtml>[2]) =>
  `<li>${escapeHtml(f.about)}: ${f.values.map((v) => `${escapeHtml(v.value)}${citeHtml(report, v.evidence.slice(0, CITATIONS_SHOWN), links)}`).join('; ')}</li>`;

/**
 * For each outlet, the shared facts (consensus or corroborated) none of its sentences was matched to:
 * what Parallax's search found, not a fact about the outlet (it may tell one in words not matched).
 */
export const omissionsSection: ReportSection = {
  id: 'omissions',
  title: 'Omissions',
  markdown: (story, report) =>
    omitted(story, report)
      .map((o) =>
        [
          ...(o.facts.length
            ? [
                `- **${escapeMarkdown(o.label)}** [${o.id}]: no sentence of it was matched to:\n${o.facts.map((f) => `  - ${escapeMarkdown(shorten(f.text))} (${f.status}, ${plural(f.sources.length, 'source')}) ${citeMarkdown(f.evidence)}`).join('\n')}`,
              ]
            : []),
          ...(o.figures.length
            ? [
                `- **${escapeMarkdown(o.label)}** [${o.id}]: ${SILENT_HEAD}\n${o.figures.map(silentMarkdown).join('\n')}`,
              ]
            : []),
        ].join('\n'),
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
        const silent = o.figures.length
          ? `<li><strong>${escapeHtml(o.label)}</strong> <span class="id">${escapeHtml(o.id)}</span>: ${SILENT_HEAD}<ul>${o.figures.map((f) => silentHtml(f, report, links)).join('')}</ul></li>`
          : '';
        if (!o.facts.length) return silent;
        return `<li><strong>${escapeHtml(o.label)}</strong> <span class="id">${escapeHtml(o.id)}</span>: no sentence of it was matched to:<ul>${shown
          .map((f) => {
            const cited = f.evidence.slice(0, CITATIONS_SHOWN);
            const rest = f.evidence.length - cited.length;
            return `<li>${escapeHtml(shorten(f.text))} <small>(${escapeHtml(f.status)}, ${plural(f.sources.length, 'source')})</small>${citeHtml(report, cited, links)}${rest > 0 ? ` <small>and ${rest} more</small>` : ''}</li>`;
          })
          .join(
            '',
          )}${more > 0 ? `<li class="more">and ${more} more shared ${more === 1 ? 'fact' : 'facts'} (all in the JSON and Markdown reports)</li>` : ''}</ul></li>${silent}`;
      })
      .join('')}</ul>`;
  },
};
