import { z } from 'zod';
import { EvidenceSchema } from './evidence.ts';

/** A person, organisation, place, date or quantity named in a story, with every alias and mention. */
export const EntitySchema = z.object({
  id: z.string(),
  kind: z.enum(['person', 'organization', 'place', 'date', 'quantity', 'other']),
  name: z.string().describe('the fullest name used'),
  aliases: z.array(z.string()).describe('every other surface form, accents and titles as written'),
  flags: z.array(z.string()).describe('e.g. "inconsistent-name: Customs and Border Patrol"'),
  mentions: z.array(EvidenceSchema),
});
/** A person, organisation, place, date or quantity named in a story. */
export type Entity = z.infer<typeof EntitySchema>;

/** The kinds of speaker a role is read as, from what the articles state (speakers/role-kind.ts). */
export const SPEAKER_ROLE_KINDS = ['official', 'police', 'expert', 'group', 'company', 'public'] as const;

/** What a speaker is, read from the words an article gives next to the name, with where they stand. */
export const SpeakerRoleSchema = z.object({
  kind: z
    .enum(SPEAKER_ROLE_KINDS)
    .describe(
      'official (an office of government), police, expert (a scholar, a scientist, an analyst), group (a campaign, a union, a charity), company, public (a resident, a parent, a commuter)',
    ),
  words: z
    .string()
    .describe('the words it is read from, as written ("Councillor", "the town\'s finance director")'),
  evidence: EvidenceSchema,
});
/** What a speaker is, as an article states it. */
export type SpeakerRole = z.infer<typeof SpeakerRoleSchema>;

/** A quote (direct, partial or indirect) with its speaker and every article that carried it. */
export const QuoteSchema = z.object({
  id: z
    .string()
    .describe(
      'the story\'s id, "-q" and six hex digits made from the quote\'s words and speaker: it stays while the story keeps its id and the quote its words; "-2", "-3" after a second quote of one wording',
    ),
  kind: z.enum(['direct', 'partial', 'indirect']),
  text: z.string(),
  speaker: z
    .object({
      name: z.string(),
      entityId: z.string().nullable(),
      entityIds: z
        .array(z.string())
        .optional()
        .describe('a joint speaker\'s entities, one per part the story names ("the city and the NRTA said")'),
      unresolved: z
        .literal(true)
        .optional()
        .describe(
          'the speaker is a pronoun no one was found for ("she said"): no speaker named; absent otherwise',
        ),
      role: SpeakerRoleSchema.optional().describe(
        'what the speaker is, as the articles state it (a title, an apposition, the body spoken for); absent where none is stated',
      ),
    })
    .nullable(),
  cue: z.string().nullable().describe('the attribution verb or phrase, e.g. "said", "according to"'),
  speech: z
    .literal(false)
    .optional()
    .describe(
      'false: an intention, refusal or decision told in the outlet\'s words ("refused to meet …", "its plan to close …"), a stance and nobody\'s speech; absent: speech',
    ),
  occurrences: z.array(EvidenceSchema),
  speakerEvidence: z.array(EvidenceSchema).describe('where the speaker is named for each occurrence'),
});
/** A quote with its speaker and occurrences. */
export type Quote = z.infer<typeof QuoteSchema>;

/** A number with what it counts, its unit, qualifier and period. */
export const FigureSchema = z.object({
  id: z.string(),
  value: z.number(),
  valueHigh: z.number().nullable().describe('upper bound of a range, else null'),
  unit: z.string().nullable().describe('e.g. USD, percent, people, days'),
  counts: z.string().nullable().describe('the head noun phrase the number counts'),
  qualifier: z
    .string()
    .nullable()
    .describe('nearly, about, more than, as many as, at least, an estimated ...'),
  period: z.string().nullable().describe('a day, in November, in fiscal year 2023 ...'),
  attributedTo: z.string().nullable(),
  text: z.string().describe('the surface text of the figure phrase'),
  occurrences: z.array(EvidenceSchema),
  tellings: z
    .array(
      z.object({
        qualifier: z.string().nullable(),
        period: z.string().nullable(),
        attributedTo: z.string().nullable(),
      }),
    )
    .optional()
    .describe(
      "per occurrence, in its order: the qualifier, period and source its article gives (the figure's own fields are the first found)",
    ),
});
/** A number with what it counts. */
export type Figure = z.infer<typeof FigureSchema>;
