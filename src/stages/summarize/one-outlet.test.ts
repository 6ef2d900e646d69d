import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarized } from './test-story.ts';

// newuser18 #1: five outlets tell one flood on one day, four giving six dead and one sixteen (no
// article tells a change): the summary tells the toll most outlets give, with who gives it, and the
// other as one outlet's, never the one outlet's toll first in its voice. Invented story.
const FLOOD = [
  {
    outlet: 'Ostby Courier',
    publishedAt: '2026-05-06T07:40:00Z',
    title: 'Six dead as River Lenn floods Brackwater',
    text: 'Six people have died after the River Lenn burst its banks in Brackwater overnight, flooding hundreds of homes.\n\nFire chief Alma Verrick said four of the dead were found in a car on the Gorse Lane road.\n\nThe river rose to 5.1 metres at the Weir Street gauge shortly after 2 a.m. on Wednesday, the flood office said.',
  },
  {
    outlet: 'Harl Radio',
    publishedAt: '2026-05-06T09:05:00Z',
    title: 'Brackwater flood kills six',
    text: 'Six people were killed when the River Lenn flooded the town of Brackwater early on Wednesday, officials said.\n\nRescuers evacuated 280 homes as the water rose through the night.\n\nResidents said warnings came too late.',
  },
  {
    outlet: 'Fenwick Star',
    publishedAt: '2026-05-06T10:00:00Z',
    title: 'Brackwater counts the cost after deadly flood',
    text: 'Sixteen people died when the River Lenn burst its banks in Brackwater early on Wednesday, the flood office said.\n\nFire chief Alma Verrick said four of the dead had been found in a car on the Gorse Lane road.\n\nThe water reached 5.1 metres at the Weir Street gauge.',
  },
  {
    outlet: 'Morrow Post',
    publishedAt: '2026-05-06T16:00:00Z',
    title: 'Brackwater flood: river begins to fall',
    text: 'The death toll from the flooding in Brackwater stood at six on Wednesday afternoon, the flood office said, as the River Lenn began to fall.\n\nSearch teams were still checking houses on Gorse Lane.\n\nMayor Ines Dorrow asked volunteers to bring blankets to the town hall.',
  },
  {
    outlet: 'Coast Ledger',
    publishedAt: '2026-05-06T12:00:00Z',
    title: 'Six dead in Brackwater flood',
    text: 'Six people lost their lives when the River Lenn flooded Brackwater in the early hours of Wednesday.\n\nSome 290 homes were evacuated.\n\nThe water reached 5.1 metres at the Weir Street gauge.',
  },
];

test('the toll most outlets give is told, with who gives it; one outlet’s other toll only as its', () => {
  const { out } = summarized(FLOOD, 120);
  const texts = out.summary.map((s) => s.text);
  const all = texts.join(' | ');
  // no sentence gives sixteen but the note naming its one outlet, cited to it alone
  const sixteen = out.summary.filter((s) => /\bsixteen\b/i.test(s.text));
  assert.deepEqual(
    sixteen.map((s) => [s.text, s.citations.map((c) => c.articleId)]),
    [['One outlet, Fenwick Star, gives sixteen people (see Differences to check).', ['a3']]],
    all,
  );
  // right after the sentence giving six as its outlets', and the other outlets giving six
  const at = texts.indexOf(sixteen[0]?.text ?? '');
  assert.match(
    texts[at - 2] ?? '',
    /^According to [A-Z][\w ]+, six people (were killed|have died|lost)\b/,
    all,
  );
  assert.match(texts[at - 1] ?? '', /^[\w ,]+ and [\w ]+ also give six people\.$/, all);
  assert.doesNotMatch(all, /Reports differ/, all);
});

test('two outlets against two give no toll of most: each still told as its outlets’ beside the other', () => {
  // one six-dead report fewer and a second outlet giving sixteen
  const even = [
    ...FLOOD.slice(0, 3),
    {
      outlet: 'Coast Ledger',
      publishedAt: '2026-05-06T12:00:00Z',
      title: 'Sixteen dead in Brackwater',
      text: 'Sixteen people lost their lives when the Lenn flooded Brackwater in the early hours of Wednesday.\n\nSome 290 homes were evacuated.\n\nThe mayor opened the town hall to families.',
    },
  ];
  const { out } = summarized(even, 120);
  const all = out.summary.map((s) => s.text).join(' | ');
  assert.doesNotMatch(all, /One outlet, /, all);
  assert.match(all, /Reports differ: (six|sixteen) people in /, all);
});
