// The framing part of a story's report: distinctive terms, contested terms, scare quotes and tone,
// per article and per outlet. Apart from coverage.ts, which holds the facts, quotes and timeline.
import { z } from 'zod';
import { EvidenceSchema, SpanSchema } from './evidence.ts';
import { SPEAKER_ROLE_KINDS, SpeakerRoleSchema } from './facts.ts';

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
              role: SpeakerRoleSchema.optional().describe(
                "what the speaker is, as the outlet's own articles state it, in their words; where they state none, the kind alone (words '', evidence where another outlet states it) when every role the story's articles state is of that kind; absent otherwise",
              ),
            }),
          )
          .describe(
            'whom the outlet quotes: the quotes its articles carry (their occurrences), by speaker, most first',
          ),
        roles: z
          .partialRecord(z.enum([...SPEAKER_ROLE_KINDS, 'unknown']), z.number().int())
          .optional()
          .describe(
            "the same quotes (quoted and reported, one per article) counted by their speaker's role as the articles state it; unknown where none is stated or no speaker was found; only roles with quotes; absent in reports stored before",
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
