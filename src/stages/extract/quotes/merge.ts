import { contentIds } from '../../../model/content-ids.ts';
import type { Evidence, Quote } from '../../../model/index.ts';
import { foldName } from '../../../text/normalise.ts';
import { NON_SPEECH_STANCES, SPEAKER_PRONOUNS } from '../data/speech.ts';
import type { Attribution } from '../speakers/resolve.ts';
import type { FoundQuote } from './find.ts';

const SHINGLE = 4;

/** A quote's text for matching: accents, case, quote marks and punctuation folded away. */
export function normalizeQuote(text: string): string {
  return foldName(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function shingles(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) out.push(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

interface Cluster {
  norm: string;
  members: FoundQuote[];
}

/**
 * Merge the quotes of a story: the same words in several articles (or one containing the other) become
 * one quote with every occurrence; indirect speech merges only with identical indirect speech.
 */
export function mergeQuotes(found: readonly FoundQuote[], idPrefix: string, merge = true): Quote[] {
  if (!merge)
    return withIds(
      found.map((q) => toQuote({ norm: '', members: [q] })),
      idPrefix,
    );
  const clusters: Cluster[] = [];
  // direct and partial quotes merge with each other, indirect speech only with itself
  const exact = { direct: new Map<string, Cluster[]>(), indirect: new Map<string, Cluster[]>() };
  const byShingle = new Map<string, Cluster[]>();
  const byFirst = new Map<string, Cluster[]>();
  for (const q of found) {
    const norm = normalizeQuote(q.text);
    const indirect = q.kind === 'indirect';
    const same = indirect ? exact.indirect : exact.direct;
    // the same words given to another named speaker stay a quote of their own
    const fits = (c: Cluster) => !otherSpeaker(c, q);
    let target = same.get(norm)?.find(fits);
    const words = norm.split(' ');
    const sh = indirect ? [] : shingles(words);
    if (!target && sh.length) {
      const candidates = [
        ...(byShingle.get(sh[0] as string) ?? []),
        ...sh.flatMap((s) => byFirst.get(s) ?? []),
      ];
      target = candidates.find((c) => (c.norm.includes(norm) || norm.includes(c.norm)) && fits(c));
    }
    if (!target) {
      target = { norm, members: [] };
      clusters.push(target);
      for (const s of sh) byShingle.set(s, [...(byShingle.get(s) ?? []), target]);
      if (sh[0]) byFirst.set(sh[0], [...(byFirst.get(sh[0]) ?? []), target]);
    }
    const known = same.get(norm) ?? [];
    if (!known.includes(target)) same.set(norm, [...known, target]);
    target.members.push(q);
  }
  return withIds(
    joinShortParts(clusters).map((c) => toQuote(c)),
    idPrefix,
  );
}

// A few words quoted in part (too few for a shingle: "no choice"), given to a named speaker, are a part
// of the one longer quote of that speaker its words run in, word for word (`Ferris said the government
// had left teachers "no choice"` of “… but the government left us no choice”); none when two quotes of
// the speaker hold them (which one is meant is not known), nor when another speaker is named.
function joinShortParts(clusters: readonly Cluster[]): Cluster[] {
  const direct = clusters.filter((c) => c.members.every((m) => m.kind !== 'indirect'));
  const joined = new Set<Cluster>();
  for (const short of direct) {
    const words = short.norm.split(' ');
    if (!short.norm || words.length >= SHINGLE || !short.members.every((m) => m.kind === 'partial')) continue;
    if (!short.members.every(namedSpeaker)) continue;
    const within = direct.filter(
      (c) =>
        c !== short &&
        !joined.has(c) &&
        c.norm.split(' ').length >= SHINGLE &&
        ` ${c.norm} `.includes(` ${short.norm} `) &&
        c.members.some((m) => namedSpeaker(m) && short.members.every((s) => sameSpeaker(s, m))) &&
        !short.members.some((q) => otherSpeaker(c, q)),
    );
    if (within.length !== 1) continue;
    (within[0] as Cluster).members.push(...short.members);
    joined.add(short);
  }
  return clusters.filter((c) => !joined.has(c));
}

// Whether a found quote names its speaker (an entity or a capitalised name, not "she" or "officials").
const namedSpeaker = (q: FoundQuote): boolean => speakerEntities(q).length > 0 || nameWords(q).length > 0;

// Whether two found quotes name one speaker: an entity of both, else a word of both names.
function sameSpeaker(a: FoundQuote, b: FoundQuote): boolean {
  const [ea, eb] = [speakerEntities(a), speakerEntities(b)];
  if (ea.length && eb.length) return ea.some((id) => eb.includes(id));
  const nb = nameWords(b);
  return nameWords(a).some((w) => nb.includes(w));
}

// Each quote's id from what it says and who says it (`contentIds`): the same quote keeps its id when
// the story is analysed again; indirect speech apart from quoted words.
function withIds(quotes: readonly Quote[], idPrefix: string): Quote[] {
  const keys = quotes.map(
    (q) => `${q.kind === 'indirect' ? 'indirect' : 'quoted'} ${q.speaker?.name ?? ''} ${q.text}`,
  );
  const ids = contentIds(idPrefix, 'q', keys);
  return quotes.map((q, i) => ({ ...q, id: ids[i] as string }));
}

// The entities a found quote's speaker stands for (each part of a joint one), none when it names no entity.
function speakerEntities(q: FoundQuote): readonly string[] {
  const s = q.speaker;
  return s?.entityId ? [s.entityId] : (s?.entityIds ?? []);
}

// Whether the quote names a speaker entity and the cluster's members name others, none of them its own:
// one article's speaker must not stand for another's ("Dunford wrote" and "the Department declared").
function otherSpeaker(c: Cluster, q: FoundQuote): boolean {
  // "said his lawyer, Ines Roth" (no entity) and "she said" read as the client: two people's names
  // that share no word are two speakers, an entity or not
  if (namesDisagree(q, c.members)) return true;
  const own = speakerEntities(q);
  if (own.length === 0) return false;
  const theirs = c.members.flatMap(speakerEntities);
  return theirs.length > 0 && !theirs.some((id) => own.includes(id));
}

// A speaker's name as a person's or a body's: its capitalised words (none for "his lawyer", "officials").
function nameWords(q: FoundQuote): string[] {
  return (q.speaker?.name ?? '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
}

// Whether the quote's speaker is named and a member's is named with none of its words.
function namesDisagree(q: FoundQuote, members: readonly FoundQuote[]): boolean {
  const own = nameWords(q);
  if (own.length === 0) return false;
  return members.some((m) => {
    const theirs = nameWords(m);
    return theirs.length > 0 && !theirs.some((w) => own.includes(w));
  });
}

function toQuote(c: Cluster): Quote {
  const longest = c.members.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  // a named speaker first, then a joint one whose parts are named ("the city and the NRTA said")
  const spoken =
    c.members.find((m) => m.speaker?.entityId) ??
    c.members.find((m) => m.speaker?.entityIds?.length) ??
    c.members.find((m) => m.speaker);
  const kinds = new Set(c.members.map((m) => m.kind));
  const kind = kinds.has('direct') ? 'direct' : kinds.has('partial') ? 'partial' : 'indirect';
  const occurrences: Evidence[] = c.members.map((m) => ({
    articleId: m.articleId,
    span: { start: m.start, end: m.end },
  }));
  return {
    id: '',
    kind,
    text: longest.text,
    speaker: spoken?.speaker ? speakerOf(spoken.speaker) : null,
    cue: spoken?.speaker?.cue ?? null,
    // "refused to meet", "its plan to close": a stance told in the outlet's words, nobody's speech
    ...(kind === 'indirect' && NON_SPEECH_STANCES.has(spoken?.speaker?.cue?.toLowerCase() ?? '')
      ? { speech: false as const }
      : {}),
    occurrences,
    speakerEvidence: c.members.flatMap((m) => (m.speaker ? [m.speaker.evidence] : [])),
  };
}

// The quote's speaker: the name and entity, and each part's entity of a joint speaker.
// A pronoun no one was found for ("she said") is marked unresolved: no one is named.
function speakerOf(s: Attribution): NonNullable<Quote['speaker']> {
  const { name, entityId, entityIds } = s;
  if (entityIds?.length) return { name, entityId, entityIds: [...entityIds] };
  return entityId === null && SPEAKER_PRONOUNS.has(name.toLowerCase())
    ? { name, entityId, unresolved: true }
    : { name, entityId };
}
