import { z } from 'zod';
import { SpanSchema } from './evidence.ts';

/** Where a metadata value came from (e.g. `json-ld`, `meta:og:site_name`, `text:first-line`, `input`). */
export const ProvenanceSchema = z.string();

/** A line or block taken out of the body, with the rule that removed it. */
export const RemovedSchema = z.object({ text: z.string(), reason: z.string() });
/** A line or block taken out of the body, with the rule that removed it. */
export type Removed = z.infer<typeof RemovedSchema>;

/** A photo caption or credit, kept apart from the body. */
export const MediaSchema = z.object({ kind: z.enum(['caption', 'credit']), text: z.string() });
/** A photo caption or credit, kept apart from the body. */
export type Media = z.infer<typeof MediaSchema>;

/** One paragraph of the cleaned body; `heading` paragraphs are sub-headings inside the article. */
export const ParagraphSchema = z.object({
  kind: z.enum(['text', 'heading']),
  span: SpanSchema,
});
/** One paragraph of the cleaned body, located in `text`. */
export type Paragraph = z.infer<typeof ParagraphSchema>;

/** A cleaned article: its body text, metadata and what was removed from it. */
export const ArticleSchema = z.object({
  id: z.string(),
  source: z.string().describe('input path (or "-" for stdin), with #N for records of a JSON/JSONL file'),
  title: z.string().nullable(),
  titleInferred: z.boolean().describe('true when the title was not found but built from the text'),
  byline: z.string().nullable(),
  outlet: z.string().nullable(),
  label: z
    .string()
    .optional()
    .describe(
      'how the report names the article to readers: its outlet, numbered when articles share one, else its file name; set in rendered reports',
    ),
  key: z
    .string()
    .optional()
    .describe(
      'a key that names the article the same in every run, format and store: its file name (a record of a bundle with its #N; a fetched page or standard input by its URL) and `@` the first 8 hex digits of the SHA-256 of its normalised text; set in rendered reports',
    ),
  url: z.string().nullable(),
  publishedAt: z.string().nullable().describe('ISO date or date-time'),
  modifiedAt: z.string().nullable(),
  language: z.string().nullable(),
  section: z.string().nullable(),
  genre: z
    .enum(['opinion'])
    .optional()
    .describe(
      "'opinion' for an opinion piece (a column, an editorial, a comment), read from its JSON-LD @type, section, URL or kicker (metadataSources.genre says which); absent for news: no stage takes its sentences for reported facts",
    ),
  metadataSources: z.record(z.string(), ProvenanceSchema).describe('field name -> where its value came from'),
  text: z
    .string()
    .describe('the cleaned body, paragraphs joined by a blank line; every span indexes into it'),
  body: z.array(z.string()).describe('the paragraphs of text, in order'),
  paragraphs: z.array(ParagraphSchema),
  removed: z.array(RemovedSchema),
  media: z.array(MediaSchema),
  wordCount: z.number().int().nonnegative(),
  syndicatedFrom: z
    .string()
    .nullable()
    .describe('id of the article this one republishes (wire copy, aggregator repost), or null'),
  syndicationNote: z
    .string()
    .nullable()
    .describe('why it is taken for a copy: aggregator signature, near-duplicate'),
});
/** A cleaned article: its body text, metadata and what was removed from it. */
export type Article = z.infer<typeof ArticleSchema>;
