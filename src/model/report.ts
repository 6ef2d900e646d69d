import { z } from 'zod';
import { ArticleSchema } from './article.ts';
import { EditorsNoteSchema } from './corrections.ts';
import {
  ConflictSchema,
  FactSchema,
  PointSchema,
  QuoteCoverageSchema,
  SummarySentenceSchema,
  TimelineEventSchema,
} from './coverage.ts';
import { EvidenceSchema, IssueSchema } from './evidence.ts';
import { EntitySchema, FigureSchema, QuoteSchema } from './facts.ts';
import { FramingSchema } from './framing.ts';
import { SCHEMA_VERSION } from './schema-version.ts';

export { SCHEMA_VERSION };

/**
 * The run's check of its own citations: of the (claim, cited supporting sentence) pairs of the facts
 * and the summary, how many hold every number and date of the claim in some written form.
 */
export const SelfCheckSchema = z.object({
  pairs: z.number().int().nonnegative().describe('(claim, supporting evidence) pairs checked'),
  holding: z
    .number()
    .int()
    .nonnegative()
    .describe(
      'pairs whose evidence holds every number and date of the claim and gives its quotation to no other person',
    ),
  share: z.number().nullable().describe('holding / pairs, null when there is no pair'),
  failing: z
    .array(z.object({ claim: EvidenceSchema, evidence: EvidenceSchema }))
    .optional()
    .describe(
      "a story's pairs that do not hold: the sentence cited for and the cited supporter (absent: every pair holds, and in the run's total)",
    ),
});
/** The run's check of its own citations. */
export type SelfCheck = z.infer<typeof SelfCheckSchema>;

/** Why one article is in its story: the grouping's score against the rest of the story, and its parts. */
export const GroupingReasonSchema = z.object({
  articleId: z.string(),
  score: z.number().nullable().describe('combined score; null for an article alone in its story'),
  lead: z.number().nullable().describe('cosine of headline and lead with the story'),
  names: z.number().nullable().describe('cosine of the names (weighted by rarity) with the story'),
  body: z.number().nullable().describe('cosine of the body with the story'),
  sharedNames: z.array(z.string()),
  sharedLead: z.array(z.string()).describe('shared headline and lead terms (stemmed)'),
  triggers: z
    .number()
    .nullable()
    .describe('cosine of the trigger words (main verbs of headline and first sentence) with the story'),
  sharedTriggers: z.array(z.string()).describe('trigger words shared with the story (stemmed)'),
  whenConflict: z
    .number()
    .nullable()
    .describe(
      'how much the weekdays and months named in headline and first sentence disagree with the story (0..1)',
    ),
  sites: z
    .array(z.string())
    .optional()
    .describe('the sites (a building, a street) its headline and first sentence name, with their kind'),
  siteConflict: z
    .boolean()
    .optional()
    .describe("true when its lead names a site of another name than the story's (its score halved)"),
  nearest: z
    .object({
      storyId: z.string(),
      score: z.number().describe('its score against that story'),
      siteConflict: z
        .boolean()
        .describe("true when its lead names a site of another name than that story's (its score halved)"),
      sites: z.array(z.string()).describe("that story's sites"),
    })
    .nullable()
    .optional()
    .describe('the other story it scores best against (null when none is a candidate)'),
  namedDays: z.array(z.string()).describe('weekdays and months named in its headline and first sentence'),
  gapDays: z.number().nullable().describe("days from the story's start (its anchor day); null if undated"),
  gapNamed: z
    .boolean()
    .describe(
      "true when that gap is from a date its or the story's headlines and leads name, nearer than its day",
    ),
  date: z.string().nullable().describe('the day the grouping read for the article'),
  dateSource: z.string().nullable().describe('`published:<provenance>` or `text` (its opening lines)'),
  clearWinner: z
    .boolean()
    .optional()
    .describe(
      'true when it joined at or below the join bar as the clear winner: its best candidate story, above the floor and well above every other',
    ),
  followUp: z
    .object({
      day: z.string().describe("the day named: the first day of the other part's event"),
      articleId: z.string().describe('the article that names it as the day of its event'),
    })
    .nullable()
    .optional()
    .describe(
      'set when its part of the story joined the rest only at the lower bar of an event and its follow-up',
    ),
});

/** One story: the articles that tell it and everything Parallax found across them. */
export const StorySchema = z.object({
  id: z.string(),
  title: z.string().describe('a representative headline of the story'),
  articleIds: z.array(z.string()),
  keywords: z.array(z.string()).describe('the terms that tie its articles together'),
  topicId: z
    .string()
    .optional()
    .describe('the topic (recurring subject) of the story; stories sharing it are neighbours'),
  grouping: z
    .array(GroupingReasonSchema)
    .optional()
    .describe('why each article is in the story (only with --explain-grouping)'),
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  figures: z.array(FigureSchema),
  facts: z.array(FactSchema),
  conflicts: z.array(ConflictSchema),
  differences: z
    .array(ConflictSchema)
    .optional()
    .describe(
      'another figure, date or account of one fact, by a kind of clash not proven a contradiction: the sentences side by side to check; their outlets are neither ✓ nor ✗ (absent: none)',
    ),
  corrections: z
    .array(EditorsNoteSchema)
    .optional()
    .describe(
      "the outlets' corrections, clarifications and update notes on their own articles, in article order (absent: none)",
    ),
  omissions: z
    .record(z.string(), z.array(z.string()))
    .describe(
      'articleId -> ids of facts it does not mention, and of figure differences (a count other outlets tell) it gives no value of',
    ),
  quoteMatrix: z.array(QuoteCoverageSchema),
  framing: FramingSchema.nullable(),
  headline: z.string().nullable().describe('a neutral headline built from the consensus facts'),
  summary: z.array(SummarySentenceSchema),
  points: z.array(PointSchema).describe('single-source and disputed points, each with its outlet'),
  timeline: z.array(TimelineEventSchema),
  check: SelfCheckSchema,
});
/** One story and everything found across its articles. */
export type Story = z.infer<typeof StorySchema>;

/** Everything one run of Parallax produced: the articles, the stories they tell, and the problems met. */
export const ReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.object({ name: z.literal('parallax'), version: z.string() }),
  generatedAt: z.string(),
  articles: z.array(ArticleSchema),
  stories: z.array(StorySchema),
  check: SelfCheckSchema.describe('the self-check over every story'),
  issues: z.array(IssueSchema),
});
/** Everything one run produced. */
export type Report = z.infer<typeof ReportSchema>;
