import assert from 'node:assert/strict';
import { createContext, type StoryExtraction } from '../../model/index.ts';
import { type ArticleSeed, articleFromText, segmentAll } from '../extract/from-text.ts';
import { compare } from './index.ts';

const NONE: StoryExtraction = { entities: [], quotes: [], figures: [] };

/**
 * Runs compare on hand-written articles (ids a1, a2, …, one story, no extraction; a seed may give the
 * publication day) for the stage's tests; returns the comparison, the segmented articles and
 * `factWith`, the facts whose evidence holds a word (asserting there is one).
 */
export function runCompare(
  bodies: readonly (string | [string, ArticleSeed & { publishedAt?: string; modifiedAt?: string }])[],
) {
  const ctx = createContext();
  const articles = bodies.map((b, i) => {
    if (typeof b === 'string') return articleFromText(`a${i + 1}`, b);
    const { publishedAt, modifiedAt, ...seed } = b[1];
    const article = articleFromText(`a${i + 1}`, b[0], seed);
    return { ...article, ...(publishedAt ? { publishedAt } : {}), ...(modifiedAt ? { modifiedAt } : {}) };
  });
  const docs = segmentAll(articles, ctx);
  const story = { id: 's1', title: 't', articleIds: articles.map((a) => a.id), keywords: [] };
  const result = compare()({ story, articles: docs, ...NONE }, ctx);
  const factWith = (word: string) => {
    const found = result.facts.filter((f) =>
      f.evidence.some((e) =>
        docs
          .find((d) => d.article.id === e.articleId)
          ?.article.text.slice(e.span.start, e.span.end)
          .includes(word),
      ),
    );
    assert.ok(found.length > 0, `no fact mentions ${word}`);
    return found;
  };
  return { result, factWith, docs };
}

const STORM_TAIL = '\n\nThe storm brought down power lines along the Quellport seafront.';

/**
 * The invented storm story of the update tests: two people `verb` by the county council's count on
 * day 1 (two outlets), four by a hospital doctor's on day 2 (two outlets), the last article telling
 * `extra` after its count; compared with `runCompare`.
 */
export function stormStory(verb: string, extra = '') {
  const said = (who: string) => `${who} said.${STORM_TAIL}`;
  return runCompare([
    [
      `Storm Brannoc ${verb} two people in Quellport on Sunday, ${said('the county council')}`,
      { outlet: 'Quellport Mercury', publishedAt: '2026-03-01T08:00:00Z' },
    ],
    [
      `Two people were ${verb} when Storm Brannoc hit Quellport on Sunday, ${said('the county council')}`,
      { outlet: 'Harl Radio', publishedAt: '2026-03-01T09:00:00Z' },
    ],
    [
      `Storm Brannoc ${verb} four people in Quellport on Sunday, ${said('a hospital doctor')}`,
      { outlet: 'Coast Herald', publishedAt: '2026-03-02T08:00:00Z' },
    ],
    [
      `Four people were ${verb} when Storm Brannoc hit Quellport on Sunday, a hospital doctor said.${extra ? ` ${extra}` : ''}${STORM_TAIL}`,
      { outlet: 'Bay Post', publishedAt: '2026-03-02T09:00:00Z' },
    ],
  ]);
}
