import { z } from 'zod';
import { EvidenceSchema, SpanSchema } from './evidence.ts';

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
});
/** How one article stands to one fact. */
export type FactMark = z.infer<typeof FactMarkSchema>;

/** A claim made by one or more articles, aligned across outlets, with its support. */
export const FactSchema = z.object({
  id: z.string(),
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
});
/** A claim aligned across outlets. */
export type Fact = z.infer<typeof FactSchema>;

/** Two or more incompatible claims about the same thing, side by side. */
export const ConflictSchema = z.object({
  id: z.string(),
  kind: z.enum(['figure', 'date', 'speaker', 'outcome', 'other']),
  about: z.string(),
  sides: z.array(z.object({ claim: z.string(), evidence: z.array(EvidenceSchema) })),
});
/** Incompatible claims side by side. */
export type Conflict = z.infer<typeof ConflictSchema>;

/** For one quote: how each article carried it. */
export const QuoteCoverageSchema = z.object({
  quoteId: z.string(),
  byArticle: z.record(z.string(), z.enum(['quoted', 'paraphrased', 'absent'])),
});
/** For one quote: how each article carried it. */
export type QuoteCoverage = z.infer<typeof QuoteCoverageSchema>;

/** A word or phrase distinctive of one article against the rest of the story (log-odds, informative prior). */
export const FramingTermSchema = z.object({
  term: z.string(),
  z: z.number(),
  articleId: z.string(),
  count: z.number().int().describe('uses in the body, in the outlet’s own voice'),
  headline: z
    .number()
    .int()
    .describe('uses in the headline (none when the title was inferred from the text)'),
});

/** A contested term and how often each article uses it, in its headline, its own voice and inside quotes. */
export const ContestedTermSchema = z.object({
  term: z.string(),
  neutral: z.string(),
  note: z.string(),
  use: z
    .enum(['label', 'act'])
    .optional()
    .describe(
      'only uses that label people (“illegals”) or only uses that describe an act (“entered illegally”)',
    ),
  byArticle: z.record(
    z.string(),
    z.object({
      headline: z.number().int().describe('uses in the headline'),
      headlineQuoted: z
        .number()
        .int()
        .optional()
        .describe('of the headline’s uses, those inside its quotation marks (words it quotes); absent: none'),
      ownVoice: z.number().int(),
      inQuotes: z.number().int(),
      evidence: z.array(EvidenceSchema).describe('the body’s uses'),
    }),
  ),
  byOutlet: z
    .record(
      z.string(),
      z.object({
        headline: z.number().int(),
        headlineQuoted: z.number().int().optional(),
        ownVoice: z.number().int(),
        inQuotes: z.number().int(),
        articles: z.number().int().describe('how many of the outlet’s articles use the term'),
      }),
    )
    .optional()
    .describe(
      'the uses summed over each outlet’s articles, keyed as `framing.byOutlet` (only outlets that use the term); absent in reports stored before',
    ),
});

/** A short phrase an outlet puts in quotation marks in its own voice, with no one quoted: so-called “sanctuary cities”. */
export const ScareQuoteSchema = z.object({
  articleId: z.string(),
  text: z.string().describe('the phrase inside the marks'),
  evidence: EvidenceSchema,
});

/** Tone of an article's own voice (quotes excluded) and of its headline. */
export const ToneSchema = z.object({
  sentiment: z
    .number()
    .nullable()
    .describe('-1 (negative) .. 1 (positive); null when the own voice holds no word of the tone lexicon'),
  subjectivity: z
    .number()
    .nullable()
    .describe('0 (reporting) .. 1 (opinion); null when the own voice holds no word of the tone lexicon'),
  headlineSentiment: z
    .number()
    .nullable()
    .describe('the same for the headline; null with no headline or no word of the lexicon in it'),
  headlineSubjectivity: z.number().nullable(),
  words: z.number().int().describe('own-voice words scored'),
  toneWords: z
    .number()
    .int()
    .describe(
      'own-voice words found in the tone lexicon (positive, negative or subjective); at 0 the two scores are null and the reports show "—"',
    ),
  headlineToneWords: z
    .number()
    .int()
    .nullable()
    .describe('the same count in the headline (null with no headline)'),
  evidence: z
    .array(
      z.object({
        articleId: z.string(),
        span: SpanSchema,
        sentiment: z
          .enum(['positive', 'negative'])
          .nullable()
          .describe('how the word counted (a negated word for the other side); null: subjective only'),
        subjective: z.boolean(),
      }),
    )
    .optional()
    .describe(
      'the own voice’s words found in the tone lexicon, each with how it counted; absent in reports stored before',
    ),
});

/** How each outlet frames the story: distinctive terms, contested words, tone, optional outlet table. */
export const FramingSchema = z.object({
  terms: z.array(FramingTermSchema),
  contested: z.array(ContestedTermSchema),
  scareQuotes: z
    .array(ScareQuoteSchema)
    .describe('quoted phrases in the outlet’s own voice, not quotes of anyone'),
  tone: z.record(z.string(), ToneSchema),
  byOutlet: z
    .record(
      z.string(),
      z.object({
        articleIds: z.array(z.string()),
        tone: ToneSchema.omit({ evidence: true }).describe(
          'the tone of the outlet’s articles read as one text: their words counted together (not a mean of their scores); null scores where none of them holds a word of the lexicon (the headline’s where none has a headline)',
        ),
        speakers: z
          .array(
            z.object({
              name: z.string().nullable().describe('null: quotes with no speaker found'),
              entityId: z.string().nullable(),
              quoted: z
                .number()
                .int()
                .describe('its quotes in quotation marks (direct or partial), one per article'),
              reported: z.number().int().describe('its reported speech ("X said that …"), one per article'),
            }),
          )
          .describe(
            'whom the outlet quotes: the quotes its articles carry (their occurrences), by speaker, most first',
          ),
      }),
    )
    .optional()
    .describe(
      'the story’s outlets in the order of their first article, keyed by the outlet’s name (an article that names no outlet is its own, keyed by its id); absent in reports stored before',
    ),
  outlets: z
    .array(
      z.object({
        articleId: z.string(),
        name: z.string(),
        leaning: z.string().nullable(),
        owner: z.string().nullable(),
        from: z
          .enum(['manifest', 'table', 'both'])
          .optional()
          .describe(
            'where the row came from: the manifest, the outlet table, or both (the manifest’s leaning, the table’s owner); absent: the outlet table',
          ),
      }),
    )
    .describe('only from a user-supplied outlet table or manifest, never invented'),
});
/** How each outlet frames the story. */
export type Framing = z.infer<typeof FramingSchema>;

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
