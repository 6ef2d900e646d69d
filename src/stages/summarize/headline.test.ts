import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Fact, SegmentedArticle } from '../../model/index.ts';
import { segmented } from '../compared-story.ts';
import { chooseHeadline } from './headline.ts';
import { DEFAULT_CONTESTED_TERMS } from './lexicon.ts';
import { senseCheck } from './senses.ts';
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

  // Invented: the facts two sources share are side details (who opened a shelter, a ministry's count);
  // a title that tells what the summary leads with heads the story, not a side detail's clause
  test('no title covers the shared facts: the title that covers the summary, not a side fact', () => {
    const flood = segmented([
      { title: 'Two dead as River Orrin floods Vessmark', text: 'Two people died in Vessmark on Monday.' },
      { title: 'Interior minister visits Vessmark', text: 'The minister came on Tuesday.' },
    ]);
    const headline = chooseHeadline({
      articles: flood,
      facts: [fact('Mayor Ada Ruis has opened the sports hall as a shelter.', 'corroborated')],
      summary: [
        'Two people died and 340 residents were evacuated after the River Orrin burst its banks in Vessmark on Monday.',
        '"The water rose faster than anything we have seen," said fire chief Ole Brandt.',
      ],
      findContested: find,
      inSense: senseCheck(DEFAULT_CONTESTED_TERMS),
    });
    assert.equal(headline, 'Two dead as River Orrin floods Vessmark');
  });

  // Invented: a tabloid's kicker in capitals is no neutral headline, however well its title covers the story
  test('a title with a shouted kicker ("HORROR FLOOD:") does not head the story', () => {
    const headline = chooseHeadline({
      articles: segmented([
        {
          title: 'HORROR FLOOD: Two drown as River Orrin swamps Vessmark',
          text: 'Two people drowned in Vessmark.',
        },
        { title: 'Vessmark counts the cost of the River Orrin flood', text: 'Two people died in Vessmark.' },
      ]),
      facts: [fact('Two people drowned when the River Orrin burst its banks in Vessmark.', 'corroborated')],
      summary: [],
      findContested: find,
      inSense: senseCheck(DEFAULT_CONTESTED_TERMS),
    });
    assert.equal(headline, 'Vessmark counts the cost of the River Orrin flood');
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

  test('a title written before the event heads the story only when no later title is neutral, without its label', () => {
    const [preview, later] = segmented([
      {
        title: 'Lantern parade to cross Eel Lane bridge on Tuesday',
        text: 'The parade will cross the bridge.',
      },
      {
        title: 'UPDATE: Eel Lane bridge collapses',
        text: 'The bridge collapsed under the parade on Tuesday.',
      },
    ]) as [SegmentedArticle, SegmentedArticle];
    const collapse = {
      ...fact('The Eel Lane bridge collapsed under the lantern parade on Tuesday.', 'corroborated'),
      coverage: {
        [preview.article.id]: { mark: 'published-before' as const, evidence: null, reason: null },
        [later.article.id]: { mark: 'supports' as const, evidence: null, reason: null },
      },
    };
    const choose = (articles: SegmentedArticle[]) =>
      chooseHeadline({ articles, facts: [collapse], summary: [], findContested: find });
    // and an item's label ("UPDATE:") is no part of the story's headline
    assert.equal(choose([preview, later]), 'Eel Lane bridge collapses');
    // alone, the preview's title is still the story's
    assert.equal(choose([preview]), 'Lantern parade to cross Eel Lane bridge on Tuesday');
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
    const loaded = segmented([
      { title: 'Ferry chaos: commuters ‘abandoned’', text: 'A shocking day for commuters.' },
    ]);
    assert.equal(
      chooseHeadline({ articles: loaded, facts: [], summary: ['A surge of anger.'], findContested: find }),
      null,
    );
  });

  test('one article whose headline is loaded: its lede, not a sentence from far down', () => {
    const [beacon] = segmented([
      {
        title: 'FERRY CHAOS: Brackwater crossings halted as crews walk out',
        text:
          'Stranded travellers faced a shocking wait at the quay, after ferry crews on the Brackwater line ' +
          'walked out over unpaid overtime and rota changes on Thursday morning.\n\n' +
          'Passengers queued past the harbour office.\n\nThe operator insists the timetable is safe.',
      },
    ]);
    const headline = chooseHeadline({
      articles: [beacon as SegmentedArticle],
      facts: [],
      summary: [
        'Stranded travellers faced a shocking wait at the quay, after ferry crews walked out.',
        'The operator insists the timetable is safe.',
      ],
      findContested: find,
    });
    // the lede's main clause judges ("shocking"); the clause after it tells what happened, its weekday
    // left out to fit
    assert.equal(
      headline,
      'Ferry crews on the Brackwater line walked out over unpaid overtime and rota changes',
    );
  });

  test('a lede is read past its dateline and an opening subordinate clause', () => {
    const [wire] = segmented([
      {
        title: 'Strike chaos ends',
        text: 'PELLWORTH, May 2 (NWS) — After a week of talks at the depot, the two unions agreed to end the ferry strike.',
      },
    ]);
    const headline = chooseHeadline({
      articles: [wire as SegmentedArticle],
      facts: [],
      summary: ['The depot will reopen on Monday.'],
      findContested: find,
    });
    assert.equal(headline, 'The two unions agreed to end the ferry strike');
  });

  test('an apostrophe between letters is no quotation mark, curled or straight', () => {
    for (const title of [
      'Brackwater’s ferries sail again as strike ends',
      "Brackwater's ferries sail again as strike ends",
    ]) {
      const [doc] = segmented([{ title, text: 'The ferries of Brackwater sailed again on Friday.' }]);
      const headline = chooseHeadline({
        articles: [doc as SegmentedArticle],
        facts: [],
        summary: ['The ferries of Brackwater sailed again on Friday.'],
        findContested: find,
      });
      assert.equal(headline, title);
    }
  });
});
