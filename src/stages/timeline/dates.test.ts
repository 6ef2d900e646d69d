import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dayOf, isoOf } from '../../text/dates/days.ts';
import { findDateMentions } from '../../text/dates/mentions.ts';
import { resolveDate } from '../../text/dates/resolve.ts';
import { inferReferences } from './reference.ts';

// Reference: Wednesday 2023-12-27.
const REF = dayOf(2023, 12, 27) as number;

function datesIn(sentence: string, reference: number | null = REF): string[] {
  return findDateMentions(sentence)
    .map((m) => resolveDate(m, reference))
    .filter((r) => r !== null)
    .map((r) => isoOf(r.day));
}

describe('date resolution against a fixed reference (Wed 2023-12-27)', () => {
  const cases: [string, string[]][] = [
    ['The ministers met on Monday.', ['2023-12-25']],
    ['The ministers met on Wednesday.', ['2023-12-27']],
    ['The ministers will meet on Monday.', ['2024-01-01']],
    ['They met last Wednesday.', ['2023-12-20']],
    ['They will meet again next Wednesday.', ['2024-01-03']],
    ['The mayor said Thursday that she would resign.', ['2023-12-21']],
    ['Thursday’s vote was close.', ['2023-12-21']],
    ["Thursday's vote was close.", ['2023-12-21']],
    ['By Tuesday night the river had crested.', ['2023-12-26']],
    ['The mayor said Friday the ferry will restart on Monday.', ['2023-12-22', '2024-01-01']],
    ['The council voted on Dec. 4.', ['2023-12-04']],
    // a two-digit year after the month is no day of it
    ['The navy foiled an attack on 10 Nov 23.', ['2023-11-10']],
    ['The council voted on December 22, 2021, after a long debate.', ['2021-12-22']],
    ['The council will vote on Jan. 9.', ['2024-01-09']],
    ['She arrived on Friday, Jan. 5.', ['2024-01-05']],
    ['He arrived on the 5th of May.', ['2023-05-05']],
    ['The plant opens in March of 2024.', ['2024-03-01']],
    // a weekday of a month is no weekday of this week ('the first Saturday in April')
    ['The fair will move to the first Saturday in April.', ['2024-04-01']],
    ['The law takes effect January 2025.', ['2025-01-01']],
    ['Exports fell in November.', ['2023-11-01']],
    ['Exports will recover in February.', ['2024-02-01']],
    ['Prices rose last week.', ['2023-12-18']],
    ['Prices rose earlier this month.', ['2023-12-01']],
    ['The plan was announced this week.', ['2023-12-25']],
    ['Talks resume next month.', ['2024-01-01']],
    ['Sales fell last year.', ['2022-01-01']],
    ['Sales beat last year’s total.', []],
    ['The inspection was scheduled and done on Monday.', ['2023-12-25']],
    ['She said she would testify on Friday.', ['2023-12-29']],
    ['The bridge closed two weeks ago.', ['2023-12-13']],
    ['The bridge closed 3 days ago.', ['2023-12-24']],
    ['The port reopened yesterday.', ['2023-12-26']],
    ['Officials will speak tomorrow.', ['2023-12-28']],
    ['The port reopened today.', ['2023-12-27']],
    ['Aides said last week that the mayor called the governor on Thursday.', ['2023-12-18', '2023-12-21']],
    // a weekday before the week named, with other words between, is not of that week
    ['A man shot a clerk on Monday at the shop that fired him last week.', ['2023-12-25', '2023-12-18']],
    ['Monday’s shooting follows two last week in Vessmark.', ['2023-12-25', '2023-12-18']],
    ['A clerk who was fired last week shot a guard on Monday.', ['2023-12-18', '2023-12-25']],
    ['Last week, on Monday, the port closed.', ['2023-12-18', '2023-12-18']],
    ['The strike began on Monday of last week.', ['2023-12-18', '2023-12-18']],
    ['They met Monday last week.', ['2023-12-18', '2023-12-18']],
    ['The report, dated 2023-06-30, was published.', ['2023-06-30']],
    ['The order was signed 7/4/2022.', ['2022-07-04']],
    ['The bridge was last inspected in 2019.', ['2019-01-01']],
    ['Since 2021, police have made 900 arrests.', ['2021-01-01']],
    ['In fiscal year 2023, arrests rose.', []],
    // a date something starts from is ahead, whatever the tense: not a span, not told in the past
    ['Extra ferries run from Monday.', ['2024-01-01']],
    ['Parking is free as of Friday.', ['2023-12-29']],
    ['New fares apply starting in February.', ['2024-02-01']],
    ['Ferries ran from Monday to Wednesday.', ['2023-12-25', '2023-12-27']],
    ['Services were suspended from Monday.', ['2023-12-25']],
    // a year told from the day of writing owns the month or day after it
    ['Organisers said next year’s fair will be held in December.', ['2024-12-01']],
    ['Last year’s fair, held on March 3, drew crowds.', ['2022-03-03']],
    ['Last year’s fair drew crowds. The next one opens in March.', ['2024-03-01']],
    // not dates
    ['He may sign the bill soon.', []],
    ['Candidates campaigned hard before Super Tuesday.', []],
    ['Shoppers lined up for Black Friday deals.', []],
    // a weekday that recurs is the day of no one event
    ['Protesters have marched in Velmar every Saturday since the vote.', []],
    ['The Velmar ferry runs every other Monday.', []],
    ['Volunteers clean the pier on Sundays.', []],
    ['The March for Science drew crowds.', []],
    ['The firm employs 2023 people in 14 offices.', []],
    ['Officials expect a decision in the coming days.', []],
  ];
  for (const [sentence, expected] of cases) {
    test(sentence, () => assert.deepEqual(datesIn(sentence), expected));
  }

  test('relative dates need a reference; explicit ones do not', () => {
    assert.deepEqual(datesIn('They met on Monday, and again on June 3, 2022.', null), ['2022-06-03']);
  });

  test('the tense of a date is read from its own clause', () => {
    const [said, meet] = findDateMentions('The envoy said Tuesday that talks will resume Friday.');
    assert.equal(said?.future, false);
    assert.equal(meet?.future, true);
  });
});

const OPTIONS = { slackDays: 10, storySpreadDays: 7, minOverlap: 0.4, minShared: 3 };

describe('reference dates of undated articles', () => {
  const article = (id: string, text: string, publishedAt: string | null = null) => ({
    id,
    publishedAt,
    mentions: findDateMentions(text),
  });
  // an article of sentences, each date with its sentence's content words (to match one event elsewhere)
  const words = (text: string) =>
    new Set(
      text
        .toLowerCase()
        .split(/\W+/)
        .filter((w) => w.length > 3),
    );
  const placed = (id: string, sentences: string[]) => ({
    id,
    publishedAt: null,
    mentions: sentences.flatMap((s) => findDateMentions(s).map((m) => ({ ...m, words: words(s) }))),
  });

  test('a publication date is used as given', () => {
    const refs = inferReferences([article('a', 'They met on Monday.', '2024-02-07T09:00:00Z')], OPTIONS);
    assert.deepEqual(refs.get('a'), { day: dayOf(2024, 2, 7), inferred: false, source: 'published' });
  });

  test('an undated article is placed on or after the latest date the story states', () => {
    const refs = inferReferences(
      [
        article('a', 'The summit opened on Wednesday, Dec. 27, 2023.'),
        article('b', 'Leaders met on Wednesday. In a Thursday statement, they agreed on a plan.'),
      ],
      OPTIONS,
    );
    assert.deepEqual(refs.get('a'), { day: dayOf(2023, 12, 27), inferred: true, source: 'stated' });
    // Wednesday and Thursday of one week: the earliest reference keeping them together is Thursday 28
    assert.deepEqual(refs.get('b'), { day: dayOf(2023, 12, 28), inferred: true, source: 'stated' });
  });

  test('a weekday told with a full date by another article pins the reference', () => {
    const refs = inferReferences(
      [
        placed('a', ['The harbour commission approved the ferry contract on Wednesday, March 12, 2025.']),
        placed('b', [
          'Officials noted the budget on March 6, 2025.',
          'The harbour commission approved the ferry contract on Wednesday.',
        ]),
      ],
      OPTIONS,
    );
    // b states March 6 itself, but its Wednesday is a's Wednesday, March 12: which bears the guess out
    assert.deepEqual(refs.get('b'), {
      day: dayOf(2025, 3, 12),
      inferred: true,
      source: 'stated',
      backed: true,
    });
  });

  test('a dateline gives the reference', () => {
    const [dateline] = findDateMentions('March 4');
    const refs = inferReferences(
      [{ id: 'a', publishedAt: null, mentions: findDateMentions('It closed on March 3, 2025.'), dateline }],
      OPTIONS,
    );
    assert.deepEqual(refs.get('a'), { day: dayOf(2025, 3, 4), inferred: true, source: 'dateline' });
  });

  test('a year missing from "Dec. 27" comes from the years the story states', () => {
    const refs = inferReferences(
      [article('a', 'They met on Dec. 27.'), article('b', 'The rally was on December 20, 2019.')],
      OPTIONS,
    );
    assert.deepEqual(refs.get('a'), { day: dayOf(2019, 12, 27), inferred: true, source: 'stated' });
  });

  // an invented story told over two years: a fire, and the owner's trial two years on
  test('a story whose days lie years apart places no article stating no day of its own', () => {
    const refs = inferReferences(
      [
        placed('fire', ['The Dunmore warehouse fire broke out on Friday, June 6, 2031.']),
        placed('trial', ['A jury convicted the warehouse owner of arson on Tuesday, May 9, 2033.']),
        placed('arrest', ['The warehouse owner was arrested on Monday, police said.']),
        placed('blaze', ['Flames from the Dunmore warehouse fire broke out on Friday evening.']),
      ],
      OPTIONS,
    );
    // "on Monday" is no day of 2033 (the trial's) nor surely of 2031: left unresolved, even where its
    // words match a dated sentence of another article (whose day may be one told as ahead)
    assert.equal(refs.get('arrest'), null);
    assert.equal(refs.get('blaze'), null);
    assert.equal(refs.get('trial')?.day, dayOf(2033, 5, 9));
  });

  test('no stated day and no publication date: no reference', () => {
    const refs = inferReferences([article('a', 'They met on Monday, in November.')], OPTIONS);
    assert.equal(refs.get('a'), null);
  });
});
