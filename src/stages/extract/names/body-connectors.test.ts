import assert from 'node:assert/strict';
import { test } from 'node:test';
import { names } from './test-kit.ts';

test('"and" after what a body is of names a second party, not more of the name (review43)', () => {
  const found = names(
    'The Ministry of Defence and Kestrel Marine signed a deal. The Department of Health and Gareth Doyle said nothing.',
  );
  assert.ok(found.includes('organization | Ministry of Defence'), found.join('; '));
  assert.ok(found.includes('organization | Department of Health'), found.join('; '));
  assert.ok(!found.some((f) => f.includes('Defence and') || f.includes('Health and')), found.join('; '));
});

test('"for" after a body\'s word opens the rest of its name', () => {
  assert.deepEqual(
    names(
      'Pay fell by 9 percent, according to the Centre for Health Pay Research. The Campaign for Clean Rivers agreed.',
    ),
    ['organization | Campaign for Clean Rivers', 'organization | Centre for Health Pay Research'],
  );
});

test("\"on\" after a council's or committee's word opens the rest of its name, not after another body's", () => {
  const found = names(
    "Ann Bell's Council on Ageing objected to the plan. Ann Bell said the Ferries on Mill Quay were late.",
  );
  assert.ok(found.includes('organization | Council on Ageing'), found.join('; '));
  assert.ok(!found.some((f) => f.includes('Ferries on')), found.join('; '));
});

test('"and" or "for" before a person, a place or another body still ends a name', () => {
  const found = names(
    'The Union of Porters and Ann Lee met on Monday. The Bank of Dunmore and Wales said so.',
    "Tom Wade thanked the Harbour Authority for its help. Ann Lee thanked the Harbour Authority for Kestrel Ferries' help.",
  );
  assert.ok(found.includes('person | Ann Lee'), found.join('; '));
  assert.ok(found.includes('organization | Union of Porters'), found.join('; '));
  assert.ok(found.includes('organization | Harbour Authority'), found.join('; '));
  assert.ok(found.includes('organization | Kestrel Ferries'), found.join('; '));
  assert.ok(!found.some((f) => f.includes('Dunmore and Wales')), found.join('; '));
});
