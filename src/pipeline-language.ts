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
// a text with at least this share of its words among them is English, whatever its page says
const ENGLISH_TEXT_SHARE = 0.08;

/**
 * Whether an article is read: its page says English (or nothing), or its text is plainly English
 * though its page says otherwise (a site's template may give every edition one `lang`).
 */
function readable(d: SegmentedArticle): boolean {
  if (readInEnglish(d.article.language)) return true;
  let words = 0;
  let english = 0;
  for (const sentence of d.sentences)
    for (const t of sentence.tokens) {
      if (t.pos === 'PUNCT' || t.pos === 'NUM' || t.pos === 'SYM') continue;
      words++;
      if (ENGLISH_FUNCTION_WORDS.has(t.norm)) english++;
    }
  return words > 0 && english / words >= ENGLISH_TEXT_SHARE;
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
