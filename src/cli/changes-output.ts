// What `parallax changes` and `parallax article` print for people (their JSON is the store's objects).
import { notesAdded } from '../report/notes-added.ts';
import type { StoryNews } from '../report/story-news-schema.ts';
import { plural } from '../report/util.ts';
import type { RevisionChange } from '../store/revision-changes.ts';
import type { ChangedArticle, StoredArticle, StoryChanges, StoryEvent } from '../store/types.ts';
import { publishedShown } from '../text/dates/published.ts';
import { newsText } from './changes-news.ts';
import { shellWord } from './shell-word.ts';
import { dbOption } from './store-output.ts';

const when = (iso: string) => publishedShown(iso) ?? iso;
// the time a page is of, to the second (and its fraction) when it names one: `--since 17:35:06Z` and
// `17:35:52Z` were both "17:35 UTC" (newuser23 #14)
const sinceShown = (iso: string) => {
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d):(\d\d(?:\.\d+)?)Z$/.exec(iso);
  if (!m || Number(m[3]) === 0) return when(iso);
  return `${m[1]} ${m[2]}:${(m[3] as string).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')} UTC`;
};
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const titleOf = (title: string | null) => (title ? oneLine(title) : '(untitled)');

// An article of a change: its id, title and outlet, and the notes an updated one's page added.
const named = (a: ChangedArticle) =>
  `${a.id} ${titleOf(a.title)} (${a.outlet ?? 'no named outlet'})${notesAdded(a.notes)}`;

// The named articles of one kind and how many more there are.
function articlesLine(label: string, total: number, shown: readonly ChangedArticle[]): string {
  if (!total) return '';
  const more = total > shown.length ? `; and ${total - shown.length} more` : '';
  return `    ${label}: ${shown.map(named).join('; ')}${more}\n`;
}

/** A merge or split as the changed story `id` tells it: what merged into it, what it split off, what split off it. */
export function eventLine(event: StoryEvent, id: string): string {
  const n = plural(event.articles, 'article');
  const what =
    event.kind === 'merged'
      ? `${event.storyId} merged into it (${n})`
      : event.storyId === id
        ? `split off ${event.otherId} (${n})`
        : `${event.storyId} split off it (${n})`;
  return `    ${what}, ${when(event.at)}\n`;
}

/**
 * The changed stories, newest change first: each story's id, title and size, then its new articles,
 * its updated ones and its merges and splits; then how to look again, and the next page: commands
 * that name the store as `given` (--db, its password hidden) and keep the page's --limit. With `news`
 * (by story id), what each story's report tells that its earlier articles did not, under it.
 */
export function changesText(
  since: string,
  changes: readonly StoryChanges[],
  next: { readonly since: string | null; readonly more: string | null },
  given: { readonly db?: string; readonly limit?: string } = {},
  news: ReadonlyMap<string, StoryNews> = new Map(),
): string {
  if (!changes.length) return `No story changed since ${sinceShown(since)}.\n`;
  const lines = [`Changes since ${sinceShown(since)}, newest change first:\n\n`];
  for (const { story, newArticles, updatedArticles, articles, events } of changes) {
    lines.push(`${story.id}  ${titleOf(story.title)} (${plural(story.articleCount, 'article')})\n`);
    const kind = (k: ChangedArticle['kind']) => articles.filter((a) => a.kind === k);
    lines.push(
      articlesLine(
        newArticles === 1 ? '1 new article' : `${newArticles} new articles`,
        newArticles,
        kind('new'),
      ),
    );
    lines.push(
      articlesLine(
        `${updatedArticles} updated (page read again changed; earlier version kept)`,
        updatedArticles,
        kind('updated'),
      ),
    );
    for (const event of events) lines.push(eventLine(event, story.id));
    const told = news.get(story.id);
    if (told) lines.push(newsText(told));
  }
  lines.push('\n');
  const command = `parallax changes${dbOption(given.db)}`;
  const limit = given.limit === undefined ? '' : ` --limit ${shellWord(given.limit)}`;
  if (next.more)
    lines.push(`More (this page is not all): ${command} --since ${since}${limit} --after ${next.more}\n`);
  if (next.since)
    lines.push(
      next.more
        ? `To look again later, once every page is read: ${command} --since ${next.since}\n`
        : `To look again later: ${command} --since ${next.since} (changes at that time are listed again)\n`,
    );
  return lines.join('');
}

/** One stored article for a person: title, outlet and dates, its story, its earlier versions, its text. */
export function articleText(
  stored: StoredArticle,
  revisions: readonly RevisionChange[],
  versions: boolean,
): string {
  const a = stored.article;
  const dates = [
    a.publishedAt ? `published ${publishedShown(a.publishedAt) ?? a.publishedAt}` : 'undated',
    a.modifiedAt ? `updated ${publishedShown(a.modifiedAt) ?? a.modifiedAt}` : '',
    `stored ${when(stored.ingestedAt)}`,
  ].filter(Boolean);
  const kept = revisions.length
    ? `${revisions.length === 1 ? 'An earlier version' : `${revisions.length} earlier versions`} kept${
        versions ? '' : ` (parallax article ${a.id} --versions)`
      }\n`
    : '';
  const head = [
    `${a.id}  ${titleOf(a.title)}\n`,
    `${[a.outlet ?? 'no named outlet', ...dates, stored.storyId ? `story ${stored.storyId}` : 'in no story'].join(' · ')}\n`,
    a.url ? `${a.url}\n` : '',
    kept,
  ];
  const body = `\n${a.text.trim()}\n`;
  return [...head, body, versions ? versionsText(revisions) : ''].join('');
}

// When a version was replaced: at the change time its page gave, else by the version after it, dated
// by when the store read that one (a page read again, or an earlier version met after a later one:
// the time is the next version's read, never this one's)
const replaced = (r: RevisionChange) =>
  r.changedAt
    ? `replaced ${when(r.changedAt)} as the page gives its change (the store read the next version at ${when(r.replacedAt)})`
    : `replaced by the version the store read at ${when(r.replacedAt)}`;

// The earlier versions, newest first: when each was replaced and what the next version changed.
function versionsText(revisions: readonly RevisionChange[]): string {
  if (!revisions.length) return '\nNo earlier version kept.\n';
  const items = [...revisions].reverse().map((r, i) => {
    const own = r.modifiedAt ? ` (its own last change: ${publishedShown(r.modifiedAt) ?? r.modifiedAt})` : '';
    const lines = [`\nVersion ${revisions.length - i}, ${replaced(r)}${own}:\n`];
    if (r.titleChanged) lines.push(`  Headline was: ${titleOf(r.title)}\n`);
    for (const p of r.removed) lines.push(`  - ${oneLine(p)}\n`);
    for (const p of r.added) lines.push(`  + ${oneLine(p)}\n`);
    if (!r.titleChanged && !r.removed.length && !r.added.length)
      lines.push('  (the same paragraphs, in another order or spacing)\n');
    return lines.join('');
  });
  return `\nEarlier versions, newest first (- a paragraph removed, + one added by the next version):\n${items.join('')}`;
}

/**
 * An article's earlier versions under its line in `parallax articles --versions`, newest first (as
 * `parallax article <id> --versions` and the web app's article page list them), one indented line
 * each: its number (1 the oldest), when it was replaced (the page's time of the change, else when the
 * store read the version after it), its headline, and what the next version changed.
 */
export function versionLines(revisions: readonly RevisionChange[]): string {
  return revisions
    .map((r, i) => {
      const changed = [
        r.titleChanged ? 'another headline' : '',
        r.removed.length ? `${plural(r.removed.length, 'paragraph')} removed` : '',
        r.added.length ? `${r.added.length} added` : '',
      ].filter(Boolean);
      const by = r.changedAt ? when(r.changedAt) : `by the version the store read at ${when(r.replacedAt)}`;
      return `\tversion ${i + 1}, replaced ${by}: ${titleOf(r.title)}${changed.length ? ` (then ${changed.join(', ')})` : ''}\n`;
    })
    .reverse()
    .join('');
}
