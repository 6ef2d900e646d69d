// The articles a story's stages read: Parallax reads English (its figures, names, quotes, framing and
// support judge are English rules), so an article its page says is in another language is left out of
// them, and an issue says which and why, where it was read with English rules and counted as an
// outlet that told nothing.
import type { Issue, StoryInput } from './model/index.ts';

/** Code of the issue naming an article left out for its language. */
export const NOT_ENGLISH = 'story/not-english';

/**
 * Whether an article in `language` (its page's `lang`, as stored: "en", "en-GB", "fr", or null when
 * the page does not say) is read: English or not said.
 */
export const readInEnglish = (language: string | null): boolean =>
  language === null || language.trim() === '' || /^en(?:$|[-_])/i.test(language.trim());

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
  const left = input.articles.filter((d) => !readInEnglish(d.article.language));
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
