// Who tells a claim: the outlet in its own voice, or a source (quoted, or with a verb of saying).
import { CUE_VERBS, WEAK_CUES } from '../../extract/data/speech.ts';
import type { Reading } from './reading.ts';
import { quotation } from './speakers.ts';
import { nearCopy } from './tier.ts';

/**
 * A quotation (in quotation marks, or the end of one: speakers.ts), or with a verb of saying (not a weak one: "read", "point") or "according to":
 * a source's words, not the outlet's own.
 * @example
 * attributed(read('The pier closed on Monday, the mayor said.')) // true
 */
export function attributed(r: Reading): boolean {
  const tokens = r.claim.tokens;
  return (
    quotation(r) ||
    tokens.some(
      (t, i) =>
        (CUE_VERBS.has(t.norm) && !WEAK_CUES.has(t.norm)) ||
        (t.norm === 'according' && tokens[i + 1]?.norm === 'to'),
    )
  );
}

/** The reason of the pairs the judge abstains on so (ownVoiceFromQuotation): related, shown as "—". */
export const OWN_VOICE_REASON = "told in the outlet's own voice, a source's quotation only";

/**
 * The claim is the outlet's own assertion, and the candidate only a source's words in quotation marks
 * (a quotation its article marks, not the end of one whose opening mark another sentence or a scrape
 * holds) that are no copy of it: what a speaker says to promote or explain ('"With a wide screen and fast
 * browsing, the K9 helps you …," said its maker') need not state what the outlet asserts ("The K9
 * has a wide screen"). On the development pairs such a ✓ was right far less often than the rest
 * (bench/data/README-support.md, Abstaining), so the judge abstains: related, shown as "—".
 * @example
 * ownVoiceFromQuotation(read('The K9 has a wide screen.'), read('"The K9 has a wide screen and more," Lind said.')) // true
 */
export function ownVoiceFromQuotation(a: Reading, b: Reading): boolean {
  return b.claim.quoted && !attributed(a) && !nearCopy(a, b);
}
