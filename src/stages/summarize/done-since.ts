// The sentences that tell an event as done since another was written: what overtakes a plan
// (overtaken-plans.ts) or an expectation (overtaken-expectations.ts).
import type { Evidence } from '../../model/index.ts';
import { publishedInstant } from '../../text/dates/published.ts';
import type { Reading } from '../compare/support/index.ts';
import { foldedWords, tells } from '../compare/support/relations.ts';
import type { Candidate } from './candidates.ts';
import type { Telling } from './modality.ts';

/** A sentence of another article, published after a given one's, telling as done an event of given words. */
export type DoneSince = (
  c: Candidate,
  predicate: string,
  words: readonly string[],
) => readonly { readonly candidate: Candidate; readonly reading: Reading }[];

/**
 * The finder of the sentences that tell an event as done since a candidate was written: of another
 * article published after the candidate's (undated articles tell no order), told plainly as
 * happened and with no negation ("did not vote" tells no vote), telling `predicate` in any part of
 * speech or one of its class and naming every word of `words`.
 */
export function doneSince(
  candidates: readonly Candidate[],
  tellings: readonly (Telling | null)[],
  read: (e: Evidence) => Reading | null,
): DoneSince {
  type Done = { readonly candidate: Candidate; readonly reading: Reading; readonly at: number };
  // read when first asked for, of a dated candidate (a story of undated articles reads none)
  let done: Done[] | undefined;
  const doneOnes = (): Done[] =>
    candidates.flatMap((c) => {
      const t = tellings[c.index];
      // (as instants: outlets' zones do not compare as text)
      const at = t?.modality === 'happened' && t.plain ? publishedInstant(t.publishedAt) : Number.NaN;
      const reading = Number.isNaN(at) ? null : read(c.evidence);
      return reading && !reading.negatedAnywhere ? [{ candidate: c, reading, at }] : [];
    });
  return (c, predicate, words) => {
    const written = publishedInstant(tellings[c.index]?.publishedAt ?? null);
    if (Number.isNaN(written)) return [];
    done ??= doneOnes();
    return done.filter(({ candidate: o, reading, at }) => {
      if (o.articleId === c.articleId || at <= written || !tells(predicate, reading)) return false;
      const named = foldedWords(reading);
      return words.every((w) => named.has(w));
    });
  };
}
