import { type Doc, sentenceOf, spacedAt, type Tok } from '../../../text/annotated.ts';
import { BODY_PRONOUNS } from '../data/function-words.ts';
import {
  ORG_APPOSITION_NOUNS,
  ORG_NOUNS_AFTER,
  ORG_NOUNS_BEFORE,
  STOCK_EXCHANGES,
  WORK_NOUNS_AFTER,
} from '../data/organizations.ts';
import { pronounAfterVerb } from './context-person.ts';
import { isOrgWord } from './lexicon.ts';

/** Words an apposition may run over before its head noun ("X, a Boston software company"). */
const APPOSITION_REACH = 6;

/**
 * True when the words around a name make it an organisation: a noun before it ("startup X"), one after it
 * ("X spokesman", "X's shares"), a ticker ("X (NYSE: XYZ)"), "Boston-based X" or an apposition ("X, a firm").
 */
export function orgByContext(doc: Doc, a: number, b: number): boolean {
  const toks = doc.tokens;
  const prev = toks[a - 1];
  if (prev && ORG_NOUNS_BEFORE.has(prev.norm) && prev.text === prev.norm) return true;
  if (prev?.norm === 'based' && !spacedAt(doc, a - 1) && toks[a - 2]?.text === '-') return true;
  let k = b;
  if (toks[k]?.text === '’s' || toks[k]?.text === "'s") k++;
  const next = toks[k];
  if (next && ORG_NOUNS_AFTER.has(next.norm) && (next.text === next.norm || /^C[EFOT]O$/.test(next.text)))
    return true;
  if (toks[b]?.text === '(' && STOCK_EXCHANGES.has(toks[b + 1]?.text ?? '') && toks[b + 2]?.text === ':')
    return true;
  if (pronounAfterVerb(doc, a, b, BODY_PRONOUNS)) return true;
  return toks[b]?.text === ',' && appositionIsOrg(doc, b + 1);
}

/** True when the lower-case noun right after a name ending before token `b` is a work's ("the Real Life program"). */
export function workByContext(doc: Doc, b: number): boolean {
  const next = doc.tokens[b];
  return next !== undefined && WORK_NOUNS_AFTER.has(next.norm) && next.text === next.norm;
}

/** ", a/an/the … company" within a few words, before any other punctuation. */
function appositionIsOrg(doc: Doc, k: number): boolean {
  const det = doc.tokens[k]?.norm;
  if (det !== 'a' && det !== 'an' && det !== 'the') return false;
  const sentence = sentenceOf(doc, k);
  for (let j = k + 1; j <= k + APPOSITION_REACH; j++) {
    const t = doc.tokens[j];
    if (!t || sentenceOf(doc, j) !== sentence || t.pos === 'PUNCT' || t.norm === 'of') return false;
    // the body's noun heads the apposition: "a cleaning firm", not "the firm's chief" or "a charity worker"
    if (ORG_APPOSITION_NOUNS.has(t.norm) && t.pos === 'NOUN') return !headBefore(doc.tokens[j + 1]);
  }
  return false;
}

// Whether token t after a noun makes that noun a modifier or an owner ("firm's", "charity worker").
const headBefore = (t: Tok | undefined): boolean =>
  !!t && (t.text === "'s" || t.text === '’s' || (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text)));

/** True for a stock exchange or its ticker in "(NYSE: XYZ)": never an entity. */
export function isTicker(doc: Doc, a: number): boolean {
  const toks = doc.tokens;
  const t = toks[a] as Tok;
  if (STOCK_EXCHANGES.has(t.text) && toks[a + 1]?.text === ':') return true;
  return toks[a - 1]?.text === ':' && STOCK_EXCHANGES.has(toks[a - 2]?.text ?? '');
}

// A headline's verb: capitalised, in the present tense's -s form ("Trashes", "Rejects", "Quits").
const HEADLINE_VERB = /^\p{Lu}\p{Ll}+s$/u;

/**
 * True when the title-case words a..b are a headline's clause, not a body's name ("Tarvonia Rejects Biased
 * Kestrel Report"): they hold a headline's verb after their first word and no body's word. The story's
 * running text naming them so still makes them a body (entities/deferred.ts).
 */
export function headlineClause(doc: Doc, a: number, b: number, words: readonly string[]): boolean {
  if (words.some((w) => w.split(/[-‑]/).some(isOrgWord))) return false;
  for (let k = a + 1; k < b; k++) {
    const t = doc.tokens[k] as Tok;
    if (t.pos === 'VERB' && HEADLINE_VERB.test(t.text)) return true;
  }
  return false;
}
