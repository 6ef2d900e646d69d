import { dict } from './dict.ts';

/**
 * One correction of wink's part-of-speech tag for a word, told by the tags of the words around it:
 * the tags wink gives it wrongly there, the tag meant, and what the word before and the word after
 * must be ('' before: the paragraph's first word).
 */
export interface TagFix {
  readonly from: readonly string[];
  readonly to: string;
  /** Tags the word before must have; any when left out. */
  readonly before?: readonly string[];
  /** The word before must be a plural ("residents claim"): the base form after a plural subject. */
  readonly pluralBefore?: boolean;
  /** Tags the word after must have; any (or none) when left out. */
  readonly after?: readonly string[];
}

// a subject right before a verb: a noun or a name (wink tags a pronoun's verb right)
const SUBJECT = ['NOUN', 'PROPN'];

// a past form wink reads as an adjective, right after its subject and before a preposition, an
// object, an adverb, a number or the sentence's end
const DONE_AFTER_SUBJECT: TagFix = {
  from: ['ADJ'],
  to: 'VERB',
  before: SUBJECT,
  after: ['ADP', 'DET', 'ADV', 'NUM', 'PUNCT'],
};

// a name wink reads as an auxiliary, wherever it stands
const NAME_NOT_AUX: TagFix = { from: ['AUX'], to: 'PROPN' };

/**
 * Words wink-nlp's tagger misreads where they stand (verbs and adjectives read as nouns, an adjective
 * read as a verb), with the contexts that tell them: "the river burst its banks", "the repairs cost
 * the city $4 million", "residents claim that …", "fellow officers", "Existing rules apply", "the mayor
 * informed reporters that …", "I did everything that …".
 */
export const TAG_FIXES: Readonly<Record<string, readonly TagFix[]>> = dict({
  burst: [{ from: ['NOUN'], to: 'VERB', before: SUBJECT, after: ['ADP', 'DET', 'PRON', 'PUNCT', 'ADV'] }],
  cost: [{ from: ['NOUN'], to: 'VERB', before: SUBJECT, after: ['DET', 'NUM', 'SYM', 'PRON'] }],
  claim: [
    {
      from: ['NOUN'],
      to: 'VERB',
      before: SUBJECT,
      pluralBefore: true,
      after: ['DET', 'SCONJ', 'NOUN', 'PRON', 'NUM', 'ADJ'],
    },
  ],
  fellow: [
    { from: ['NOUN'], to: 'ADJ', after: ['NOUN', 'PROPN', 'ADJ'] },
    // "Fellow Democrats objected": capitalised as a sentence's first word, not a title ("Senior Fellow Ann Wu")
    { from: ['PROPN'], to: 'ADJ', before: ['', 'PUNCT'], after: ['NOUN', 'PROPN', 'ADJ'] },
  ],
  existing: [{ from: ['VERB'], to: 'ADJ', after: ['NOUN', 'PROPN', 'ADJ'] }],
  // "Mayor Ann Wu informed reporters that …": after its subject and before its object; "well-informed
  // sources", "an informed decision", "Informed sources said" keep the adjective
  informed: [{ from: ['ADJ'], to: 'VERB', before: SUBJECT, after: ['NOUN', 'PROPN', 'DET', 'PRON'] }],
  // "we did everything we could", "I can do everything that …": a pronoun, never a verb
  everything: [{ from: ['VERB'], to: 'PRON' }],
  // "Hale retired on June 30", "The couple married in 2031": a past form right after its subject;
  // "the retired teacher", "Hale is retired", "Hale, retired since 2020, …" keep the adjective
  retired: [DONE_AFTER_SUBJECT],
  married: [DONE_AFTER_SUBJECT],
  // "Das said …", "Ai Weiwei said …", "Cai Qi said …": a word wink tags as an auxiliary whose normal form is
  // none, so it is no contraction's half (wink normalises "ca|n't" to "can", "wo|n't" to "will", "ai|n't"
  // to "are"): a name. The words are all of wink's lexicon that it tags so (every lexeme, capitalised,
  // read before "said": the others are auxiliaries, "ll", "re", "ve" and "shouldntve")
  ...Object.fromEntries(['ai', 'ca', 'cai', 'das', 'sha', 'shd', 'wo'].map((w) => [w, [NAME_NOT_AUX]])),
});
