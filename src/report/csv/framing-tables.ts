// The CSV tables of the framing: the contested terms' uses and the tone, one row per outlet as the
// report's framing tables have a column per outlet (`framingColumns`: an outlet's articles summed).
import type { Framing, Report, Story } from '../../model/index.ts';
import { storyArticles } from '../sections/coverage.ts';
import { type FramingColumn, framingColumns } from '../sections/framing-columns.ts';
import { toneWordsText } from '../sections/tone-words.ts';
import { type FramingWords, framingWords } from './framing-words.ts';
import { leaningOf } from './leanings.ts';
import type { CsvTableSpec } from './tables.ts';
import type { CsvValue } from './writer.ts';

// The stories the report shows a framing for: compared (more than one article) and with a framing.
function framed(report: Report): { story: Story; framing: Framing; columns: FramingColumn[] }[] {
  return report.stories.flatMap((story) =>
    story.framing && story.articleIds.length > 1
      ? [
          {
            story,
            framing: story.framing,
            columns: framingColumns(story.framing, storyArticles(story, report)),
          },
        ]
      : [],
  );
}

// An outlet's articles, as ids, in one field.
const ids = (column: FramingColumn) => column.articleIds.join(' ');

// Each outlet's leaning as given (its first article's: `leaningOf`), empty where none was given.
function leaningCells(report: Report): (column: FramingColumn) => string {
  const leaning = leaningOf(report);
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  return (column) => {
    const article = byId.get(column.articleIds[0] ?? '');
    return article ? leaning(article) : '';
  };
}

/**
 * Each contested term against each outlet of the story: its uses in the headlines (and of those, inside
 * the headline's own quotation marks), in the outlet's own voice and inside quotes; zero where the
 * outlet does not use it (the report's "—"). Then the outlet's words in each of those places
 * (`framingWords`), so a count can become a rate.
 */
export const framingTable: CsvTableSpec = {
  header: [
    'story',
    'outlet',
    'leaning',
    'articles',
    'term',
    'neutral',
    'use',
    'headline',
    'headline_quoted',
    'own_voice',
    'in_quotes',
    'headline_words',
    'own_voice_words',
    'in_quotes_words',
  ],
  rows: (report) => {
    const leaning = leaningCells(report);
    return framed(report).flatMap(({ story, framing, columns }) => {
      const byId = new Map(report.articles.map((a) => [a.id, a]));
      const words = new Map(
        columns.map((c) => [
          c,
          framingWords(
            story,
            c.articleIds.flatMap((id) => byId.get(id) ?? []),
          ),
        ]),
      );
      return framing.contested.flatMap((term) =>
        columns.map((column) => {
          const uses = column.uses(term);
          const w = words.get(column) as FramingWords;
          return [
            story.id,
            column.label,
            leaning(column),
            ids(column),
            term.term,
            term.neutral,
            term.use ?? '',
            uses?.headline ?? 0,
            uses?.headlineQuoted ?? 0,
            uses?.ownVoice ?? 0,
            uses?.inQuotes ?? 0,
            w.headline,
            w.ownVoice,
            w.inQuotes,
          ];
        }),
      );
    });
  },
};

// A score to the report's two decimals; empty where the report says "no word of the tone list" (no word
// of the lexicon found, or no headline).
const score = (value: number | null, found: number | null): CsvValue =>
  value === null || !found ? null : Math.round(value * 100) / 100;

/**
 * Each outlet's tone, as the report's tone table gives it: sentiment and subjectivity of its own voice
 * and of its headlines, to two decimals (empty where no word of the tone list was found), and the words
 * they are read from: how many, and the own voice's words themselves with how each counted
 * (`tone_words_counted`: "illegal −×2, welcomed +").
 */
export const toneTable: CsvTableSpec = {
  header: [
    'story',
    'outlet',
    'leaning',
    'articles',
    'sentiment',
    'subjectivity',
    'headline_sentiment',
    'headline_subjectivity',
    'words',
    'tone_words',
    'headline_tone_words',
    'tone_words_counted',
  ],
  rows: (report) => {
    const leaning = leaningCells(report);
    return framed(report).flatMap(({ story, framing, columns }) =>
      columns.map((column) => {
        // an outlet with no tone read (the report's bare "—") has a row of empty figures
        const t = column.tone;
        return [
          story.id,
          column.label,
          leaning(column),
          ids(column),
          t && score(t.sentiment, t.toneWords),
          t && score(t.subjectivity, t.toneWords),
          t && score(t.headlineSentiment, t.headlineToneWords),
          t && score(t.headlineSubjectivity, t.headlineToneWords),
          t?.words,
          t?.toneWords,
          t?.headlineToneWords,
          toneWordsText(report, framing, column.articleIds),
        ];
      }),
    );
  },
};
