import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Fact, SegmentedArticle } from '../../model/index.ts';
import { segmented } from '../compared-story.ts';
import { chooseHeadline } from './headline.ts';
import { DEFAULT_CONTESTED_TERMS } from './lexicon.ts';
import { contestedMatcher } from './text.ts';

describe('the neutral headline', () => {
  const find = contestedMatcher(DEFAULT_CONTESTED_TERMS);
  const docs = segmented([
    {
      title: 'Illegal strike paralyses Kestrel ferries',
      text: 'Ferry crews in Kestrel went on strike on Monday over pay.',
    },
    {
      title: 'Ferry chaos: commuters ‘abandoned’',
      text: 'Commuters in Kestrel faced long waits as ferry crews went on strike.',
    },
  ]);
  const fact = (text: string, status: Fact['status']): Fact => ({ ...factOf(text), status });
  const factOf = (text: string): Fact => ({
    id: 'f',
    text,
    status: 'consensus',
    sources: [],
    evidence: [],
    figureIds: [],
    entityIds: [],
    modality: 'happened',
    coverage: {},
  });

  test('no title is neutral: the main clause of the consensus fact', () => {
    const headline = chooseHeadline({
      articles: docs,
      facts: [fact('Ferry crews in Kestrel went on strike over pay, as talks stalled.', 'consensus')],
      summary: [],
      findContested: find,
    });
    assert.equal(headline, 'Ferry crews in Kestrel went on strike over pay');
  });

  test('no title is neutral: a fact that happened before a plan, whatever their order', () => {
    const plan = {
      ...fact('Councillor Ada Ruis said she would vote against the ferry plan.', 'consensus'),
      modality: 'planned' as const,
    };
    const headline = chooseHeadline({
      articles: docs,
      facts: [plan, fact('The Kestrel council approved the ferry plan on Tuesday.', 'corroborated')],
      summary: ['The Kestrel council approved the ferry plan on Tuesday by seven votes to two.'],
      findContested: find,
    });
    assert.equal(headline, 'The Kestrel council approved the ferry plan on Tuesday');
  });

  test('a neutral title that covers the consensus facts wins', () => {
    const [extra] = segmented([
      { title: 'Kestrel ferry crews strike over pay', text: 'Crews struck on Monday over pay.' },
    ]);
    const headline = chooseHeadline({
      articles: [...docs, extra as SegmentedArticle],
      facts: [fact('Ferry crews in Kestrel went on strike over pay.', 'consensus')],
      summary: [],
      findContested: find,
    });
    assert.equal(headline, 'Kestrel ferry crews strike over pay');
  });

  test('a relative clause set off by commas inside the main clause is left out, not cut at', () => {
    const headline = (text: string) =>
      chooseHeadline({ articles: docs, facts: [fact(text, 'consensus')], summary: [], findContested: find });
    assert.equal(
      headline(
        'Officer Ada Ruis said the man, who had lost his job at the ferry company, walked into the depot.',
      ),
      'Officer Ada Ruis said the man walked into the depot',
    );
    // one that ends the clause, before an attribution, is cut at as before
    assert.equal(
      headline('Ferry crews in Kestrel went on strike on Monday, which stranded commuters, officials said.'),
      'Ferry crews in Kestrel went on strike on Monday',
    );
  });

  test('nothing neutral at all: null', () => {
    assert.equal(
      chooseHeadline({ articles: docs, facts: [], summary: ['A surge of anger.'], findContested: find }),
      null,
    );
  });
});
