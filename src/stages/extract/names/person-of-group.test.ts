import assert from 'node:assert/strict';
import { test } from 'node:test';
import { names } from './test-kit.ts';

// newuser16 #3 and #8: one person's names in one story were several speakers ("Rosa Kettlewick of the Friends
// of Orlen Library" beside "Kettlewick", "Forecaster Hallie Brent" beside "Brent"). A known given name and a
// surname end before "of the" and any body, a person's name before "of the" and a body a lower-case word names
// ("the Save Orlen Pool group") ends there too, and a label noun ("Forecaster") is no word of the name.
// Invented articles.

test('a person "of the" a body no name word types: the person, by the full name and the surname', () => {
  assert.deepEqual(
    names(
      '"We listened," said Rosa Kettlewick of the Friends of Orlen Library. Kettlewick said the fight would go on.',
    ),
    ['person | Rosa Kettlewick'],
  );
  assert.deepEqual(
    names(
      'Campaigner Ysolde Carrowmere of the Save Orlen Pool group wept in the gallery. Carrowmere left early.',
    ),
    ['person | Ysolde Carrowmere'],
  );
});

test('a forecaster named with the label is the person', () => {
  assert.deepEqual(names('Forecaster Hallie Brent said the roads would be icy. "Stay home," Brent said.'), [
    'person | Hallie Brent',
  ]);
});
