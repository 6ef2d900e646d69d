import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { comparedStory, segmented } from '../compared-story.ts';

// newuser18 #4: the police's crowd figure and the organisers' are two sources' figures, no values of
// one count; the organisers' figure given as 15,000 by four outlets and as 25,000 by a fifth is a
// difference to check. Invented articles.
const told = (outlet: string, hour: string, text: string) => ({
  outlet,
  title: `${outlet} on the Tarrow march`,
  publishedAt: `2031-05-03T${hour}:00:00Z`,
  text,
});
const DOCS = [
  told(
    'Tarrow Post',
    '18',
    'Hundreds of drivers marched through Tarrow on Saturday against the new bridge toll.\n\nPolice estimated the crowd at 4,000, while the organisers, the Tarrow Drivers Union, said 15,000 people took part.\n\nNine people were arrested, police said.',
  ),
  told(
    'Wenlow Times',
    '19',
    'Drivers marched through Tarrow on Saturday against the bridge toll.\n\nThe Tarrow Drivers Union, which organised the march, said 15,000 people took part.\n\nPolice estimated the crowd at 4,000.',
  ),
  told(
    'Cobb Radio',
    '20',
    'A march against the Tarrow bridge toll filled Market Square on Saturday.\n\nPolice estimated the crowd at 4,000. The Tarrow Drivers Union said 15,000 people took part.',
  ),
  told(
    'Harl Gazette',
    '21',
    'Drivers brought Tarrow to a halt on Saturday in a march against the bridge toll.\n\nPolice put the crowd at 4,000. Organisers said 25,000 people had taken part.\n\nNine people were arrested, police said.',
  ),
  told(
    'Fenn Ledger',
    '22',
    'Drivers who marched against the Tarrow bridge toll on Saturday say they will return.\n\nSome 15,000 people took part, according to the organisers, the Tarrow Drivers Union. Police put the number at about 4,000.',
  ),
];

test("one source's count told with two values is a difference, another source's count apart", () => {
  const ctx = createContext();
  const { comparison } = comparedStory(segmented(DOCS, ctx), ctx);
  const shown = (comparison.differences ?? []).map(
    (d) =>
      `${d.about}: ${d.sides.map((s) => `${s.value?.number} [${s.evidence.map((e) => e.articleId)}]`).join(' | ')}`,
  );
  const organisers = shown.filter((d) => /organisers/.test(d));
  assert.deepEqual(
    organisers,
    ['turnout (organisers): 15000 [a1,a2,a3,a5] | 25000 [a4]'],
    JSON.stringify(shown),
  );
  // the police's 4,000 is on no side of it, nor in any difference with the organisers' figures
  assert.ok(!shown.some((d) => /\b4000\b/.test(d) && /15000|25000/.test(d)), JSON.stringify(shown));
});

// review42: a source's lower bound and its larger count can both hold ("at least 12" told again after
// "rose to 15"): no difference of the source's count, which told the summary "another report gives 15"
// beside "according to three reports … at least 12" that counted that report among the three.
test("one source's lower bound and a larger count are no two values of its count", () => {
  const docs = [
    told(
      'Orrin Post',
      '09',
      'At least 12 people were killed in a blast at the Orrin chemical works on Monday morning, the fire service said.\n\nCrews searched the damaged plant for hours.',
    ),
    told(
      'Harlow Herald',
      '20',
      'The death toll from the blast at the Orrin chemical works rose to 15 on Monday evening after three injured workers died in hospital, the fire service said.\n\nThe works employs 300 people.',
    ),
    told(
      'Kell Times',
      '21',
      'A blast at the Orrin chemical works on Monday killed at least 12 people, the fire service said.\n\nThe owner said it was working with the fire service.',
    ),
  ];
  const ctx = createContext();
  const { comparison } = comparedStory(segmented(docs, ctx), ctx);
  const shown = (comparison.differences ?? []).map(
    (d) => `${d.about}: ${d.sides.map((s) => `${s.value?.qualifier ?? ''} ${s.value?.number}`).join(' | ')}`,
  );
  assert.ok(!shown.some((d) => /fire service/.test(d)), JSON.stringify(shown));
});
