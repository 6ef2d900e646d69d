import type { Claim } from '../claims.ts';
import { CLAUSE_CONNECTORS, SUBORDINATORS } from '../data/clause-words.ts';
import { BARE_AMOUNT_NOUNS } from '../data/count-words.ts';

// A claim that is a question: it ends in a question mark, or in one before a closing quotation mark
// when the whole claim is the quotation ("“Why now?”"); a question quoted at the end of a sentence that
// tells something ("earned praise … by asking, “What would …?”") is that sentence's.
const asks = (text: string): boolean => /\?$/.test(text) || (/\?['"’”]$/.test(text) && /^['"‘“`]/.test(text));

/**
 * Whether a claim can be shown on its own: not a subordinate clause, not an unresolved pronoun ("but he
 * wants …", shown as "He wants …", needs the sentence before; "These include …" needs what "these" are),
 * not a question ("Can the ferry company keep the sailings going?" asserts nothing, so no source tells it);
 * a quotation in the first person that names no speaker ("“But I will not …”") only with its speaker
 * known (`speakerOf`), whom `displayOf` shows.
 */
export function standsAlone(claim: Claim, speakerOf?: (claim: Claim) => string | null): boolean {
  // (asked again each time the claim's group is looked at: worked out once)
  let alone = ALONE.get(claim);
  if (alone === undefined) {
    alone = readAlone(claim);
    ALONE.set(claim, alone);
  }
  return alone === 'speaker' ? (speakerOf?.(claim) ?? null) !== null : alone;
}
const ALONE = new WeakMap<Claim, boolean | 'speaker'>();

function readAlone(claim: Claim): boolean | 'speaker' {
  // the conjunction a clause opens with is dropped when it is shown: the word after it opens the claim
  const at = claim.tokens.findIndex((t) => t.pos !== 'CCONJ');
  const first = claim.tokens[at];
  if (!first || claim.broken || asks(claim.text)) return false;
  if (bareAmount(claim.tokens)) return false;
  if (SUBORDINATORS.includes(first.norm) && !claim.tokens.some((t) => t.text === ',')) return false;
  // a pronoun is shown as the name it stands for, so one whose name is unclear is not shown at all
  if (/^(he|she|they|it|we|i|you)$/.test(first.norm)) return claim.subject !== null && !claim.subjectUnclear;
  // the word the claim is shown opening with: a connector before it ("although its claim …") is
  // dropped too (claims.ts displayText)
  const lead = shownFrom(claim);
  // an owner's pronoun ("His appeal is set for …") is never shown as a name: whose?
  if (OWNERS.has(claim.tokens[lead]?.norm ?? '')) return false;
  if (firstPersonQuoteAlone(claim.tokens.slice(lead))) return 'speaker';
  const next = claim.tokens[at + 1];
  if (/^(this|that|these|those)$/.test(first.norm) && (next?.pos === 'VERB' || next?.pos === 'AUX'))
    return false;
  // "that the fatigue was …": the second thing someone said, without the saying
  if (first.norm === 'that' && next && next.pos !== 'VERB' && next.pos !== 'AUX' && at > 0) return false;
  return claim.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

const OWNERS = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your']);

// A clause that opens its sentence inside a quotation begun in the sentence before, with the straight
// closing mark its first quotation mark (set against the word before it and not against the one after
// it), as in 'Everybody knew," said …' of '"They knew. Everybody knew," said …': shown, it gets its
// opening mark back, as a curly one does (claims.ts displayText). 'said:"We will …' opens a quotation.
function quotedFromBefore(claim: Claim): boolean {
  const tokens = claim.tokens;
  if ((tokens[0]?.start ?? -1) !== claim.sentence.start) return false;
  const at = tokens.findIndex((t) => /^(?:["“”«»]|``|'')$/.test(t.text));
  const mark = tokens[at];
  return (
    mark?.text === '"' &&
    at > 0 &&
    (tokens[at - 1] as Claim['tokens'][number]).end === mark.start &&
    tokens[at + 1]?.start !== mark.end
  );
}

// A bare amount that points back to a sentence before: "the figure", "this number", "the official
// total" with no "of …" or "for …" saying what it counts ("The ministry puts the figure at 30,000": the
// figure of what?).
function bareAmount(tokens: readonly Claim['tokens'][number][]): boolean {
  return tokens.some((t, k) => {
    if (!BARE_AMOUNT_NOUNS.has(t.norm) || t.pos !== 'NOUN') return false;
    // one adjective may stand between ("the official figure")
    const j = tokens[k - 1]?.pos === 'ADJ' ? k - 2 : k - 1;
    const before = tokens[j]?.norm;
    const after = tokens[k + 1];
    return (
      (before === 'the' || before === 'this' || before === 'that') &&
      after?.norm !== 'of' &&
      after?.norm !== 'for' &&
      after?.pos !== 'NOUN' &&
      after?.pos !== 'PROPN'
    );
  });
}

// The index of the token a claim is shown opening with: past the conjunctions and connectors its
// shown text leaves out.
const shownFrom = (claim: Claim): number =>
  claim.tokens.findIndex((t) => t.pos !== 'CCONJ' && !CLAUSE_CONNECTORS.includes(t.norm));

// A quotation opening in the first person ("“But I will not …”") whose sentence names no speaker after
// it ("…,” said Ivo Sarrat"): shown alone, its "I" or "we" is no one unless its speaker is shown.
function firstPersonQuoteAlone(tokens: readonly Claim['tokens'][number][]): boolean {
  if (!/^["“‘'`]+$/.test(tokens[0]?.text ?? '')) return false;
  const word = tokens.slice(1).find((t) => t.pos !== 'CCONJ' && /\p{L}/u.test(t.text));
  if (!word || !/^(i|we|my|our|me|us)$/.test(word.norm)) return false;
  // a closing mark: ” or ", or a single one after the quotation's last stop (not "We ’ ll")
  const close = tokens.findLastIndex(
    (t, k) =>
      k > 0 &&
      (/^["”]+$/.test(t.text) || (/^[’']+$/.test(t.text) && /^[,.!?]$/.test(tokens[k - 1]?.text ?? ''))),
  );
  return close < 0 || !tokens.slice(close + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether a claim that opens inside a quotation begun in the sentence before can be shown with that
 * quotation whole (claims.ts `quotation`): each other supporter holds four fifths of the words of its
 * opening sentences too, so no ✓ stands for words its sentence does not give. True for other claims.
 */
export function showsWholeQuotation(claim: Claim, supporters: readonly Claim[]): boolean {
  if (!claim.quotation) return true;
  const all = wordsOf(claim.quotation);
  const opening = all.slice(0, Math.max(0, all.length - wordsOf(claim.text).length));
  return supporters.every((c) => {
    if (c === claim) return true;
    const theirs = new Set(wordsOf(c.quotation ?? c.text));
    return opening.filter((w) => theirs.has(w)).length >= 0.8 * opening.length;
  });
}

/**
 * A claim as shown: an opening pronoun replaced by the name it stands for, in brackets; a quotation in
 * the first person that names no speaker, after its speaker's name ("[Dana Holt:] “But I will …”"). A
 * clause that opens inside a quotation begun in the sentence before is shown with that quotation whole
 * ('"They knew. Everybody knew," said …'), or, when `whole` is false (a supporter gives only the
 * clause), with its opening mark and an ellipsis for the rest ('"… Everybody knew," said …'); one that
 * opens a quotation going on in the next sentence, after its speaker's name, closed with an ellipsis
 * for the rest ('[Dana Holt:] "Those who qualify will be housed. …"').
 */
export function displayOf(claim: Claim, speaker: string | null = null, whole = true): string {
  if (claim.quotation && whole) return claim.quotation;
  let text = claim.text;
  const at = shownFrom(claim);
  // a quotation it opens that goes on in the next sentence: closed with an ellipsis for the rest, after
  // its speaker's name when known ('[Dana Holt:] "Those who qualify will be housed. …"')
  const close = openedOnly(text);
  if (close) return `${speaker ? `[${speaker}:] ` : ''}${text} …${close}`;
  if (speaker && at >= 0 && firstPersonQuoteAlone(claim.tokens.slice(at))) return `[${speaker}:] ${text}`;
  // the shown clause opens with the pronoun (a conjunction before it is not shown): "[X] wants …"
  if (claim.subject && !claim.subjectUnclear) text = text.replace(OPENING_PRONOUN, `[${claim.subject.name}]`);
  // "“…,” she said": the pronoun after a quotation stands for the quote's speaker
  if (speaker)
    text = text.replace(
      SPEAKER_PRONOUN,
      (_, before: string, _p: string, verb: string) => `${before}[${speaker}]${verb}`,
    );
  if (quotedFromBefore(claim) && !text.startsWith('"')) text = `"${text}`;
  // the quotation's earlier words left out: said so after its opening mark
  return claim.quotation ? text.replace(/^(["“«‘']?)/u, '$1… ') : text;
}

const OPENING_PRONOUN = /^(?:he|she|they|it)\b/i;

// The closing mark of a quotation a claim opens with and never closes (one whose words go on in the
// sentence after it), or null: '"Those who qualify will be housed.' → '"'.
function openedOnly(text: string): string | null {
  const open = /^["“]/u.exec(text)?.[0];
  if (!open) return null;
  const marks = text.match(/["“”]/gu) ?? [];
  return marks.length % 2 === 1 ? (open === '“' ? '”' : '"') : null;
}

const SPEAKER_PRONOUN =
  /([”"’]\s*,?\s*)(she|he|they)(\s+(?:said|says|added|adds|told|wrote|explained|noted|warned|argued)\b)/i;
