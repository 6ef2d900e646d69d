import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import test from 'node:test';
import { needsShared, sharedPath } from '../../../test/shared.ts';
import { type Article, createContext } from '../../model/index.ts';
import { clean } from '../clean/index.ts';
import { aggregatorOf, syndicate, syndicationGroupOf } from './index.ts';

const STORY = [
  'The river authority opened all four sluice gates at dawn on Tuesday after three days of rain.',
  'Engineers said the reservoir stood at ninety-one percent of capacity, the highest level since the dam was finished.',
  'Residents of the lower valley were told to move cars and livestock to higher ground before noon.',
  'A spokeswoman for the authority said no homes had been flooded and that the release would last two days.',
].join('\n\n');

const OTHER = [
  'The city council approved a new budget for public libraries on Monday evening.',
  'Three branches will extend their opening hours, and a mobile library will visit the northern suburbs twice a week.',
].join('\n\n');

function article(id: string, text: string, extra: Partial<Article> = {}): Article {
  return {
    id,
    source: `${id}.txt`,
    title: null,
    titleInferred: false,
    byline: null,
    outlet: null,
    url: null,
    publishedAt: null,
    modifiedAt: null,
    language: null,
    section: null,
    metadataSources: {},
    text,
    body: text.split('\n\n'),
    paragraphs: [],
    removed: [],
    media: [],
    wordCount: text.split(/\s+/).length,
    syndicatedFrom: null,
    syndicationNote: null,
    ...extra,
  };
}

const run = (articles: Article[]): Article[] => syndicate()(articles, createContext());

test('a wire copy with its own intro is linked to the original; an unrelated article is not', () => {
  const original = article('a1', STORY, { publishedAt: '2024-03-05T06:00:00.000Z' });
  const copy = article('a2', `Local desk. ${STORY.split('\n\n').slice(0, 3).join('\n\n')}`, {
    publishedAt: '2024-03-05T09:30:00.000Z',
  });
  const other = article('a3', OTHER);
  const [a1, a2, a3] = run([copy, original, other].sort((x, y) => x.id.localeCompare(y.id)));
  assert.equal(a1?.syndicatedFrom, null);
  assert.equal(a2?.syndicatedFrom, 'a1');
  assert.match(a2?.syndicationNote ?? '', /near-duplicate of a1: \d+%/);
  assert.equal(a3?.syndicatedFrom, null);
  assert.equal(a3?.syndicationNote, null);
  assert.equal(syndicationGroupOf(a2 as Article), 'a1');
  assert.equal(syndicationGroupOf(a3 as Article), 'a3');
});

test('the original is the one published first as an instant, times in two zones compared as such', () => {
  // 09:15 at +02:00 is 07:15 UTC: before 08:30 UTC, though its text sorts after
  const early = article('a1', `Local desk. ${STORY}`, { publishedAt: '2024-03-05T09:15:00+02:00' });
  const late = article('a2', STORY, { publishedAt: '2024-03-05T08:30:00.000Z' });
  const [x, y] = run([early, late]);
  assert.equal(x?.syndicatedFrom, null);
  assert.equal(y?.syndicatedFrom, 'a1');
});

test('without dates, the shorter text is the copy', () => {
  const long = article('a1', STORY);
  const short = article('a2', STORY.split('\n\n').slice(1).join('\n\n'));
  const [x, y] = run([short, long]);
  assert.equal(x?.syndicatedFrom, 'a1');
  assert.equal(y?.syndicatedFrom, null);
});

test('of one text saved twice on one day, the copy that names no outlet is the copy, though it comes first (newuser11 finding 3)', () => {
  const day = { publishedAt: '2026-12-04' };
  const unnamed = article('a1', STORY, { ...day, source: 'copy of radio marl.txt' });
  const named = article('a2', STORY, { ...day, source: 'radio-marl.txt', outlet: 'Radio Marl' });
  const [x, y] = run([unnamed, named]);
  assert.equal(x?.syndicatedFrom, 'a2');
  assert.equal(y?.syndicatedFrom, null);
  // published first still wins over a name: an earlier unnamed text is the original
  const [e, l] = run([{ ...unnamed, publishedAt: '2026-12-03' }, named]);
  assert.deepEqual([e?.syndicatedFrom, l?.syndicatedFrom], [null, 'a1']);
});

const DISCLAIMER = {
  text: 'Denial of responsibility! Riverwire Hub is an automatic aggregator of the world media.',
  reason: 'aggregator disclaimer: disclaimer of a site that republishes other outlets automatically',
};

test('an aggregator copy is noted with the aggregator name even when its original is absent', () => {
  const [copy] = run([article('a1', STORY, { removed: [DISCLAIMER] })]);
  assert.equal(copy?.syndicatedFrom, null);
  assert.match(copy?.syndicationNote ?? '', /aggregator Riverwire Hub/);
  assert.equal(aggregatorOf(copy as Article), 'Riverwire Hub');
});

test('a note naming where the text first ran gives the original outlet, unless it is this outlet', () => {
  const note = {
    text: 'This story was originally published by The Norhaven Courier.',
    reason: 'aggregator disclaimer: x',
  };
  const [copy, own] = run([
    article('a1', STORY, { removed: [note] }),
    article('a2', OTHER, { removed: [note], outlet: 'The Norhaven Courier' }),
  ]);
  assert.match(copy?.syndicationNote ?? '', /first published by The Norhaven Courier/);
  assert.doesNotMatch(own?.syndicationNote ?? '', /first published/);
});

test('an aggregator copy is never taken for the original, even when dated earlier', () => {
  const copy = article('a1', STORY, { removed: [DISCLAIMER], publishedAt: '2024-03-04' });
  const original = article('a2', STORY, { publishedAt: '2024-03-05' });
  const [x, y] = run([copy, original]);
  assert.equal(x?.syndicatedFrom, 'a2');
  assert.match(x?.syndicationNote ?? '', /near-duplicate of a2.*aggregator Riverwire Hub/);
  assert.equal(y?.syndicatedFrom, null);
});

test('two reports sharing one quoted sentence are not copies', () => {
  const quote = 'We will not rest until every family in the valley is safe and dry again, the governor said.';
  const a = article('a1', `${quote}\n\n${OTHER}`);
  const b = article('a2', `${quote}\n\n${STORY}`);
  const out = run([a, b]);
  assert.deepEqual(
    out.map((x) => x.syndicatedFrom),
    [null, null],
  );
});

test('three copies form one group pointing at one original', () => {
  const out = run([
    article('a1', STORY, { publishedAt: '2024-03-05T08:00:00Z' }),
    article('a2', STORY, { publishedAt: '2024-03-05T07:00:00Z' }),
    article('a3', `${STORY}\n\nMore updates will follow.`, { publishedAt: '2024-03-05T09:00:00Z' }),
  ]);
  assert.deepEqual(
    out.map((x) => x.syndicatedFrom),
    ['a2', null, 'a2'],
  );
});

const CORPUS = 'corpus/border-talks-2023';

test('border-talks: the aggregator copy is recognised and named', { skip: needsShared(CORPUS) }, () => {
  const dir = sharedPath(CORPUS);
  const ctx = createContext();
  const articles = readdirSync(dir)
    .sort()
    .map((file, i) =>
      clean()(
        {
          id: `a${i + 1}`,
          source: file,
          format: 'text',
          content: readFileSync(`${dir}/${file}`, 'utf8'),
          given: {},
        },
        ctx,
      ),
    );
  const out = run(articles);
  const noted = out.filter((a) => a.syndicationNote);
  assert.equal(noted.length, 1, 'exactly one article of the five is a republication');
  const name = aggregatorOf(noted[0] as Article);
  assert.ok(name, 'the disclaimer names the aggregator');
  assert.ok(noted[0]?.syndicationNote?.includes(name));
  assert.ok(
    out.every((a) => a.syndicatedFrom === null),
    'none of the five is a near copy of another',
  );
});
