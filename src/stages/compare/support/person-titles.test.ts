import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clashVerdict, judgementOf } from './verdict-of.ts';

// Invented sentences: the title written before a person is who the person is, no name of its own.
const verdictOf = (claim: string, evidence: string) => clashVerdict(judgementOf(claim, evidence));

test('a title before a person the evidence names by surname alone is told', () => {
  const claim = 'Harbour Minister Ilse Varga said the council would appeal.';
  const evidence = '"We respect the verdict, but we intend to appeal," Varga said.';
  const { verdict, reason } = judgementOf(claim, '"We intend to appeal," Varga said.');
  assert.equal(verdict, 'supports', reason);
  // (a quotation about something else besides the appeal still tells the claim only in passing)
  assert.notEqual(verdictOf(claim, evidence), 'contradicts');
});

test('the title of another person is no support', () => {
  assert.equal(
    verdictOf(
      'Harbour Minister Ilse Varga said the council would appeal.',
      '"We intend to appeal," Finance Minister Tomas Brel said.',
    ),
    'related',
  );
});

test('a name that is no title of the person stays a name the evidence must tell', () => {
  assert.equal(
    verdictOf(
      'Ilse Varga of the Kessel Harbour Board said the council would appeal.',
      '"We intend to appeal," Varga said.',
    ),
    'related',
  );
});
