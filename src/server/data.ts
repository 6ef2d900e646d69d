import { createContext, type Report } from '../model/index.ts';
import type { AnalyzeOptions } from '../pipeline.ts';
import { storyReport } from '../store/ingest/index.ts';
import type { Store, StoredArticle, StorySummary } from '../store/types.ts';
import { coverageOf, type Leanings } from './coverage-bar.ts';
import { NEIGHBOURS } from './patterns.ts';

/** What the app reads from: the store, the analysis options for a story computed on demand, the outlet table's leanings. */
export interface AppContext {
  readonly store: Store;
  readonly options: AnalyzeOptions;
  readonly leanings: Leanings;
}

/** A story summary with its coverage by side, as the API returns it. */
export function summaryJson(story: StorySummary, leanings: Leanings) {
  const { counts, oneSide } = coverageOf(story.outlets, leanings);
  return { ...story, outlets: [...story.outlets], coverage: { ...counts }, oneSide };
}

/** A story with its report (computed and saved when stale) and its neighbours of the same topic; null when unknown. */
export async function loadStory(
  app: AppContext,
  id: string,
): Promise<{ story: StorySummary; report: Report; neighbours: StorySummary[] } | null> {
  const found = await app.store.story(id);
  if (!found) return null;
  const report =
    found.report && !found.story.reportStale
      ? found.report
      : await storyReport(app.store, id, app.options, createContext({ now: new Date() }));
  if (!report) return null;
  const neighbours = found.story.topicId
    ? (await app.store.stories({ topic: found.story.topicId, limit: NEIGHBOURS + 1 }))
        .filter((s) => s.id !== id)
        .slice(0, NEIGHBOURS)
    : [];
  return { story: found.story, report, neighbours };
}

/** An article and its story's report (the stored one, else computed), for its marks; null when unknown. */
export async function loadArticle(
  app: AppContext,
  id: string,
): Promise<{ stored: StoredArticle; report: Report | null } | null> {
  const stored = await app.store.article(id);
  if (!stored) return null;
  if (!stored.storyId) return { stored, report: null };
  const found = await app.store.story(stored.storyId);
  const report =
    found?.report ??
    (await storyReport(app.store, stored.storyId, app.options, createContext({ now: new Date() })));
  return { stored, report };
}
