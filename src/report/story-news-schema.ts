import { z } from 'zod';

/**
 * What a story's report tells that its articles stored before a time did not (`storyNews`): what
 * `parallax changes` lists under each changed story. Read from the story's present report and the
 * times its articles were stored: the store keeps only the present report, so a difference or fact
 * that went away since is not told.
 */

const ArticleRefSchema = z.object({
  articleId: z.string(),
  label: z.string().describe('the article as the report names it ("Linnford Ledger (3)")'),
});

const SideSchema = z.object({
  claim: z.string(),
  value: z.string().nullable().describe('a figure side\'s value ("about 1,200"), else null'),
  told: z.array(ArticleRefSchema),
});

export const StoryNewsSchema = z.object({
  newStory: z
    .boolean()
    .describe(
      'true when every article of the story was stored at or after the time: all of it is new, and the lists are left empty',
    ),
  newArticles: z.array(z.string()).describe('its articles stored at or after the time'),
  outlets: z
    .array(z.object({ outlet: z.string(), articleIds: z.array(z.string()) }))
    .describe('outlets whose every article of the story was stored at or after the time'),
  figures: z
    .array(
      z.object({
        text: z.string().describe('the figure as written ("two workers")'),
        value: z.number(),
        counts: z.string().nullable(),
        unit: z.string().nullable(),
        by: z
          .array(z.string())
          .describe('who its articles give it to ("Brackwater Chemicals"); empty: the outlets'),
        sentence: z
          .string()
          .nullable()
          .describe(
            "the sentence of its first article that holds it (a fact's or a quote's); null when none",
          ),
        told: z.array(ArticleRefSchema),
      }),
    )
    .describe(
      'figures told only by articles stored at or after the time, whose value (and unit) no article stored before gives, of whatever it counts',
    ),
  updates: z
    .array(
      z.object({
        about: z.string(),
        values: z
          .array(z.object({ value: z.string(), told: z.array(ArticleRefSchema), isNew: z.boolean() }))
          .describe(
            'its values, oldest first, newest last, as the report orders them; isNew: told only since',
          ),
      }),
    )
    .describe(
      "updates the report itself shows, told since: a figure difference told as one history whose newest value an article stored since gives (all its values), or an article stored since that updates its own outlet's earlier value (that value, then its own); never two outlets' values",
    ),
  differences: z
    .array(
      z.object({
        kind: z.string(),
        about: z.string(),
        newSides: z.array(SideSchema),
        earlierSides: z.array(SideSchema),
      }),
    )
    .describe(
      'differences to check one side of which only articles stored since tell (not shown as an update): to read side by side, not a contradiction',
    ),
  quotes: z
    .array(
      z.object({
        kind: z.enum(['direct', 'partial', 'indirect']),
        speaker: z.string().nullable(),
        text: z.string(),
        told: z.array(ArticleRefSchema),
      }),
    )
    .describe(
      "quotes (not a stance told in the outlet's words) carried only by articles stored since, direct first",
    ),
  corrections: z
    .array(
      z.object({
        kind: z.enum(['correction', 'clarification', 'update', 'editors-note']),
        text: z.string(),
        date: z.string().nullable(),
        article: ArticleRefSchema,
      }),
    )
    .describe("editors' notes of articles stored since, or added since by a page read again"),
  facts: z
    .array(z.object({ text: z.string(), status: z.string(), told: z.array(ArticleRefSchema) }))
    .describe(
      'facts only articles stored since were matched to (an earlier article may tell one in other words the report did not match), most sources first',
    ),
  more: z
    .record(z.string(), z.number().int())
    .describe('per list, how many more were left out of it (lists are cut at LIST_MOST)'),
});
/** What a story's report tells that its articles stored before a time did not. */
export type StoryNews = z.infer<typeof StoryNewsSchema>;
