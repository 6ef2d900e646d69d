import { z } from 'zod';
import { EvidenceSchema } from './evidence.ts';

/**
 * How one article stands to one fact: `supports` (one of its sentences states it, checked),
 * `contradicts` (it gives another value, day, outcome or the negation), `published-before` (it was
 * published before the event happened, so it could not report it), `absent` (does not mention it).
 */
export const FactMarkSchema = z.object({
  mark: z.enum(['supports', 'contradicts', 'published-before', 'absent']),
  evidence: EvidenceSchema.nullable().describe('the sentence that supports or contradicts it'),
  reason: z
    .string()
    .nullable()
    .describe('why it contradicts: another figure, another day, the opposite outcome …'),
  told: z
    .enum(['as-planned', 'updated', 'in-other-words', 'other-value', 'later-value', 'earlier-value'])
    .optional()
    .describe(
      "set where the article tells the fact as still planned ('as-planned', on published-before), or where its sentence gives a value its own \"Update:\" item has since given anew ('updated', on supports: its earlier value, not counted among the fact's sources); on absent, where a sentence of it (the evidence) gives the fact's count in other words, not proven a ✓ ('in-other-words'), or gives its figure another value ('other-value'), or a later value of it, a difference told as an update ('later-value'), or an earlier value of it that the article gave before that update ('earlier-value': out of date, not contradicting it): the article is then not listed as leaving the fact out; the reason then says what it tells",
    ),
  attributedTo: z
    .string()
    .optional()
    .describe(
      'on supports: the speaker the article\'s sentence gives the claim to ("X said …"): it reports X\'s claim, not the fact in its own voice',
    ),
});
/** How one article stands to one fact. */
export type FactMark = z.infer<typeof FactMarkSchema>;

/** A claim made by one or more articles, aligned across outlets, with its support. */
export const FactSchema = z.object({
  id: z
    .string()
    .describe(
      'the story\'s id, "-f" and six hex digits made from the fact\'s wording (case, accents and punctuation folded): it stays while the story keeps its id and the fact its wording; "-2", "-3" after a second fact of one wording',
    ),
  text: z.string().describe('a representative wording of the claim'),
  status: z.enum(['consensus', 'corroborated', 'single-source', 'conflicting']),
  sources: z
    .array(z.string())
    .describe('article ids, one per independent source (syndicated copies count once)'),
  evidence: z
    .array(EvidenceSchema)
    .describe('the claim itself, then one checked supporting sentence per other supporting article'),
  figureIds: z.array(z.string()),
  entityIds: z.array(z.string()),
  modality: z
    .enum(['happened', 'planned', 'hypothetical'])
    .describe('whether the claim says its event happened, is planned or expected, or only might happen'),
  attribution: z
    .string()
    .nullable()
    .optional()
    .describe(
      "who says so (the speaker of a quote or of reported speech in it), or null: the outlet's own voice",
    ),
  coverage: z
    .record(z.string(), FactMarkSchema)
    .describe('article id -> how that article stands to the claim; every article of the story'),
  disputes: z
    .array(
      z.object({
        articleId: z.string(),
        evidence: EvidenceSchema.describe(
          'the sentence telling the dispute ("But the union disputed that.")',
        ),
        by: z.string().nullable().describe('who disputes it, as the sentence names them, or null'),
      }),
    )
    .optional()
    .describe(
      "the articles that tell the claim as disputed by another party, each with the sentence that tells it; set only when some does, and the fact's status is then 'conflicting'",
    ),
});
/** A claim aligned across outlets. */
export type Fact = z.infer<typeof FactSchema>;

/** Two or more incompatible claims about the same thing, side by side. */
export const ConflictSchema = z.object({
  id: z.string(),
  kind: z.enum(['figure', 'date', 'speaker', 'outcome', 'cause', 'other']),
  about: z.string(),
  sides: z.array(
    z.object({
      claim: z.string(),
      evidence: z.array(EvidenceSchema),
      value: z
        .object({
          number: z.number(),
          unit: z.string().nullable().describe('the unit ("USD", "percent"), or null for a plain count'),
          measure: z.string().describe('what the value is of, as `about` names it ("injured")'),
          qualifier: z.string().optional().describe('a bound or hedge the side gives ("at least")'),
        })
        .optional()
        .describe("a figure difference's value on this side, where Parallax read it; absent otherwise"),
      told: z
        .array(
          z.object({
            articleId: z.string(),
            publishedAt: z.string().nullable().describe("the article's publication date or date-time"),
            updates: z
              .array(z.string())
              .optional()
              .describe(
                "the same outlet's earlier articles giving another value of this difference, which this one updates",
              ),
          }),
        )
        .optional()
        .describe('for a figure difference: each article on this side with its publication time'),
    }),
  ),
  update: z
    .literal(true)
    .optional()
    .describe(
      "set on a figure difference whose values follow each other in time (every article of an older value published before every article of a newer one) and a newer one tells its value as a change ('has risen to four'): an update, newest last, not outlets disagreeing; absent otherwise",
    ),
  note: z
    .string()
    .optional()
    .describe(
      'what a reader should know before reading the sides, where Parallax found it: one value may be the other rounded ("“$3 million” may be “$3.1 million” rounded"); absent otherwise',
    ),
});
/** Incompatible claims side by side. */
export type Conflict = z.infer<typeof ConflictSchema>;

/** For one quote: how each article carried it. */
export const QuoteCoverageSchema = z.object({
  quoteId: z.string(),
  byArticle: z.record(z.string(), z.enum(['quoted', 'paraphrased', 'absent'])),
  parts: z
    .record(z.string(), z.object({ text: z.string(), leavesOut: z.array(z.string()) }))
    .optional()
    .describe(
      'the articles that quote only a part of the words: the part, and the negations of its clause it leaves out',
    ),
  otherWordings: z
    .record(
      z.string(),
      z.object({
        quoteId: z.string(),
        words: z.tuple([z.string(), z.string()]),
      }),
    )
    .optional()
    .describe(
      "the articles (marked absent) that quote the speaker in other words that say something else: the article's quote, and the words by which the two differ, this quote's then the article's ('protects', 'cuts'; '' where one has none, as a negation dropped)",
    ),
});
/** For one quote: how each article carried it. */
export type QuoteCoverage = z.infer<typeof QuoteCoverageSchema>;

/** One sentence of the neutral summary, with every article that supports it. */
export const SummarySentenceSchema = z.object({
  text: z.string(),
  citations: z.array(EvidenceSchema),
  factIds: z.array(z.string()),
});
/** One sentence of the neutral summary. */
export type SummarySentence = z.infer<typeof SummarySentenceSchema>;

/** A dated event of the story, merged across articles. */
export const TimelineEventSchema = z.object({
  date: z.string().describe('YYYY-MM-DD'),
  inferred: z
    .boolean()
    .describe(
      'true when the day was worked out from words that do not state it whole ("on Monday", "last week", "June 3" without its year) and the date of the article that tells it (its publication date, its dateline\'s, or a day of writing the story bears out); false when the text states the date whole',
    ),
  from: z
    .string()
    .optional()
    .describe('when inferred: the words the date was worked out from, as the article writes them ("Monday")'),
  precision: z
    .enum(['day', 'week', 'month', 'year'])
    .optional()
    .describe('how fine the date is: for week, month and year, `date` is the first day of the period'),
  planned: z
    .boolean()
    .optional()
    .describe('true when the event is planned or expected, not told as done (absent: told as done)'),
  text: z.string(),
  citations: z.array(EvidenceSchema),
  disputedBy: z
    .array(z.string().nullable())
    .optional()
    .describe(
      "set when a cited sentence tells a fact the compare stage found told disputed (a fact's `disputes`): who disputes it, as the disputing sentences name them (null: not named); absent otherwise",
    ),
});
/** A dated event of the story. */
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

/** A point only one source makes, or one that sources dispute. */
export const PointSchema = z.object({
  text: z.string(),
  kind: z.enum(['single-source', 'disputed']),
  articleIds: z.array(z.string()),
  citations: z.array(EvidenceSchema),
  onlyHere: z
    .array(z.string())
    .optional()
    .describe(
      'for a single-source point other sources tell but for some details: those details (names, figures, dates, as its sentence writes them), which no other source of the story gives; absent when the whole point is found in its source only',
    ),
});
/** A single-source or disputed point. */
export type Point = z.infer<typeof PointSchema>;
