import type { SegmentedArticle, Token } from '../model/index.ts';
import { correctTags } from './tags.ts';
import { getNlp } from './wink.ts';

/**
 * How the article writes each word in its body: lower-case uses against capitalised uses that do not
 * open a sentence (a name's), by lower-case form.
 */
function bodyCase(doc: SegmentedArticle): Map<string, number> {
  const balance = new Map<string, number>();
  for (const s of doc.sentences)
    s.tokens.forEach((t, i) => {
      if (!/^\p{L}/u.test(t.text)) return;
      const lower = t.text === t.text.toLowerCase();
      if (!lower && i === 0) return;
      const key = t.text.toLowerCase();
      balance.set(key, (balance.get(key) ?? 0) + (lower ? 1 : -1));
    });
  return balance;
}

/**
 * A headline's words in the case the article's body writes them, so that a Title Case headline
 * ("Record Illegal Migration Flow") is tagged like prose: a capitalised word stays capitalised only
 * when the body capitalises it mid-sentence more often than not (a name); any other word, the body's
 * lower-case words and words the body never uses, is lower-cased.
 */
export function truecase(title: string, doc: SegmentedArticle): string {
  const balance = bodyCase(doc);
  // a shouted run ("ILLEGALS GET ARMORY: …") is cased like the rest; an acronym the body writes so stays
  const shouted = SHOUTED_RUN.test(title) ? shoutedWords(title) : null;
  return title.replace(/\p{L}[\p{L}'’.-]*/gu, (word, at: number) => {
    if (word === word.toLowerCase()) return word;
    const capitals = /^\p{Lu}+$/u.test(word.replace(/[.'’-]/g, ''));
    if (capitals && !shouted?.has(at)) return word;
    if (capitals && writtenInCapitals(word, doc.article.text)) return word;
    if ((balance.get(word.toLowerCase()) ?? 0) >= 0) return word.toLowerCase();
    return capitals ? capitalised(word) : word;
  });
}

// Two or more words of three or more capitals in a row: a headline shouting, not acronyms.
const SHOUTED_RUN = /\b\p{Lu}{3,}['’]?\p{Lu}*\s+\p{Lu}{3,}/u;

// Where the words of the shouted runs start.
function shoutedWords(title: string): Set<number> {
  const out = new Set<number>();
  for (const run of title.matchAll(/\p{Lu}{2,}['’]?\p{Lu}*(?:\s+\p{Lu}{2,}['’]?\p{Lu}*)+/gu))
    if (SHOUTED_RUN.test(run[0]))
      for (const w of run[0].matchAll(/\p{Lu}+['’]?\p{Lu}*/gu))
        out.add((run.index as number) + (w.index as number));
  return out;
}

const capitalised = (word: string): string => word.charAt(0) + word.slice(1).toLowerCase();

// Whether the body writes the word in capitals too (an acronym: "NRTA", "FBI").
const writtenInCapitals = (word: string, text: string): boolean =>
  new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);

/**
 * The tokens of an article's own headline as written (wink-nlp, as the segment stage tags the body);
 * offsets are into the trimmed headline. Null when the article has no headline of its own: an
 * inferred title is built from the text and would count the body twice. Read once per article.
 */
export function titleTokens(doc: SegmentedArticle): readonly Token[] | null {
  let tokens = TITLES.get(doc);
  if (tokens === undefined) {
    const title = ownTitle(doc);
    tokens = title ? readTitle(title, title) : null;
    TITLES.set(doc, tokens);
  }
  return tokens;
}

/**
 * The tokens of an article's headline after `truecase` (so a Title Case headline is tagged like
 * prose), with the words as written; offsets are into the headline. Null as for `titleTokens`; the
 * same reading when truecasing leaves the headline as it is.
 */
export function headlineTokens(doc: SegmentedArticle): readonly Token[] | null {
  let tokens = HEADLINES.get(doc);
  if (tokens === undefined) {
    const title = ownTitle(doc);
    const truecased = truecasedTitle(doc);
    tokens =
      title && truecased ? (truecased === title ? titleTokens(doc) : readTitle(truecased, title)) : null;
    HEADLINES.set(doc, tokens);
  }
  return tokens;
}

/**
 * The article's own headline after `truecase`, or null as for `titleTokens`: worked out once per
 * article (it reads the whole body), for `headlineTokens` and for whoever reads the headline's words
 * by these tokens' offsets.
 */
export function truecasedTitle(doc: SegmentedArticle): string | null {
  let truecased = TRUECASED.get(doc);
  if (truecased === undefined) {
    const title = ownTitle(doc);
    truecased = title ? truecase(title, doc) : null;
    TRUECASED.set(doc, truecased);
  }
  return truecased;
}

const TITLES = new WeakMap<SegmentedArticle, readonly Token[] | null>();
const HEADLINES = new WeakMap<SegmentedArticle, readonly Token[] | null>();
const TRUECASED = new WeakMap<SegmentedArticle, string | null>();

const ownTitle = (doc: SegmentedArticle): string | null =>
  doc.article.titleInferred ? null : doc.article.title?.trim() || null;

/**
 * wink-nlp's tokens of a short text read alone (a headline, perhaps truecased; a clause), each with its
 * words as `written` (of the same length); offsets are into the text.
 */
export function readTitle(text: string, written: string): Token[] {
  const nlp = getNlp();
  const its = nlp.its;
  const read = nlp.readDoc(text);
  const values = read.tokens().out(its.value) as string[];
  const spaces = read.tokens().out(its.precedingSpaces) as string[];
  const stop = read.tokens().out(its.stopWordFlag) as unknown as boolean[];
  const norm = read.tokens().out(its.normal) as string[];
  const pos = correctTags(norm, read.tokens().out(its.pos) as string[]);
  const tokens: Token[] = [];
  let offset = 0;
  values.forEach((value, i) => {
    offset += (spaces[i] ?? '').length;
    // the headline as written, not as truecased, for what is shown
    if (pos[i] !== 'SPACE')
      tokens.push({
        start: offset,
        end: offset + value.length,
        text: written.slice(offset, offset + value.length),
        norm: norm[i] ?? value.toLowerCase(),
        pos: pos[i] ?? 'X',
        stop: stop[i] === true,
        entity: undefined,
      });
    offset += value.length;
  });
  return tokens;
}
