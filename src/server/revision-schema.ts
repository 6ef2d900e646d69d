import { z } from '@hono/zod-openapi';

/** An article's earlier version in the JSON API (`RevisionChange`), apart so the change schemas need not import it back. */
export const RevisionSchema = z
  .object({
    replacedAt: z
      .string()
      .describe(
        'when the store read the version after this one (the page read again changed, or this version met after the later one), ISO',
      ),
    title: z.string().nullable(),
    text: z.string().describe('the version’s cleaned text'),
    modifiedAt: z.string().nullable().describe('the version’s own last change, as its page gave it'),
    titleChanged: z.boolean().describe('the next version has another headline'),
    removed: z.array(z.string()).describe('paragraphs of this version the next one has not'),
    added: z.array(z.string()).describe('paragraphs of the next version this one has not'),
    changedAt: z
      .string()
      .nullable()
      .describe(
        'when the page says the change that replaced this version was made (the next version’s own last change, as its page gave it), ISO; null when it gave none (then replacedAt dates it)',
      ),
  })
  .openapi('Revision');
