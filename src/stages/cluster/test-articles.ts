// Invented articles and helpers shared by the cluster stage's tests (no real news text).
import { createContext, type SegmentedArticle, type StoryGroup } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import { segment } from '../segment/index.ts';
import type { ArticleFeatures } from './features.ts';

/** Segments invented articles (text, or JSON records with title, text, publishedAt) as the pipeline would. */
export function segmented(records: readonly (string | Record<string, string>)[]): SegmentedArticle[] {
  const ctx = createContext();
  const files = records.map((r, i) =>
    typeof r === 'string'
      ? { path: `doc${i}.txt`, bytes: new TextEncoder().encode(r) }
      : { path: `doc${i}.json`, bytes: new TextEncoder().encode(JSON.stringify(r)) },
  );
  const segmentOne = segment();
  return readArticles(files, {}, ctx).map((a) => segmentOne(a, ctx));
}

/** Invented grouping features, no text read: each name counted once, each lead term twice, each body term once. */
export const featuresOf = (
  id: string,
  names: readonly string[],
  lead: readonly string[],
  body: readonly string[] = lead,
): ArticleFeatures => ({
  id,
  day: null,
  dateSource: null,
  names: new Map(names.map((n) => [n, 1])),
  lead: new Map(lead.map((w) => [w, 2])),
  body: new Map(body.map((w) => [w, 1])),
  labels: new Map(),
});

/** A grouping as sorted lists of article ids, for comparing two groupings. */
export const partition = (stories: readonly StoryGroup[]) =>
  stories.map((s) => [...s.articleIds].sort()).sort((a, b) => (a[0] as string).localeCompare(b[0] as string));

// Invented articles: a harbour storm, an orchard harvest, and two look-alike ferry strikes a year apart.
/** Three articles on one harbour storm. */
export const STORM = [
  'Storm closes Pellham harbour\n\nA winter storm closed Pellham harbour on Sunday, and the coast guard moved fishing boats inland.',
  'The coast guard said the storm that shut Pellham harbour would pass by Tuesday; fishing boats stay inland until then.',
  'Pellham fishing crews wait out the storm as the harbour stays closed, the coast guard said on Monday.',
];
/** One article on an orchard harvest. */
export const ORCHARD =
  'Orchard growers in Vennick expect a record apple harvest after a warm spring and a dry September.';
// Two ferry strikes on one crossing a year apart: the same beat, told in the same words, but other
// people, other demands and another pier.
export const STRIKES: Record<number, readonly [string, string, string]> = {
  2023: [
    'Ferry crews strike on the Ostry crossing over pay',
    'Union leader Maren Oduya said crews wanted a 9 percent raise, and passengers queued at Kallin pier.',
    'Oduya told reporters at Kallin pier that the walkout over the 9 percent raise would go on.',
  ],
  2024: [
    'Ostry ferry crews walk out again, this time over night shifts',
    'This time the dispute is over night shifts; organiser Tomas Ferrie said crews at Sennet quay would not sail after dark.',
    'Ferrie said the night-shift walkout at Sennet quay would end only with a new rota.',
  ],
};
/** One article of the ferry strike of `year`, dated in May on `day`; `variant` picks its detail sentence. */
export const strike = (year: number, day: number, variant = 0) => ({
  title: STRIKES[year]?.[0] ?? '',
  publishedAt: `${year}-05-${String(day).padStart(2, '0')}`,
  text: `Ferry crews on the Ostry crossing walked out on Monday, stranding passengers. ${STRIKES[year]?.[variant + 1] ?? ''}\n\nThe operator Brightwater Lines said it would run a reduced timetable.`,
});
