import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { leanNerTransformer, type NerTransformer } from './wink-ner.ts';

type Nlp = ReturnType<typeof winkNLP>;
let shared: Nlp | undefined;
let stopWords: ReadonlySet<string> = new Set();
// the model's core, kept when loaded, and its own words, read from it on first ask
let loadedCore: CoreModel | undefined;
let lexiconWords: ReadonlySet<string> | undefined;

// The parts of wink's core model where its cache keeps the words it knows, and where its tokenizer
// finds the patterns that tell a whitespace-delimited word's category and the categories' codes.
interface CoreModel {
  readonly features: {
    readonly lexeme: {
      hash: Record<string, number>;
      readonly intrinsicSize: number;
      readonly list: readonly string[];
    };
  };
  // the model's words' features, packed: `size` numbers a word, a feature at `layout[name]`
  // (offset, mask, shift)
  readonly lexicon: Uint32Array;
  readonly packing: {
    readonly size: number;
    readonly layout: Readonly<Record<string, readonly [number, number, number, ...number[]]>>;
  };
  readonly trex: { readonly ltc: readonly (readonly [string, string, number])[] };
  readonly tcat: { readonly hash: Readonly<Record<string, number>> };
}

/**
 * The annotations the stages read: sentences, parts of speech and entities. wink's negation,
 * sentiment and custom entities are left out of its pipe (nothing reads them; they cost about 15% of
 * each reading), which leaves tokens, tags and entities as the full pipe gives them.
 */
const PIPE = ['sbd', 'pos', 'ner'];

/**
 * The one wink-nlp instance of the process, loaded on first use (loading costs ~0.3 s). It reads
 * each text as a freshly loaded wink would, whatever it read before (see `isolateTexts`).
 */
export function getNlp(): Nlp {
  if (shared) return shared;
  let texts: { start: () => void; loaded: () => void } | undefined;
  const nlp = winkNLP(
    {
      ...model,
      core: () => {
        const core = (model as unknown as { core: () => CoreModel }).core();
        texts = isolateTexts(core);
        stopWords = modelStopWords(core);
        loadedCore = core;
        return core;
      },
      ner: () => leanNer((model as unknown as { ner: () => NerModel }).ner()),
    } as typeof model,
    PIPE,
  );
  texts?.loaded();
  const startText = texts?.start ?? (() => {});
  const readDoc = nlp.readDoc;
  shared = {
    ...nlp,
    readDoc: (text: string) => {
      startText();
      return readDoc(text);
    },
  };
  return shared;
}

interface NerModel {
  readonly machines: readonly unknown[];
  readonly transformers: readonly (NerTransformer | undefined)[];
}

// The model's entity automata with its first transformer made lean (wink-ner.ts): the same entities.
function leanNer(ner: NerModel): NerModel {
  const [first, ...rest] = ner.transformers;
  return { ...ner, transformers: first ? [leanNerTransformer(first), ...rest] : ner.transformers };
}

/**
 * The normal forms of the tokens wink flags as stop words (its `stopWordFlag`): the flag belongs to
 * the normal form's entry in the model's lexicon and no word wink learns while reading has it, so
 * the model's few hundred stop words are all there are. A set look-up costs less than asking wink.
 * @example
 * getStopWords().has('the') // true
 */
export function getStopWords(): ReadonlySet<string> {
  getNlp();
  return stopWords;
}

/**
 * The words of the model's own lexicon (its intrinsic words, lower case: common English words and
 * forms, few names; not the words it learns while reading), for telling a common word from a name.
 * @example
 * getModelWords().has('coating') // true; .has('velden') // false
 */
export function getModelWords(): ReadonlySet<string> {
  getNlp();
  if (!lexiconWords) {
    const lexeme = loadedCore?.features.lexeme;
    lexiconWords = new Set(lexeme ? lexeme.list.slice(0, lexeme.intrinsicSize) : []);
  }
  return lexiconWords;
}

// The model's words whose packed `isStopWord` feature is set.
function modelStopWords(core: CoreModel): ReadonlySet<string> {
  const lexeme = core.features.lexeme;
  const field = core.packing.layout.isStopWord;
  if (!field) throw new Error('wink-nlp: the model packs no isStopWord feature');
  const [offset, mask, shift] = field;
  const size = core.packing.size;
  const words = new Set<string>();
  for (let i = 0; i < lexeme.intrinsicSize; i++)
    if (((core.lexicon[offset + i * size] as number) & mask) >>> shift === 1)
      words.add(lexeme.list[i] as string);
  return words;
}

/**
 * wink adds each word it has not seen to its lexicon, and its tokenizer keeps a whitespace-delimited
 * word whole when the lexicon holds it: once "Zorvath's," has been read (kept whole before the comma),
 * "Zorvath's crew" in any later text no longer splits off "'s". So an article's tokens depended on the
 * texts read before it in the run, and differed between worker threads. wink looks words up in the
 * lexicon's hash it captured at load, and adds them through `features.lexeme.hash` as it is at each
 * addition. Here the captured hash holds the model's words and only the words added (or met again by
 * an addition) since the current text began; the words of earlier texts wait in `learned`, so that a
 * word added again reuses its entry and the lexicon grows no more than before. A learned word whose
 * category the tokenizer reads off the word alone as one it never splits (a plain word or number,
 * `keptWhole`) stays in the hash: met again, it is one token with the same entry whether wink finds it
 * or adds it, so it needs no round trip (which cost about a fifth of each reading). `loaded` is called
 * once wink is loaded (its cache has captured the hash), `start` before each text.
 */
function isolateTexts(core: CoreModel): { start: () => void; loaded: () => void } {
  const lexeme = core.features.lexeme;
  const words = lexeme.hash;
  const learned = new Map<string, number>();
  const keep = keptWhole(core);
  let current: string[] = [];
  // what wink's additions read and write: a word of an earlier text comes back into the hash
  const additions = new Proxy(words, {
    get: (target, word: string) => {
      let index = target[word];
      if (index === undefined) {
        index = learned.get(word);
        if (index !== undefined) {
          target[word] = index;
          current.push(word);
        }
      }
      return index;
    },
    set: (target, word: string, index: number) => {
      target[word] = index;
      if (keep(word)) return true;
      learned.set(word, index);
      current.push(word);
      return true;
    },
  });
  return {
    loaded: () => {
      lexeme.hash = additions;
    },
    start: () => {
      // a word leaves the hash as undefined, which wink reads as absent, rather than by `delete`
      // (wink's reading measured about 5% faster, the same tokens; likely because each deletion
      // left a hole in the hash table that later look-ups of missing words probed past)
      for (const word of current) (words as Record<string, number | undefined>)[word] = undefined;
      current = [];
    },
  };
}

/**
 * True for a word that wink's tokenizer, finding it not in its lexicon, would read as one token of a
 * category it adds whole (a word, a number, a URL …): the first of the model's category patterns that
 * matches it names neither an unknown token nor a word with punctuation on its right, the two it
 * splits, and which it splits differently when a piece is in the lexicon.
 */
function keptWhole(core: CoreModel): (word: string) => boolean {
  const patterns = core.trex.ltc.map(
    ([source, flags, category]) => [new RegExp(source, flags), category] as const,
  );
  const split = new Set([core.tcat.hash.unk, core.tcat.hash.wordRP]);
  return (word) => {
    const found = patterns.find(([pattern]) => pattern.test(word));
    return found !== undefined && !split.has(found[1]);
  };
}
