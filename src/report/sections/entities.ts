import type { Entity, Story } from '../../model/index.ts';
import { citeHtml, citeMarkdown, escapeHtml, escapeMarkdown } from '../util.ts';
import type { ReportSection } from './types.ts';

const KIND_ORDER: readonly Entity['kind'][] = [
  'person',
  'organization',
  'place',
  'date',
  'quantity',
  'other',
];

function listed(story: Story): Entity[] {
  return [...story.entities].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || b.mentions.length - a.mentions.length,
  );
}

function mentionCount(e: Entity): string {
  const articles = new Set(e.mentions.map((m) => m.articleId)).size;
  return `${e.mentions.length} in ${articles} article${articles === 1 ? '' : 's'}`;
}

/** The people, organisations and places of the story: one row each, with every alias, flag and mention count. */
export const entitiesSection: ReportSection = {
  id: 'entities',
  title: 'People, organisations, places and dates',
  markdown: (story) => {
    const rows = listed(story);
    if (!rows.length) return '';
    return [
      '| Kind | Name | Also called | Flags | Mentions |',
      '| --- | --- | --- | --- | --- |',
      ...rows.map(
        (e) =>
          `| ${e.kind} | ${escapeMarkdown(e.name)} | ${escapeMarkdown(e.aliases.join('; '))} | ${escapeMarkdown(e.flags.join('; '))} | ${mentionCount(e)} ${citeMarkdown(e.mentions)} |`,
      ),
    ].join('\n');
  },
  html: (story, report) => {
    const rows = listed(story);
    if (!rows.length) return '';
    return `<table class="entities"><thead><tr><th>Kind</th><th>Name</th><th>Also called</th><th>Flags</th><th>Mentions</th></tr></thead><tbody>${rows
      .map(
        (e) =>
          `<tr><td>${escapeHtml(e.kind)}</td><td><strong>${escapeHtml(e.name)}</strong></td><td>${escapeHtml(e.aliases.join('; '))}</td><td>${e.flags.map((f) => `<span class="flag">${escapeHtml(f)}</span>`).join(' ')}</td><td>${escapeHtml(mentionCount(e))} ${citeHtml(report, e.mentions)}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  },
};
