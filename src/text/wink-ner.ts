// wink's entity automaton first maps every token through the model's NER transformer, which tests
// whether the token is only periods and commas by a regex replace (a new string per token) before
// it reads the token's hint and type. Most tokens are plain words with neither: they map to
// themselves, so the lean transformer tells them by a character scan and the two property look-ups,
// and hands every other token to the model's own transformer.

/** The parts of wink's lexicon cache a NER transformer reads. */
export interface NerCache {
  readonly value: (token: number) => string | undefined;
  readonly property: (token: number, name: string) => unknown;
}

/** A transformer of wink's NER automaton: the symbol the automaton reads for a token. */
export type NerTransformer = (token: number, cache: NerCache) => number;

// The token types the model's transformer maps to a symbol of their own (the cases of its switch on
// `tokenType`); it maps a token of any other type, without a hint, to the token itself.
const TYPED = new Set([
  'number',
  'ordinal',
  'time',
  'tabCRLF',
  'email',
  'emoji',
  'emoticon',
  'hashtag',
  'mention',
  'url',
]);

// True when every character is a period or a comma (and for ''): the model's `'' === v.replace(/[,.]/g, '')`.
function onlyPeriodsAndCommas(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c !== 46 && c !== 44) return false;
  }
  return true;
}

/**
 * The model's first NER transformer with the same result for every token, cheaper: a token's symbol
 * depends on the token alone (its lexicon entry, which never changes once added), so it is worked out
 * once per token of the process and remembered; the tokens it maps to themselves (most of them: no
 * value, line breaks, only periods and commas, no NER hint and a type with no symbol of its own) are
 * told without the model's regex replace.
 * @example
 * const { machines, transformers } = model.ner();
 * const lean = { machines, transformers: [leanNerTransformer(transformers[0]), ...transformers.slice(1)] };
 */
export function leanNerTransformer(original: NerTransformer): NerTransformer {
  // each token's symbol plus one (0: not worked out yet), grown as wink adds words
  let known = new Int32Array(1 << 17);
  const symbolOf: NerTransformer = (token, cache) => {
    const value = cache.value(token);
    if (value === undefined || value === '\n' || value === '\n\n' || onlyPeriodsAndCommas(value))
      return token;
    if (cache.property(token, 'nerHint')) return original(token, cache);
    return TYPED.has(cache.property(token, 'tokenType') as string) ? original(token, cache) : token;
  };
  return (token, cache) => {
    if (token >= known.length) {
      const grown = new Int32Array(Math.max(known.length * 2, token + 1));
      grown.set(known);
      known = grown;
    }
    const seen = known[token] as number;
    if (seen) return seen - 1;
    const symbol = symbolOf(token, cache);
    known[token] = symbol + 1;
    return symbol;
  };
}
