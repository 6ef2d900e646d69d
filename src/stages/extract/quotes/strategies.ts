import type { QuoteSpan } from '../../../text/quotes/spans.ts';
import type { Attribution, SpeakerContext } from '../speakers/resolve.ts';
import { after } from './speaker-after.ts';
import { before } from './speaker-before.ts';
import {
  anywhereAfter,
  colonBefore,
  nameBeforeColon,
  openingPerson,
  previousSubject,
  subjectSpeaker,
  transcriptLabel,
} from './speaker-context.ts';

// The order in which a quote's speaker is looked for, as a table: the first strategy whose condition holds
// and that finds a speaker wins.

/** A quote as its speaker strategies read it: where it is, its kind and how its words end. */
export interface QuoteSite {
  readonly span: QuoteSpan;
  readonly kind: 'direct' | 'partial';
  readonly openToken: number;
  readonly closeToken: number;
  readonly paragraph: number;
  /** Words of the quote. */
  readonly words: number;
  /** Long enough to be kept without a speaker (MIN_UNATTRIBUTED_PARTIAL_WORDS). */
  readonly long: boolean;
  /** The quote's words end in a full stop. */
  readonly finished: boolean;
  /** The quote ends in a comma, or a comma follows its closing mark. */
  readonly comma: boolean;
  /** The quote's words end a clause (in a comma, a full stop, "?" or "!"). */
  readonly endsClause: boolean;
  /** "Lee was asked, “…”": the words are an unnamed asker's, so no speaker is borrowed from the context. */
  readonly asked: boolean;
  /** The comma or colon that introduces the quote, if any. */
  readonly introduced: boolean;
  /** The speaker of the last quote and the paragraph it ended in, if any. */
  readonly last: { readonly attribution: Attribution; readonly paragraph: number } | null;
}

/** One way to find a quote's speaker, tried only where its condition holds. */
export interface SpeakerStrategy {
  readonly name: string;
  readonly when: (q: QuoteSite) => boolean;
  readonly find: (ctx: SpeakerContext, q: QuoteSite) => Attribution | null;
}

const always = () => true;
/** A direct quote, or one whose words end a clause, looks after itself first; a partial one before itself. */
const afterFirst = (q: QuoteSite) => q.kind === 'direct' || q.endsClause;
const cueAfter = (ctx: SpeakerContext, q: QuoteSite) => after(ctx, q.closeToken + 1, q.finished, q.comma);
const cueBefore = (ctx: SpeakerContext, q: QuoteSite) => before(ctx, q.openToken);

/** The speaker strategies of a quote, in the order they are tried. */
export const QUOTE_SPEAKER_STRATEGIES: readonly SpeakerStrategy[] = [
  // "WALLACE: …" in a transcript
  { name: 'transcript label', when: always, find: (ctx, q) => transcriptLabel(ctx, q.span) },
  // "…: “…,” the union wrote": a named speaker after a quote that ends in a comma outranks the cue before the colon
  { name: 'cue after a comma', when: (q) => q.comma, find: cueAfter },
  { name: 'cue before a colon', when: always, find: (ctx, q) => colonBefore(ctx, q.openToken) },
  { name: 'cue after', when: afterFirst, find: cueAfter },
  { name: 'cue before', when: always, find: cueBefore },
  { name: 'cue after, for a partial quote', when: (q) => !afterFirst(q), find: cueAfter },
  // "… a “productive meeting” …, as Mayorkas put it"
  {
    name: 'cue later in the sentence',
    when: (q) => q.kind === 'partial',
    find: (ctx, q) => anywhereAfter(ctx, q.closeToken + 1),
  },
  // "Brandt has called Varga a “paper tiger”"
  {
    name: 'subject of the sentence',
    when: (q) => q.kind === 'partial' && q.words > 1,
    find: (ctx, q) => subjectSpeaker(ctx, q.openToken),
  },
  {
    name: 'person opening the sentence',
    when: (q) => q.kind === 'partial' && q.words > 1,
    find: (ctx, q) => openingPerson(ctx, q.openToken),
  },
  // "Capito, a Republican, called over her shoulder, “…”": a quote after a comma or colon, with no cue, is the subject's
  {
    name: 'subject before a comma or colon',
    when: (q) => !q.asked && q.kind === 'direct' && q.introduced,
    find: (ctx, q) => subjectSpeaker(ctx, q.openToken),
  },
  // "… such as the outspoken Dr Ina Vale: “…”": a person named right before the colon
  {
    name: 'name before a colon',
    when: (q) => !q.asked && q.kind === 'direct',
    find: (ctx, q) => nameBeforeColon(ctx, q.openToken, q.closeToken),
  },
  // the speaker of the quote just before, in the same or the previous paragraph
  {
    name: 'last speaker',
    when: (q) =>
      !q.asked && (q.kind === 'direct' || q.long) && q.last !== null && q.paragraph - q.last.paragraph <= 1,
    find: (_ctx, q) => q.last?.attribution ?? null,
  },
  // "Lee called him a master of deals. “He never gave up.”"
  {
    name: 'subject of the sentence before',
    when: (q) => !q.asked && q.kind === 'direct',
    find: (ctx, q) => previousSubject(ctx, q.openToken),
  },
];

/** The speaker of a quote: the first strategy of the table that applies and finds one, else null. */
export function quoteSpeaker(
  ctx: SpeakerContext,
  q: QuoteSite,
  strategies: readonly SpeakerStrategy[] = QUOTE_SPEAKER_STRATEGIES,
): Attribution | null {
  for (const s of strategies) {
    if (!s.when(q)) continue;
    const found = s.find(ctx, q);
    if (found) return found;
  }
  return null;
}
