// The report's assembly: each story from its stages' outputs, and the report of the run's stories.
import type {
  Article,
  Report,
  RunContext,
  Story,
  StoryComparison,
  StoryExtraction,
  StoryGroup,
  StorySummary,
  StoryTimeline,
} from './model/index.ts';
// not through model/index.ts, whose zod schemas a run does not need
import { SCHEMA_VERSION } from './model/schema-version.ts';
import { REPORT_VERSION } from './version.ts';

/** The story as the report holds it, from its group and its stages' outputs (copies: the report owns its arrays). */
export function storyOf(
  group: StoryGroup,
  extraction: StoryExtraction,
  comparison: StoryComparison,
  summary: StorySummary,
  dated: StoryTimeline,
  check: Story['check'],
): Story {
  return {
    id: group.id,
    // one title in every format: the headline the summary chose (it gives no side of a disputed
    // figure), else the grouping's representative headline
    title: summary.headline ?? group.title,
    articleIds: [...group.articleIds],
    keywords: [...group.keywords],
    ...(group.topicId ? { topicId: group.topicId } : {}),
    ...(group.grouping
      ? {
          grouping: group.grouping.map(({ sites, nearest, ...r }) => ({
            ...r,
            sharedNames: [...r.sharedNames],
            sharedLead: [...r.sharedLead],
            sharedTriggers: [...r.sharedTriggers],
            namedDays: [...r.namedDays],
            ...(sites ? { sites: [...sites] } : {}),
            ...(nearest !== undefined
              ? { nearest: nearest && { ...nearest, sites: [...nearest.sites] } }
              : {}),
          })),
        }
      : {}),
    entities: [...extraction.entities],
    quotes: [...extraction.quotes],
    figures: [...extraction.figures],
    facts: [...comparison.facts],
    conflicts: [...comparison.conflicts],
    ...(comparison.differences?.length ? { differences: [...comparison.differences] } : {}),
    ...(comparison.corrections?.length ? { corrections: [...comparison.corrections] } : {}),
    omissions: Object.fromEntries(Object.entries(comparison.omissions).map(([k, v]) => [k, [...v]])),
    quoteMatrix: [...comparison.quoteMatrix],
    framing: comparison.framing,
    headline: summary.headline,
    summary: [...summary.summary],
    points: [...summary.points],
    timeline: [...dated.timeline],
    check,
  };
}

/** A report of `stories` over `articles`, with the run's self-check totals and issues. */
export function assembleReport(
  articles: readonly Article[],
  stories: readonly Story[],
  ctx: RunContext,
): Report {
  const pairs = stories.reduce((n, s) => n + s.check.pairs, 0);
  const holding = stories.reduce((n, s) => n + s.check.holding, 0);
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'parallax', version: REPORT_VERSION },
    generatedAt: ctx.now.toISOString(),
    articles: [...articles],
    stories: [...stories],
    check: { pairs, holding, share: pairs ? holding / pairs : null },
    issues: [...ctx.issues],
  };
}
