import type { SegmentedArticle, Span, Token } from '../../../model/index.ts';
import { headlineTokens, truecasedTitle } from '../../../text/headline.ts';
import { fold } from '../../../text/normalise.ts';
import { quotedTokens } from '../../../text/quotes/tokens.ts';
import {
  CONTESTED_TERMS,
  type ContestedTermEntry,
  TERM_SENSES,
  VERB_FORM_USES,
} from '../data/contested-terms.ts';
import { hasWordChar, inRegions } from '../text.ts';
import { sayingVerbInSense, verbForms } from './saying-verb.ts';
import { aboutMigration, inSense } from './senses.ts';
import { useOf } from './uses.ts';

/** How one article uses one contested term: in its headline, in its own voice and inside quotes. */
export interface ContestedUse {
  headline: number;
  /** Of the headline's uses, those inside its quotation marks (someone's words it carries); absent at 0. */
  headlineQuoted?: number;
  ownVoice: number;
  inQuotes: number;
  /** The body's uses (the headline is not part of the text spans point into). */
  evidence: { articleId: string; span: Span }[];
}

/** A contested term with its use per article (only articles that use it). */
export interface ContestedCount extends ContestedTermEntry {
  readonly byArticle: Record<string, ContestedUse>;
  /** The uses summed by outlet (`byOutlet` in ./outlets.ts). */
  readonly byOutlet?: Record<string, Omit<ContestedUse, 'evidence'> & { articles: number }>;
}

/**
 * Whether a written word is the term's word or one of its inflections (plural, -ly adverb); for a term
 * of one word, its verb's past and -ing forms too ("claimed", "admitted", "slamming", "surged").
 */
export function wordForm(written: string, word: string, single = false): boolean {
  if (written === word) return true;
  if (written.startsWith(word) && INFLECTIONS.has(written.slice(word.length))) return true;
  if (word.endsWith('y') && written === `${word.slice(0, -1)}ies`) return true;
  if (word.endsWith('is') && written === `${word.slice(0, -2)}es`) return true;
  return single && verbForms(word).includes(written);
}

// the endings of a word's inflections that `wordForm` reads as the word
const INFLECTIONS = new Set(['s', 'es', 'ly', 'ally']);

// The agent nouns of a one-word term, singular and plural: riot -> rioter, rioters; loot -> looter;
// slam -> slammer; scare -> scarer. The person who does the loaded act carries the same frame.
function agentNouns(word: string): string[] {
  const stems = word.endsWith('e') ? [word.slice(0, -1)] : [word];
  if (/(?:^|[^aeiou])[aeiou][bdgklmnprt]$/.test(word)) stems.push(`${word}${word.slice(-1)}`);
  return stems.flatMap((s) => [`${s}er`, `${s}ers`]);
}

// the built-in entries: their senses are known (a user's entry counts every use it names)
const BUILT_IN = new Set<ContestedTermEntry>(CONTESTED_TERMS);

/** A lexicon compiled for matching: each entry's words, and the entries by every form of their first word. */
interface Matcher {
  readonly entries: readonly ContestedTermEntry[];
  readonly words: readonly string[][];
  readonly byForm: ReadonlyMap<string, number[]>;
}

function compile(entries: readonly ContestedTermEntry[]): Matcher {
  const words = entries.map((e) => fold(e.term).split(/\s+/).filter(Boolean));
  const byForm = new Map<string, number[]>();
  words.forEach((phrase, k) => {
    const w = phrase[0];
    if (!w) return;
    const forms = [w, `${w}s`, `${w}es`, `${w}ly`, `${w}ally`, `${w.slice(0, -1)}ies`, `${w.slice(0, -2)}es`];
    if (phrase.length === 1) forms.push(...verbForms(w), ...agentNouns(w));
    for (const f of new Set(forms)) byForm.set(f, [...(byForm.get(f) ?? []), k]);
  });
  return { entries, words, byForm };
}

/**
 * The contested terms in a run of tokens, as [entry index, first token, end token]. At each word the
 * longest matching term wins ("illegal immigrants" counts for "illegal immigrant", not also for
 * "illegal"), among the entries whose `use` and sense fit how the words are used there; a word inside
 * a term already counted opens none ("illegal aliens" is not also a use of "alien").
 */
function matchesIn(
  m: Matcher,
  tokens: readonly Token[],
  migration: () => boolean,
): [number, number, number][] {
  const at: number[] = [];
  tokens.forEach((t, i) => {
    if (hasWordChar(t.text)) at.push(i);
  });
  const written = at.map((i) => fold((tokens[i] as Token).text));
  const out: [number, number, number][] = [];
  // the token index where the last term counted ends
  let counted = 0;
  for (let w = 0; w < written.length; w++) {
    if ((at[w] as number) < counted) continue;
    // most words open no term: no look-ahead for them
    const entries = m.byForm.get(written[w] as string);
    if (!entries) continue;
    const found: [number, number][] = [];
    // entries matched by their agent noun ("rioters" for "riot")
    const asAgent = new Set<number>();
    for (const k of entries) {
      const phrase = m.words[k] as string[];
      const single = phrase.length === 1;
      if (phrase.every((word, j) => wordForm(written[w + j] ?? '', word, single)))
        found.push([k, phrase.length]);
      else if (single && agentNouns(phrase[0] as string).includes(written[w] as string)) {
        found.push([k, 1]);
        asAgent.add(k);
      }
    }
    if (!found.length) continue;
    const first = at[w] as number;
    const endOf = (n: number) => (at[w + n - 1] as number) + 1;
    const fits = found.filter(([k, n]) => {
      const entry = m.entries[k] as ContestedTermEntry;
      const sense = BUILT_IN.has(entry) ? TERM_SENSES[fold(entry.term)] : undefined;
      // a built-in word with a plain sense has a plain agent noun too ("waver", "claimer"): not counted
      if (asAgent.has(k) && BUILT_IN.has(entry) && (sense || VERB_FORM_USES[fold(entry.term)])) return false;
      if (sense && !inSense(sense, tokens, first, endOf(n), migration())) return false;
      // a verb of saying with a plain noun sense counts as the verb only ("asylum claims" is plain)
      const verbUse = BUILT_IN.has(entry) ? VERB_FORM_USES[fold(entry.term)] : undefined;
      if (verbUse && !sayingVerbInSense(m.words[k]?.[0] ?? '', verbUse, tokens, first, endOf(n)))
        return false;
      return !entry.use || entry.use === useOf(tokens, first, endOf(n));
    });
    const longest = Math.max(0, ...fits.map(([, n]) => n));
    for (const [k, n] of fits) if (n === longest) out.push([k, first, endOf(n)]);
    if (longest) counted = endOf(longest);
  }
  return out;
}

/**
 * Count each contested term per article, in the article's headline, in its own voice and inside
 * quotes (`regions`), with the span of every body use; a use inside one of the outlet's scare quotes
 * (`scare`: so-called “crisis”) is its own voice, as the report lists the scare quote as the outlet's. Terms match on word stems, so "illegally" counts for
 * "illegal" and "surges" for "surge"; an entry with a `use` counts only the uses of that kind. Terms
 * no article uses are left out.
 */
export function countContested(
  docs: readonly SegmentedArticle[],
  entries: readonly ContestedTermEntry[],
  regions: ReadonlyMap<string, readonly Span[]>,
  scare: ReadonlyMap<string, readonly Span[]> = new Map(),
): ContestedCount[] {
  const m = compile(entries);
  const rows = entries.map((e) => ({ ...e, byArticle: {} as Record<string, ContestedUse> }));
  const useIn = (k: number, id: string): ContestedUse => {
    const row = rows[k] as ContestedCount;
    row.byArticle[id] ??= { headline: 0, ownVoice: 0, inQuotes: 0, evidence: [] };
    return row.byArticle[id];
  };
  for (const doc of docs) {
    const id = doc.article.id;
    const own = regions.get(id) ?? [];
    const head = headlineTokens(doc) ?? [];
    const quotes = quotedTokens(head, truecasedTitle(doc) ?? '');
    // whether the article is about migration: it reads "invasion" as said of people arriving (read
    // when a term with a sense first asks: most articles use none, and the scan stems every word)
    let about: boolean | undefined;
    const migration = () => (about ??= aboutMigration([head, ...doc.sentences.map((s) => s.tokens)]));
    for (const [k, first] of matchesIn(m, head, migration)) {
      const use = useIn(k, id);
      use.headline++;
      if (quotes.some((q) => q.open < first && first < q.close))
        use.headlineQuoted = (use.headlineQuoted ?? 0) + 1;
    }
    for (const sentence of doc.sentences)
      for (const [k, first, end] of matchesIn(m, sentence.tokens, migration)) {
        const span = {
          start: (sentence.tokens[first] as Token).start,
          end: (sentence.tokens[end - 1] as Token).end,
        };
        const use = useIn(k, id);
        if (inRegions(span, own) && !inRegions(span, scare.get(id) ?? [])) use.inQuotes++;
        else use.ownVoice++;
        use.evidence.push({ articleId: id, span });
      }
  }
  return rows.filter((r) => Object.keys(r.byArticle).length > 0);
}
