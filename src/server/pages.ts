import type { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { storeHealth } from '../fetch/health.ts';
import { PART_NAMES, STORY_PAGE_JS, STORY_PARTS, type StoryPart } from '../report/index.ts';
import { parseCursor, storyListPage } from '../store/story-cursor.ts';
import { splitParts } from '../store/story-moves.ts';
import { registerAddPages } from './add-pages.ts';
import { APP_CSS, APP_JS } from './assets.ts';
import { registerChangesPage } from './changes-pages.ts';
import {
  type AppContext,
  leaningsFor,
  loadArticle,
  neighboursOf,
  pageSourceOf,
  pageTopics,
  reportOf,
  storyKey,
  storySummary,
} from './data.ts';
import { page } from './html.ts';
import type { JobQueue } from './jobs.ts';
import { bad, highlightOf, listQuery, partQuery } from './page-queries.ts';
import { LIST_LIMIT } from './patterns.ts';
import { storeId } from './security.ts';
import { articlePage } from './views/article.ts';
import { searchPage, storiesPage } from './views/list.ts';
import { sourcesPage } from './views/sources.ts';
import { movedNotice, neighboursSection, storyCoverage, storyPage } from './views/story.ts';
import { storyPartPage } from './views/story-part.ts';
import type { Warmer } from './warm.ts';

const missing = (message: string) => new HTTPException(404, { message });

/** Register the HTML pages, the static assets and (add-pages.ts) the add form on `app`. */
export function registerPages(
  app: OpenAPIHono,
  context: AppContext,
  jobs: JobQueue,
  warmer: Warmer | null = null,
): void {
  const { store } = context;
  app.get('/assets/app.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(APP_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  app.get('/assets/app.js', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(APP_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
  app.get('/assets/story.js', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(STORY_PAGE_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
  app.get('/', async (c) => {
    const query = listQuery(c);
    if (query.q) {
      const { q, since, outlet, limit } = query;
      // one hit past the page says whether more match than are shown
      const shown = limit ?? LIST_LIMIT;
      const hits = await store.search(q, {
        ...(since ? { since } : {}),
        ...(outlet ? { outlet } : {}),
        limit: shown + 1,
      });
      return c.html(
        page(searchPage(hits.slice(0, shown), query, hits.length > shown), {
          title: `Search: ${q}`,
          current: 'stories',
        }),
      );
    }
    const { since, outlet, topic, limit, after, sort } = query;
    const cursor = after === undefined ? null : parseCursor(after, sort === 'outlets');
    const list = await storyListPage(
      store,
      {
        ...(since ? { since } : {}),
        ...(outlet ? { outlet } : {}),
        ...(topic ? { topic } : {}),
        ...(cursor ? { after: cursor } : {}),
        ...(sort === 'outlets' ? { byOutlets: true } : {}),
      },
      limit ?? LIST_LIMIT,
    );
    // the reader is likely to open one of these next: their stale reports are computed meanwhile
    warmer?.ahead(list.stories);
    return c.html(
      page(storiesPage(list, query, await leaningsFor(context), await pageTopics(context, list.stories)), {
        title: 'Stories',
        current: 'stories',
      }),
    );
  });
  app.get('/stories/:id', async (c) => {
    const id = storeId(c.req.param('id'));
    const story = id === null ? null : await storySummary(context, id);
    if (!story) throw missing('There is no such story in the store.');
    // the page of a story whose articles did not change since it was rendered is served as it was
    const key = storyKey(story);
    let rendered = context.pages.get(key);
    if (!rendered) {
      // read from the piece of the page stored with its report (the whole report only when there is none)
      const source = await pageSourceOf(context, story);
      if (!source) throw missing('There is no such story in the store.');
      rendered = {
        title: source.report.stories[0]?.headline ?? story.title,
        html: storyPage(story, source.report, context.limits, source.totals),
      };
      context.pages.set(key, rendered);
    }
    const [near, leanings, parts] = await Promise.all([
      neighboursOf(context, story),
      leaningsFor(context),
      splitParts(context.store, id as string), // a bookmarked id merged or parted since: said, linked
    ]);
    const top = `${storyCoverage(story, leanings)}\n${movedNotice(id as string, story.id, parts)}`;
    return c.html(
      page(`${top}${rendered.html}\n${neighboursSection(near)}`, {
        title: rendered.title,
        head: '\n<script src="/assets/story.js" defer></script>',
      }),
    );
  });
  app.get('/stories/:id/:part', async (c) => {
    const part = c.req.param('part');
    if (!(STORY_PARTS as readonly string[]).includes(part)) throw missing('There is no such page.');
    const query = partQuery(c);
    const id = storeId(c.req.param('id'));
    const summary = id === null ? null : await storySummary(context, id);
    if (!summary) throw missing('There is no such story in the store.');
    // kept like the story page (a big story's report is too big to keep for every page of its parts)
    const key = `${storyKey(summary)}/${part}?${query.from},${query.outlets}`;
    let rendered = context.pages.get(key);
    if (!rendered) {
      const report = await reportOf(context, summary);
      const story = report?.stories[0];
      if (!(report && story)) throw missing('There is no such story in the store.');
      rendered = {
        title: `${PART_NAMES[part as StoryPart]}: ${story.headline ?? summary.title}`,
        html: storyPartPage(summary, story, report, part as StoryPart, query),
      };
      context.pages.set(key, rendered);
    }
    return c.html(
      page(rendered.html, {
        title: rendered.title,
        head: '\n<script src="/assets/story.js" defer></script>',
      }),
    );
  });
  app.get('/articles/:id', async (c) => {
    const id = storeId(c.req.param('id'));
    const highlight = highlightOf(c.req.query('hl'));
    const fromText = c.req.query('from');
    const from = fromText === undefined ? null : storeId(fromText);
    if (fromText !== undefined && from === null) throw bad('"from" takes a story id');
    const found = id === null ? null : await loadArticle(context, id);
    if (!found) throw missing('There is no such article in the store.');
    const { stored, marks, removed } = found;
    if (highlight && !(highlight.end > highlight.start && highlight.end <= stored.article.text.length))
      throw bad('the cited span is not in this article');
    const revisions = await context.store.articleRevisions(stored.article.id);
    return c.html(
      page(articlePage(stored, { marks, highlight, from, removed, revisions }), {
        title: stored.article.title ?? 'Article',
      }),
    );
  });
  app.get('/sources', async (c) =>
    c.html(
      page(sourcesPage(await storeHealth(context.store, new Date())), {
        title: 'Sources',
        current: 'sources',
      }),
    ),
  );
  registerChangesPage(app, context);
  registerAddPages(app, context, jobs);
}
