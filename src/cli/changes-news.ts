// `parallax changes` without --brief: under each changed story, what its report tells that its
// articles stored before the time did not (report/story-news.ts), for people and as JSON.

import type { StoryNews } from '../report/story-news-schema.ts';
import { plural } from '../report/util.ts';
import type { Store, StoryChanges } from '../store/types.ts';
import type { NoteKind } from '../text/editors-notes.ts';

/**
 * Each listed story's news since `since`, by story id: its report (the stored one while current, else
 * computed again and saved, as `parallax story` does) read against the times its articles were stored.
 */
export async function storiesNews(
  store: Store,
  changes: readonly StoryChanges[],
  since: string,
): Promise<Map<string, StoryNews>> {
  const out = new Map<string, StoryNews>();
  if (!changes.length) return out;
  const [{ createContext }, { storyReport }, { newStoryNews, storyNews }] = await Promise.all([
    import('../model/index.ts'),
    import('../store/ingest/index.ts'),
    import('../report/story-news.ts'),
  ]);
  const ctx = createContext({ now: new Date() });
  const from = Date.parse(since);
  for (const change of changes) {
    const found = await store.story(change.story.id, { articles: true, report: false });
    if (!found) continue;
    const newIds = new Set(
      found.articles.filter((a) => Date.parse(a.ingestedAt) >= from).map((a) => a.article.id),
    );
    // a story all of whose articles are new is new as a whole: no report is computed for it
    if (found.articles.every((a) => newIds.has(a.article.id))) {
      out.set(change.story.id, newStoryNews(found.articles.map((a) => a.article.id)));
      continue;
    }
    const report = await storyReport(store, found.story.id, {}, ctx);
    if (!report?.stories.length) continue;
    const notes = new Map<string, readonly NoteKind[]>(
      change.articles.filter((a) => a.kind === 'updated').map((a) => [a.id, a.notes ?? []]),
    );
    out.set(change.story.id, storyNews(report, newIds, notes));
  }
  return out;
}

const oneLine = (text: string, most = 160) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > most ? `${flat.slice(0, most - 1)}…` : flat;
};
const told = (refs: readonly { articleId: string; label: string }[]) =>
  refs.map((r) => `${r.label} [${r.articleId}]`).join(', ');

/** The news of one story as indented lines under its entry in `changesText`; '' when there is none. */
export function newsText(news: StoryNews): string {
  if (news.newStory)
    return '    A new story: every article of it was stored since (parallax story tells it all)\n';
  const lines: string[] = [];
  const list = (head: string, rows: string[], name: string) => {
    if (!rows.length) return;
    const left = news.more[name] ? `      (and ${news.more[name]} more)\n` : '';
    lines.push(`    ${head}:\n${rows.map((r) => `      - ${r}\n`).join('')}${left}`);
  };
  if (news.outlets.length)
    lines.push(
      `    New outlets: ${news.outlets.map((o) => `${o.outlet} [${o.articleIds.join(', ')}]`).join('; ')}\n`,
    );
  list(
    'Updated figures (the report shows the change; newest last, * told since)',
    news.updates.map(
      (u) =>
        `${u.about}: ${u.values.map((v) => `${v.isNew ? '*' : ''}${v.value} (${told(v.told)})`).join(' → ')}`,
    ),
    'updates',
  );
  list(
    'New figures (no article stored before gives the value)',
    news.figures.map(
      (f) =>
        `${f.text}${f.by.length ? `, says ${f.by.join(', ')}` : ''} — ${told(f.told)}${
          f.sentence ? `: “${oneLine(f.sentence, 240)}”` : ''
        }`,
    ),
    'figures',
  );
  list(
    'New differences to check (read side by side; not told as a contradiction)',
    news.differences.map((d) => {
      const sides = (s: StoryNews['differences'][number]['newSides']) =>
        s.map((x) => `${x.value ?? `“${oneLine(x.claim, 100)}”`} (${told(x.told)})`).join('; ');
      return `${d.about} (${d.kind}): now ${sides(d.newSides)}${
        d.earlierSides.length ? `; before ${sides(d.earlierSides)}` : ''
      }`;
    }),
    'differences',
  );
  list(
    'New quotes',
    news.quotes.map(
      (q) =>
        `${q.speaker ?? 'speaker not named'}${q.kind === 'indirect' ? ' (reported)' : ''}: ${
          q.kind === 'indirect' ? oneLine(q.text) : `“${oneLine(q.text)}”`
        } — ${told(q.told)}`,
    ),
    'quotes',
  );
  list(
    'Corrections and notes added',
    news.corrections.map(
      (n) => `${n.kind}${n.date ? ` (${n.date})` : ''}, ${told([n.article])}: “${oneLine(n.text)}”`,
    ),
    'corrections',
  );
  list(
    'Facts matched in no article stored before (an earlier one may tell them in other words)',
    news.facts.map((f) => `${oneLine(f.text)} (${f.status}; ${told(f.told)})`),
    'facts',
  );
  if (!lines.length && news.newArticles.length)
    lines.push(
      `    Nothing in its report is told only by the ${plural(news.newArticles.length, 'article')} stored since\n`,
    );
  return lines.join('');
}
