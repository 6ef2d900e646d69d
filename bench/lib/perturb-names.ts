/**
 * Metamorphic edits of the names of an evidence sentence: another participant where the claim's one
 * stood (breaks support), a title put before a person's name (keeps it). Each returns the new
 * sentence or null.
 */
import { type Named, type PartTarget, splice, words } from './perturb-parts.ts';

const REPORTS = /^(says?|said|told|tells|reported|reports|announced|according)$/;

// Whether a name only describes a person named after it ("Kell police Lt. Ada Holm", "Velden
// president-elect Ivo Brand"): another there changes a title, not who takes part.
const describesPerson = (t: PartTarget, m: Named): boolean => {
  const next = t.named.find((n) => n.start > m.end && n.kind === 'person');
  if (!next) return false;
  const between = t.text.slice(m.end, next.start).trim().split(/\s+/).filter(Boolean);
  // lower-case words, a title or its short form ("police Lt.", "president-elect")
  const titleLike = (w: string) =>
    /^[\p{Ll}-]+$/u.test(w) || /^\p{Lu}\p{L}{0,4}\.$/u.test(w) || TITLES.has(w.toLowerCase());
  return between.length <= 2 && between.every(titleLike);
};

// Whether a name is who reports the sentence ("Vessco said …", "according to Vessco") where the
// claim has no reporter: the claim does not rest on it.
const reporterOnly = (t: PartTarget, m: Named): boolean => {
  if ([...t.claimNorms].some((w) => REPORTS.test(w))) return false;
  const after = t.tokens.find((x) => x.start >= m.end);
  const before = t.tokens.filter((x) => x.end <= m.start).at(-2);
  return REPORTS.test(after?.norm ?? '') || before?.norm === 'according';
};

/**
 * The first participant the claim names too, replaced by another of its kind ("Ostland" →
 * "Valdoria"); not a name that only describes a person after it, nor who reports the sentence where
 * the claim names no reporter.
 */
export function otherParticipant(t: PartTarget): string | null {
  const m = t.named.find(
    (n) =>
      n.inClaim &&
      ['person', 'organization', 'place'].includes(n.kind) &&
      !describesPerson(t, n) &&
      !reporterOnly(t, n),
  );
  if (!m) return null;
  const avoid = [...words(m.name), ...words(t.text.slice(m.start, m.end))];
  const other = t.stranger(m.kind, avoid);
  return other ? splice(t.text, m.start, m.end, other) : null;
}

const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'president',
  'senator',
  'sen',
  'gov',
  'governor',
  'judge',
  'officer',
  'rep',
]);

/** A title before the first person named in full ("Dana Oren" → "Dr. Dana Oren"). Keeps support. */
export function titled(t: PartTarget): string | null {
  const m = t.named.find((n) => n.kind === 'person' && words(t.text.slice(n.start, n.end)).length >= 2);
  if (!m) return null;
  const before = t.tokens.filter((x) => x.end <= m.start).at(-1);
  if (before && (TITLES.has(before.norm.replace(/\.$/, '')) || before.pos === 'PROPN')) return null;
  return splice(t.text, m.start, m.start, 'Dr. ');
}
