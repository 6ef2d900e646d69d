import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { comparedStory, segmented } from '../compared-story.ts';

// review40-A F6: an outlet that gives the police's count ("put the number at 4,000", no counted noun)
// and the organisers' 15,000 gives no other value of "Police said 4,000 people took part": the
// organisers' count is another source's figure, not a value of the police's. Invented articles.
const told = (outlet: string, hour: string, text: string) => ({
  outlet,
  title: `${outlet} on the Selby Moor march`,
  publishedAt: `2031-06-07T${hour}:00:00Z`,
  text,
});
const DOCS = [
  told(
    'Moor Courier',
    '18',
    'Farmers marched through Selby Moor on Saturday against the new water levy.\n\nAbout 15,000 people took part in the march, according to the organisers.\n\nPolice said 4,000 people took part.',
  ),
  told(
    'Dale Radio',
    '19',
    'Farmers marched through Selby Moor on Saturday against the water levy.\n\nThe organisers said 15,000 people took part in the march.\n\nPolice put the number at 4,000.',
  ),
  told(
    'Fold Gazette',
    '20',
    'A march against the Selby Moor water levy filled the town on Saturday.\n\nOrganisers said 25,000 people took part in the march.\n\nPolice said 4,000 people took part.',
  ),
];

test("another source's count is no other value of a sourced count's fact", () => {
  const ctx = createContext();
  const { comparison } = comparedStory(segmented(DOCS, ctx), ctx);
  const police = comparison.facts.filter((f) => /^Police said 4,000/.test(f.text ?? ''));
  assert.ok(police.length > 0, JSON.stringify(comparison.facts.map((f) => f.text)));
  for (const f of police)
    for (const [article, c] of Object.entries(f.coverage))
      assert.notEqual(c.told, 'other-value', `${article} ≠ on "${f.text}": ${JSON.stringify(c)}`);
  // the organisers' 25,000 is another value of the organisers' 15,000: that ≠ stays
  const organisers = comparison.facts.find((f) => /^About 15,000/.test(f.text ?? ''));
  assert.equal(organisers?.coverage.a3?.told, 'other-value', JSON.stringify(organisers?.coverage));
});
