import { stem } from '../../../text/normalise.ts';
import { EVENT_PHRASES, EVENT_VERB_FORMS } from '../data/event-phrases.ts';
import { perReading, type Reading } from './reading.ts';

// A word's stem, a listed past form first brought back to its base ("struck" → strike).
const stemOf = (w: string): string => stem(EVENT_VERB_FORMS[w.toLowerCase()] ?? w);
// Each phrase as stems, with the index of its class.
const PHRASES = EVENT_PHRASES.flatMap((words, cls) =>
  words.map((p) => ({ cls, words: p.split(' ').map(stemOf) })),
);
const FIRST = new Set(PHRASES.map((p) => p.words[0]));
const SKIPPED = new Set(['a', 'an', 'the']);

/** One event phrase found in a reading: its class, the stem of its verb as written, and its subject's. */
interface Phrased {
  readonly cls: number;
  readonly verb: string;
  readonly subject: string | null;
}

// The event phrases a reading tells, each with the stem of its verb token ("ran" → "ran", as
// the date rule reads it) and of the nearest noun before it in its clause (its subject).
const phrasedEvents = perReading((r: Reading): readonly Phrased[] => {
  const tokens = r.claim.tokens;
  const stems = tokens.map((t) => stemOf(t.text));
  const out: Phrased[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!FIRST.has(stems[i] as string)) continue;
    for (const p of PHRASES) {
      let k = i;
      let ok = true;
      for (const w of p.words) {
        while (k > i && SKIPPED.has(tokens[k]?.norm ?? '')) k++;
        const t = tokens[k];
        if (!t || stems[k] !== w) {
          ok = false;
          break;
        }
        k++;
      }
      if (!ok) continue;
      let s = i - 1;
      while (s >= 0 && !['NOUN', 'PROPN', 'PUNCT'].includes(tokens[s]?.pos ?? '')) s--;
      const subject = s >= 0 && tokens[s]?.pos !== 'PUNCT' ? (stems[s] as string) : null;
      out.push({ cls: p.cls, verb: stem(tokens[i]?.text ?? ''), subject });
    }
  }
  return out;
});

/**
 * Whether `a` and `b` tell one event in other words: a phrase of one class on each side
 * ("ran aground" / "struck rocks"), of one subject ("the ferry"), and, when given, told by the verbs
 * `va` and `vb` (stems as written: the verbs a date of each side is of).
 */
export function onePhrasedEvent(a: Reading, b: Reading, va?: string, vb?: string): boolean {
  const pb = phrasedEvents(b);
  return phrasedEvents(a).some(
    (x) =>
      (va === undefined || x.verb === va) &&
      x.subject !== null &&
      pb.some((y) => y.cls === x.cls && (vb === undefined || y.verb === vb) && y.subject === x.subject),
  );
}
