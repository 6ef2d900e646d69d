import { z } from 'zod';
import { EvidenceSchema, SpanSchema } from './evidence.ts';

/** A sentence of another outlet that still gives what a correction says was wrong, checked (see `EditorsNoteSchema`). */
export const StillCarriedSchema = z.object({
  evidence: EvidenceSchema,
  text: z.string().describe('the sentence as the other outlet writes it'),
  wrong: z
    .string()
    .describe('the value or wording the note calls wrong, as the note writes it ("14", "Kettle Star")'),
  right: z
    .string()
    .nullable()
    .describe('the value the note gives instead, as the note writes it ("12"); null for a wording'),
});
/** Another outlet's sentence that still gives what a correction put right. */
export type StillCarried = z.infer<typeof StillCarriedSchema>;

/** A value of an article's body that the article's own "Update:" item gives anew (text/updated-figures.ts). */
export const UpdatedValueSchema = z.object({
  was: z.string().describe('the value as the body gives it ("Two")'),
  now: z.string().describe('the value as the update gives it ("three")'),
  evidence: EvidenceSchema.describe("the body's sentence that gives the earlier value"),
  text: z.string().describe('that sentence, as the article writes it'),
  span: SpanSchema.optional().describe("where the earlier value stands in the article's text"),
});
/** A value of an article's body that its own update gives anew. */
export type UpdatedValue = z.infer<typeof UpdatedValueSchema>;

/** A value a correction gives in place of the one it calls wrong (`CorrectedValueSchema`). */
const CorrectedRightSchema = z.object({
  value: z.string().describe('the value as the article writes it ("1,200 schools")'),
  evidence: EvidenceSchema.describe(
    "the sentence that gives it: the note's, or one after it in its paragraph",
  ),
  factIds: z
    .array(z.string())
    .describe('the facts this article states that hold the value (by that sentence, or by the same figure)'),
  figureIds: z.array(z.string()).describe("the story's figures found at the value"),
});

/** What a correction of a figure puts right: the value it calls wrong and the values given instead. */
const CorrectedValueSchema = z.object({
  wrong: z.string().describe('the value the note calls wrong, as the note writes it ("2,100 schools")'),
  right: z.array(CorrectedRightSchema).min(1),
});
/** What a correction of a figure puts right. */
export type CorrectedValue = z.infer<typeof CorrectedValueSchema>;

/** An outlet's note on its own article: a correction, a clarification, an update note or another editor's note. */
export const EditorsNoteSchema = z.object({
  articleId: z.string(),
  kind: z.enum(['correction', 'clarification', 'update', 'editors-note']),
  text: z.string().describe("the note's whole sentence(s), as the article writes them"),
  evidence: EvidenceSchema,
  date: z
    .string()
    .nullable()
    .describe('YYYY-MM-DD of the note, when the note or the article gives one; null when neither does'),
  dateFrom: z
    .enum(['note', 'modified'])
    .nullable()
    .describe(
      "where the date came from: a date the note states ('note'), or the article's modifiedAt ('modified': the article's one note, stating no day)",
    ),
  stillCarried: z
    .array(StillCarriedSchema)
    .describe(
      "other outlets' sentences that still give the value the note calls wrong, and not the right one (checked: the same value, unit and counted thing, or the same name or quoted words, beside a word of the note; none when unsure)",
    ),
  corrected: CorrectedValueSchema.optional().describe(
    "of a correction of a figure: the value it calls wrong and the values of that measure the article gives instead, in the note or the sentences after it in its paragraph, each linked to the story's facts and figures that hold it; absent when the note gives no such pair",
  ),
  updated: z
    .array(UpdatedValueSchema)
    .optional()
    .describe(
      'of a live-updated article\'s "Update:" item: the values of the article\'s own body it gives anew (a toll that rose: a change, no contradiction); absent for other notes',
    ),
});
/** An outlet's note on its own article. */
export type EditorsNote = z.infer<typeof EditorsNoteSchema>;
