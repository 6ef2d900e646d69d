import type { Doc, DocSentence, Tok } from '../../../text/annotated.ts';
import { OPENING_SUBORDINATORS, RELATIVE_PRONOUNS } from '../data/function-words.ts';
import { CONTRAST_WORDS, TIME_AFTER_CUE } from '../data/speech.ts';
import { isCue } from '../speakers/cues.ts';
import { narratorTimeAt } from '../speakers/narrator-time.ts';
import { phraseAfter, phraseBefore } from '../speakers/phrases.ts';
import { quotedBefore, quotedPerson } from '../speakers/quoted-as.ts';
import { resolveSpeaker, type SpeakerContext } from '../speakers/resolve.ts';
import {
  addsFigure,
  afterRelativeHead,
  gapReported,
  putsAt,
  speakerAfter,
  subjectAcross,
} from './source-phrases.ts';

// Who a sentence's figures are told by: the source after "according to", else the speaker of its first
// speech verb, and the tokens of what that speaker reports.

/** A sentence's source, the tokens of what it covers, and its own phrase's tokens. */
export interface Source {
  readonly name: string;
  readonly from: number;
  /** One past the last token it covers. */
  readonly to: number;
  readonly phrase: readonly [number, number];
}

// Where what a speaker reports ends: before a comma that opens the narrator's time of it ("…
// declared there will be no change, a day after Varga issued a three-line directive"); else `end`.
function reportEnd(doc: Doc, c: number, end: number): number {
  for (let k = c + 1; k < end; k++) if (narratorTimeAt(doc, k)) return k;
  return end;
}

// Where what a speaker reports inside a clause that opens the sentence, before its main verb, ends:
// at that clause's comma ("In the first debate since Varga announced the withdrawal, the 12
// candidates …"; not "Lee died after police say two girls, aged 13 and 15, …"); else `end`.
function openingClauseEnd(doc: Doc, s: DocSentence, speaker: number, c: number, end: number): number {
  let k = speaker - 1;
  while (
    k >= s.first &&
    (doc.tokens[k] as Tok).text !== ',' &&
    !OPENING_SUBORDINATORS.has((doc.tokens[k] as Tok).norm)
  )
    k--;
  if (k < s.first || (doc.tokens[k] as Tok).text === ',') return end;
  for (let j = s.first; j < k; j++) if (/^(?:VERB|AUX)$/.test((doc.tokens[j] as Tok).pos)) return end;
  for (let j = c + 1; j < end; j++) if ((doc.tokens[j] as Tok).text === ',') return j;
  return end;
}

// Whether a speech verb at `c` is followed by what it reports ("announced it would suspend two
// crossings", "said that", "a move economists say strengthens …"), not by the end of the sentence
// ("…, officials said on Wednesday.").
function reportsAfter(doc: Doc, c: number, end: number): boolean {
  let k = c + 1;
  while (k < end && TIME_AFTER_CUE.has((doc.tokens[k] as Tok).norm)) k++;
  const next = doc.tokens[k];
  return (
    (k < end && next !== undefined && /^(?:PRON|DET|NOUN|PROPN|NUM|SCONJ)$/.test(next.pos)) ||
    gapReported(doc, c, end)
  );
}

/**
 * Who a sentence's figures come from: the source after "according to", else the speaker of its first
 * speech verb. A speaker followed by what it reports ("…, and on Sunday, CBP announced it would
 * suspend two crossings") covers only the figures from its own name on, not those told before it.
 */
export function attributionOf(ctx: SpeakerContext, s: DocSentence): Source | null {
  const { doc } = ctx;
  for (let c = s.first; c < s.end; c++) {
    const t = doc.tokens[c] as Tok;
    if (t.norm === 'according' && doc.tokens[c + 1]?.norm === 'to') {
      const np = phraseAfter(doc, c + 2, s.end);
      if (np)
        return { name: resolveSpeaker(ctx, np[0], np[1], c).name, from: s.first, to: s.end, phrase: np };
    }
    // "the union puts the figure at 1,200": who puts it there gives the figure
    const estimator = putsAt(doc, c, s);
    if (estimator) return sourceOf(ctx, s, estimator, c, false);
    // "IRNA quoted the governor as saying …", "Lee was quoted by the radio as saying …": the one quoted
    const quoted = isCue(t) && doc.tokens[c - 1]?.norm === 'as' ? quotedBefore(doc, c - 1, s.first) : -1;
    const person = quoted < 0 ? null : quotedPerson(doc, quoted, c - 1, s.first);
    if (person) return sourceOf(ctx, s, person, c, false);
    // "a raid described by French media as …": a passive cue's subject is what is told of, no source
    if (!isCue(t) || doc.tokens[c + 1]?.norm === 'by' || addsFigure(doc, c, s.end)) continue;
    const before = phraseBefore(doc, c, s.first) ?? subjectAcross(doc, c, s.first);
    // "…, a move economists say strengthens the case": the speaker after the noun the clause is told of
    const np = before && gapReported(doc, c, s.end) ? afterRelativeHead(doc, before) : before;
    // "“It lasted around 30 seconds,” said Ann Lind, the director.": the speaker after the cue tells what
    // stands before it
    const inverted = np ? null : speakerAfter(doc, c, s.end);
    if (inverted) return { ...sourceOf(ctx, s, inverted, c, false), from: s.first, to: c };
    // "… 12 officials, but not Hale, who some experts said was the leader": a speaker inside a
    // relative clause reports that clause only, not the figures before it
    const relative = np && np[0] > s.first && RELATIVE_PRONOUNS.has(doc.tokens[np[0] - 1]?.norm ?? '');
    // the aside between the speaker and the cue is told of the speaker, not by it ("Lee, who has
    // lived here for 45 years, said …")
    if (np)
      return sourceOf(
        ctx,
        s,
        [np[0], Math.max(np[1], c)],
        c,
        relative === true,
        np,
        subordinateFrom(doc, s, np[0]),
      );
  }
  return null;
}

/**
 * The sources of a sentence's clauses, by token: a semicolon ends a clause and its source ("Carrow
 * Transit says 900 drivers are taking part; the union puts the figure at 1,200"), and so does a
 * contrasting clause with a source of its own (", while the union put the number at 9,000"); a clause after one
 * without a source of its own has none, and a clause before the last one without a source of its own
 * has the last one's when it is told after all it reports, ending the sentence ("About 300 crew walked
 * out; 40 more joined, the union said."). Each clause's source is read once, when first asked.
 */
export function clauseSources(ctx: SpeakerContext, s: DocSentence): (token: number) => Source | null {
  const { doc } = ctx;
  const clauses: { first: number; end: number; source?: Source | null }[] = [];
  let from = s.first;
  for (let k = s.first; k < s.end; k++)
    if ((doc.tokens[k] as Tok).text === ';') {
      clauses.push({ first: from, end: k });
      from = k + 1;
    }
  clauses.push({ first: from, end: s.end });
  // "The office said 6,500 joined, while the union put the number at 9,000": a contrasting clause
  // whose subject is a source of its own is a clause of its own too
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i] as (typeof clauses)[number];
    for (let k = clause.first + 1; k < clause.end - 1; k++) {
      if ((doc.tokens[k] as Tok).text !== ',' || !CONTRAST_WORDS.has(doc.tokens[k + 1]?.norm ?? '')) continue;
      const after = { first: k + 2, end: clause.end };
      const source = attributionOf(ctx, { ...s, ...after });
      if (source?.phrase[0] !== after.first) continue;
      clauses.splice(i, 1, { first: clause.first, end: k }, { ...after, source });
      break;
    }
  }
  const sourceOfClause = (i: number): Source | null => {
    const clause = clauses[i] as (typeof clauses)[number];
    if (clause.source === undefined) clause.source = attributionOf(ctx, { ...s, ...clause });
    return clause.source;
  };
  return (token) => {
    const found = clauses.findIndex((c) => token < c.end);
    const i = found < 0 ? clauses.length - 1 : found;
    const own = sourceOfClause(i);
    const lastAt = clauses.length - 1;
    if (own || i === lastAt) return own;
    for (let k = i + 1; k < lastAt; k++) if (sourceOfClause(k)) return null;
    // (told after what it reports: its phrase past the first words it covers)
    const last = sourceOfClause(lastAt);
    return last && last.from < last.phrase[0]
      ? { ...last, from: (clauses[i] as (typeof clauses)[number]).first }
      : null;
  };
}

// The source of the cue at `c` whose own phrase (its name and any aside before the cue) is `phrase`,
// named by `np`, and the tokens of what it covers.
function sourceOf(
  ctx: SpeakerContext,
  s: DocSentence,
  phrase: [number, number],
  c: number,
  relative: boolean,
  np: [number, number] = phrase,
  subordinate = -1,
): Source {
  const { doc } = ctx;
  const reports = reportsAfter(doc, c, s.end);
  return {
    name: resolveSpeaker(ctx, np[0], np[1], c).name,
    from: relative ? np[0] - 1 : reports ? np[0] : Math.max(s.first, subordinate),
    to: reports ? openingClauseEnd(doc, s, np[0], c, reportEnd(doc, c, s.end)) : s.end,
    phrase,
  };
}

// Where a clause that a subordinator opens inside the sentence, holding the speaker at `speaker`,
// starts ("… went to Castor Rail in June after a review critics said favoured the bidder": the critics
// speak in the clause of "after", not of the figures before it); -1 where the speaker is in the main clause.
function subordinateFrom(doc: Doc, s: DocSentence, speaker: number): number {
  for (let k = speaker - 1; k > s.first; k--) {
    const t = doc.tokens[k] as Tok;
    if (t.text === ',' || /^(?:VERB|AUX)$/.test(t.pos)) return -1;
    if (OPENING_SUBORDINATORS.has(t.norm)) return k;
  }
  return -1;
}

/**
 * Whether tokens first..last lie in the source's own phrase: a figure there is told of it, not by it
 * ("More than 60 people reported to …").
 */
export function within(first: number, last: number, source: Source): boolean {
  return first >= source.phrase[0] && last <= source.phrase[1];
}
