// The articles a story's stages read: Parallax reads English (its figures, names, quotes, framing and
// support judge are English rules), so an article its page says is in another language is left out of
// them, and an issue says which and why, where it was read with English rules and counted as an
// outlet that told nothing.
import type { Issue, SegmentedArticle, StoryInput } from './model/index.ts';

/** Code of the issue naming an article left out for its language. */
export const NOT_ENGLISH = 'story/not-english';

/**
 * Whether an article in `language` (its page's `lang`, as stored: "en", "en-GB", "fr", or null when
 * the page does not say) is read: English ("en", "eng", "English"), not said, or a code that names no
 * one language ("und", "mul", "zxx", a private "x-…").
 */
export const readInEnglish = (language: string | null): boolean => {
  const lang = (language ?? '').trim().toLowerCase();
  return lang === '' || /^(?:en|eng|english|und|mul|zxx|x|i)(?:$|[-_])/.test(lang);
};

// The commonest English function words: in English news text about one word in five is one of them,
// in French, German or Spanish text almost none ("a", "on", "as" are left out: French and Spanish words)
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'the of and to in is was that for with said it by at from has have were are this be he she they'.split(' '),
);
// of them, the words German, Dutch or Italian write too ("Was in Velden geschah, ist unklar"): a short
// text in one of those can reach the share on them alone, so the share needs words of English only too
const SHARED_FUNCTION_WORDS: ReadonlySet<string> = new Set(['in', 'is', 'was']);
// a text with at least this share of its words among them, this many of English only, is English,
// whatever its page says
const ENGLISH_TEXT_SHARE = 0.08;
const ENGLISH_ONLY_WORDS = 2;

/**
 * Whether a text, as its words' lower-case forms (punctuation and numbers left out), is plainly English.
 * @example
 * textReadsEnglish('the mayor of velden resigned'.split(' ')) // true
 * textReadsEnglish('was in velden geschah ist unklar'.split(' ')) // false: no word of English only
 */
export function textReadsEnglish(words: readonly string[]): boolean {
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w));
  const only = english.filter((w) => !SHARED_FUNCTION_WORDS.has(w)).length;
  return (
    words.length > 0 && english.length / words.length >= ENGLISH_TEXT_SHARE && only >= ENGLISH_ONLY_WORDS
  );
}

/**
 * Whether an article is read: its page says English (or nothing), or its text is plainly English
 * though its page says otherwise (a site's template may give every edition one `lang`).
 */
function readable(d: SegmentedArticle): boolean {
  if (readInEnglish(d.article.language)) return true;
  const words = d.sentences.flatMap((sentence) =>
    sentence.tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'NUM' && t.pos !== 'SYM').map((t) => t.norm),
  );
  return textReadsEnglish(words);
}

// The languages of articles, as the issue names them.
const languages = (docs: StoryInput['articles']): string =>
  [...new Set(docs.map((d) => `"${d.article.language}"`))].join(', ');

/**
 * `input` without the articles in another language (the story's article ids too, so that no
 * coverage column stands for an article not read), and one issue per article left out; `input`
 * itself when all are read; a story of none in English is read as it is, with an issue that says so.
 * @example
 * readableStory({ story, articles: [english, french] }) // { input: { story (1 id), articles: [english] }, issues: [one] }
 */
export function readableStory(input: StoryInput): { input: StoryInput; issues: Issue[] } {
  const left = input.articles.filter((d) => !readable(d));
  if (!left.length) return { input, issues: [] };
  // a story of none in English has nothing else to read: read as it is, and said so
  if (left.length === input.articles.length)
    return {
      input,
      issues: [
        {
          code: NOT_ENGLISH,
          severity: 'warning',
          message: `story ${input.story.id} has no article in English (${languages(left)}): read with English rules, its figures, names and facts may be wrong`,
        },
      ],
    };
  const out = new Set(left.map((d) => d.article.id));
  const issues = left.map(
    (d): Issue => ({
      code: NOT_ENGLISH,
      severity: 'warning',
      articleId: d.article.id,
      message: `in language "${d.article.language}": not read in story ${input.story.id} (its facts, figures, names, quotes, framing, summary, timeline and coverage read English only)`,
    }),
  );
  return {
    input: {
      ...input,
      story: { ...input.story, articleIds: input.story.articleIds.filter((id) => !out.has(id)) },
      articles: input.articles.filter((d) => !out.has(d.article.id)),
    },
    issues,
  };
}
