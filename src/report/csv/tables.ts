// The CSV tables of the articles, the coverage and the quotes: one row per article, per (fact, article)
// and per quote an article carries, read from the report as its sections read it.
import type { Article, Report, Story } from '../../model/index.ts';
import { coverageCells, factColumns, SYMBOL, storyArticles } from '../sections/coverage.ts';
import { giversText, otherGivers } from '../sections/quote-others.ts';
import { evidenceText } from '../util.ts';
import { leaningOf } from './leanings.ts';
import type { CsvValue } from './writer.ts';

/** One table of the CSV export: its columns and its rows, from a report whose articles carry `label` and `key`. */
export interface CsvTableSpec {
  readonly header: readonly string[];
  readonly rows: (report: Report) => CsvValue[][];
}

// The columns that name an article in every table: its id in this report, its key (the same in every
// run and in the store), its outlet as given and the outlet's leaning as given (`leaningOf`; each empty
// where none is known).
const ARTICLE_COLUMNS = ['article', 'key', 'outlet', 'leaning'] as const;
const articleCells = (a: Article, leaning: (a: Article) => string): CsvValue[] => [
  a.id,
  a.key ?? '',
  a.outlet ?? '',
  leaning(a),
];

// A story told by one article has nothing to compare: its report shows no coverage or framing, nor do these tables.
const compared = (report: Report): Story[] => report.stories.filter((s) => s.articleIds.length > 1);

/** Every article: each story's in its order, then those of no story (story empty). */
export const articlesTable: CsvTableSpec = {
  header: ['story', ...ARTICLE_COLUMNS, 'label', 'published', 'url', 'headline'],
  rows: (report) => {
    const seen = new Set<string>();
    const leaning = leaningOf(report);
    const row = (story: string, a: Article): CsvValue[] => {
      seen.add(a.id);
      return [story, ...articleCells(a, leaning), a.label ?? '', a.publishedAt, a.url, a.title];
    };
    const inStories = report.stories.flatMap((s) => storyArticles(s, report).map((a) => row(s.id, a)));
    return [...inStories, ...report.articles.filter((a) => !seen.has(a.id)).map((a) => row('', a))];
  },
};

/**
 * Each fact of each compared story against each of its articles but the opinion pieces (which get no
 * mark): the coverage table's mark (✓ ✗ ◷ — ↻ ≈ ≠ » «) and its name, whose claim the article tells it as,
 * the compare stage's reason and the sentence it read (empty where it recorded none).
 */
export const coverageTable: CsvTableSpec = {
  header: [
    'story',
    'fact',
    'fact_text',
    'status',
    ...ARTICLE_COLUMNS,
    'mark',
    'mark_name',
    'claim_of',
    'reason',
    'evidence',
  ],
  rows: (report) => {
    const leaning = leaningOf(report);
    return compared(report).flatMap((story) => {
      const { columns } = factColumns(story, report);
      return story.facts.flatMap((fact) => {
        const cells = coverageCells(fact, columns);
        return columns.map((a) => {
          const cell = cells[a.id] ?? 'absent';
          const mark = fact.coverage[a.id];
          return [
            story.id,
            fact.id,
            fact.text,
            fact.status,
            ...articleCells(a, leaning),
            SYMBOL[cell],
            cell,
            mark?.attributedTo,
            mark?.reason,
            mark?.evidence ? evidenceText(report, mark.evidence) : '',
          ];
        });
      });
    });
  },
};

/**
 * Each quote as each article carries it (its occurrences): the speaker and cue the story gives it (none
 * for a pronoun no one was found for), the speaker's role where the articles state one, its kind
 * (direct, partial or indirect: reported speech), whether it is speech or a stance told in the outlet's
 * words (an intention, a refusal: nobody's speech), the article's words and where it names the speaker,
 * and who else the story's other articles give the same words to, with the articles that do
 * ("Ysolde Marchetti (Northbay Times [a2])": a misattribution, one side or the other); whether the article
 * quotes only a part of the words, and a negation of the part's clause it leaves out ("not").
 */
export const quotesTable: CsvTableSpec = {
  header: [
    'story',
    'quote',
    'kind',
    'told_as',
    'speaker',
    'speaker_entity',
    'speaker_role',
    'cue',
    ...ARTICLE_COLUMNS,
    'quote_text',
    'speaker_as_written',
    'also_given_to',
    'quotes_part',
    'part_leaves_out',
  ],
  rows: (report) => {
    const byId = new Map(report.articles.map((a) => [a.id, a]));
    const leaning = leaningOf(report);
    return report.stories.flatMap((story) => {
      const givers = otherGivers(story);
      const parts = new Map(story.quoteMatrix.map((row) => [row.quoteId, row.parts ?? {}]));
      return story.quotes.flatMap((q) =>
        q.occurrences.flatMap((occurrence) => {
          const a = byId.get(occurrence.articleId);
          if (!a) return [];
          // where this article names the speaker: speakerEvidence holds only occurrences with a speaker
          // named, so it is found by article, not by the occurrence's index
          const named = q.speakerEvidence.find((e) => e.articleId === a.id);
          return [
            [
              story.id,
              q.id,
              q.kind,
              q.speech === false ? 'stance' : 'speech',
              q.speaker?.unresolved ? '' : q.speaker?.name,
              q.speaker?.entityId,
              q.speaker?.role?.kind,
              q.cue,
              ...articleCells(a, leaning),
              evidenceText(report, occurrence),
              named ? evidenceText(report, named) : '',
              giversText(report, givers.get(q.id) ?? []),
              parts.get(q.id)?.[a.id] ? 'yes' : '',
              parts.get(q.id)?.[a.id]?.leavesOut.join(' ') ?? '',
            ],
          ];
        }),
      );
    });
  },
};
