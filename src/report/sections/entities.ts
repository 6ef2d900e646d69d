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

/** The story's names in the order the section lists them: people, organisations, places, …, most mentioned first. */
export function entityOrder(story: Story): Entity[] {
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
    const rows = entityOrder(story);
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
  html: (story, report, links) => {
    const rows = entityOrder(story);
    if (!rows.length) return '';
    return `<ul class="px-entities">${rows
      .map((e) => {
        const about = [
          e.kind,
          e.aliases.length ? `also ${e.aliases.join('; ')}` : '',
          ...e.flags,
          mentionCount(e),
        ].filter(Boolean);
        return `<li><strong>${escapeHtml(e.name)}</strong> <small>${escapeHtml(about.join(' · '))}</small>${citeHtml(report, e.mentions, links)}</li>`;
      })
      .join('')}</ul>`;
  },
};
