/**
 * The report audit's tests of a shown claim's shape and of an evidence sentence's kind (issue 10: "no
 * fragment or bare-pronoun claims"; a ✓ never rests on an editor's note, a repeated headline or a
 * quote of someone denying the fact). Read with wink's tags (src/text/wink.ts), as the stages read.
 */
import { correctTags } from '../../src/text/tags.ts';
import { getNlp } from '../../src/text/wink.ts';

/** Why a shown claim is no whole claim, or null when it is one. */
export type ShapeFault =
  | 'starts in lower case'
  | 'subordinate clause alone'
  | 'no verb'
  | 'bare pronoun subject'
  | 'starts with a conjunction';

// Words that open a clause that cannot stand alone ("After several officials visited …").
const SUBORDINATORS = new Set([
  'after',
  'although',
  'because',
  'before',
  'if',
  'once',
  'since',
  'though',
  'unless',
  'until',
  'when',
  'whenever',
  'whereas',
  'while',
  'which',
  'who',
  'whom',
  'whose',
]);
const CONJUNCTIONS = new Set(['and', 'or', 'nor']);
// Personal pronouns as a subject: shown as a claim, they leave the reader asking who.
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'his', 'her', 'their', 'its']);
const LEADS = new Set(['but', 'and', 'so', 'yet', 'still', 'now', 'then', 'also']);

function tagged(text: string): { words: string[]; tags: readonly string[] } {
  const nlp = getNlp();
  const doc = nlp.readDoc(text);
  const words = doc.tokens().out(nlp.its.value) as string[];
  const norm = doc.tokens().out(nlp.its.normal) as string[];
  return { words, tags: correctTags(norm, doc.tokens().out(nlp.its.pos) as string[]) };
}

/**
 * The fault of a claim as shown, or null. A resolved pronoun ("[Ana Ruiz] wants …") is whole; a
 * subordinate clause is whole only when a main clause follows its comma.
 */
export function shapeFault(text: string): ShapeFault | null {
  const shown = text.trim().replace(/^["“‘'(]+/, '');
  if (shown.startsWith('[')) return null;
  if (/^[a-z]/.test(shown)) return 'starts in lower case';
  const { words, tags } = tagged(shown);
  const first = (words[0] ?? '').toLowerCase();
  if (!tags.some((t) => t === 'VERB' || t === 'AUX')) return 'no verb';
  if (SUBORDINATORS.has(first)) {
    const comma = words.indexOf(',');
    const after = comma < 0 ? [] : tags.slice(comma + 1);
    if (!after.some((t) => t === 'VERB' || t === 'AUX')) return 'subordinate clause alone';
  }
  if (CONJUNCTIONS.has(first)) return 'starts with a conjunction';
  const subject = LEADS.has(first) && words[1] !== ',' ? (words[1] ?? '') : first;
  // a quotation's "I" or "we" is its speaker's, named when the sentence says who said it
  if (PRONOUNS.has(subject.toLowerCase()) && !(opensQuote(text) && namesSpeaker(text)))
    return 'bare pronoun subject';
  return null;
}

const opensQuote = (text: string) => /^\s*["“‘']/.test(text);
const namesSpeaker = (text: string) =>
  /["”’'],?\s+(?:\S+\s+){0,6}?(?:said|says|told|added|wrote|stated|tweeted|announced|declared)\b/i.test(text);

/** Why an evidence sentence cannot support a fact, or null. */
export type EvidenceFault =
  | "editor's note"
  | 'headline repeated'
  | 'headline glued to a sentence'
  | 'a denial';

const EDITORS_NOTE =
  /^\W*(?:correction|clarification|editor'?s'? note|update[ds]?)\b|\bthis (?:article|story|report|post) (?:has been|was|is) (?:updated|corrected|amended)|\b(?:contributed|added) (?:to this|reporting)\b/i;
const DENIAL =
  /\b(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|rejects?|rejected|dismiss(?:es|ed)?|not true|false(?:ly)?|no truth|never happened)\b/i;
const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The fault of a ✓'s evidence sentence for the claim, or null: an editor's note, the article's
 * headline repeated as a sentence, or a denial the claim does not tell.
 */
export function evidenceFault(evidence: string, claim: string, title: string | null): EvidenceFault | null {
  if (EDITORS_NOTE.test(evidence)) return "editor's note";
  // a headline is told in headline style, without a full stop (a first line that ends in one, as in
  // ECB+'s documents, is the lead sentence)
  if (title && !/[.!?]["”’']?$/.test(title.trim())) {
    if (fold(evidence) === fold(title)) return 'headline repeated';
    if (fold(evidence).startsWith(`${fold(title)} `)) return 'headline glued to a sentence';
  }
  // a denial by the claim's own subject ("Kiir denied the claims, calling them …" for "Kiir said …")
  // denies something else
  const denial = DENIAL.exec(evidence);
  const opening = /^\W*(?:(?:The|A|An)\s+)?([\p{L}'’-]+)/u.exec(claim)?.[1] ?? '';
  const subject = /^\p{Lu}/u.test(opening) ? opening : null;
  const bySubject =
    denial && subject && evidence.slice(Math.max(0, denial.index - 40), denial.index).includes(subject);
  if (denial && !DENIAL.test(claim) && !bySubject) return 'a denial';
  return null;
}
