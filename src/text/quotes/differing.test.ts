import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wordingsDiffer } from './differing.ts';

test('a word put in another word’s place is another remark', () => {
  assert.deepEqual(
    wordingsDiffer(
      'The new levy shields the poorest tenants in Corvale.',
      'The new levy hurts the poorest tenants in Corvale.',
    ),
    { one: 'shields', other: 'hurts' },
  );
});

test('a negation added or dropped is another remark, a contraction too', () => {
  assert.deepEqual(wordingsDiffer('We will reopen the ferry pier', 'We will never reopen the ferry pier'), {
    one: '',
    other: 'never',
  });
  assert.deepEqual(wordingsDiffer('The dam can hold another winter', 'The dam can’t hold another winter'), {
    one: 'can',
    other: "can't",
  });
});

test('another number is another remark', () => {
  assert.deepEqual(wordingsDiffer('Nine boats left the harbour', 'Eleven boats left the harbour'), {
    one: 'nine',
    other: 'eleven',
  });
});

test('a word added, moved, inflected or a grammar word changed says the same', () => {
  assert.equal(
    wordingsDiffer('We will guard every orchard here', 'We will guard every single orchard here'),
    null,
  );
  assert.equal(wordingsDiffer('The pier protected our village', 'The pier protects our village'), null);
  assert.equal(wordingsDiffer('This plan saves the valley', 'The plan saves the valley'), null);
  assert.equal(wordingsDiffer('Every orchard we will guard', 'We will guard every orchard'), null);
});

test('another spelling, a number in words or figures, words run together say the same', () => {
  assert.equal(
    wordingsDiffer(
      'We will defend the organisation and its harbour',
      'We will defend the organization and its harbor',
    ),
    null,
  );
  assert.equal(wordingsDiffer('We lost five ferries in the storm', 'We lost 5 ferries in the storm'), null);
  assert.equal(
    wordingsDiffer('Fares rose 12 per cent in one year', 'Fares rose 12 percent in one year'),
    null,
  );
  assert.equal(
    wordingsDiffer('We want a ceasefire by the spring', 'We want a cease-fire by the spring'),
    null,
  );
  assert.deepEqual(wordingsDiffer('We lost five ferries in the storm', 'We lost 6 ferries in the storm'), {
    one: 'five',
    other: '6',
  });
});

test('a negation written out or contracted says the same; one dropped does not', () => {
  assert.equal(wordingsDiffer("We won't close the ferry pier", 'We will not close the ferry pier'), null);
  assert.equal(wordingsDiffer("We can't afford the new levy", 'We cannot afford the new levy'), null);
  assert.equal(wordingsDiffer("It isn't a fair deal for Corvale", 'It is not a fair deal for Corvale'), null);
  assert.deepEqual(wordingsDiffer("We won't close the ferry pier", 'We will close the ferry pier'), {
    one: "won't",
    other: 'will',
  });
});

test('a run said twice over is said once; a negation added once is not', () => {
  assert.equal(
    wordingsDiffer(
      'We will make it clear that we will not stand by on the harbour',
      'We will make it clear that we will not, we will not stand by on the harbour',
    ),
    null,
  );
  assert.deepEqual(
    wordingsDiffer(
      'We will make it clear that we stand by the harbour',
      'We will make it clear that we will not stand by the harbour',
    ),
    { one: '', other: 'will not' },
  );
});

test('one time of day in either clock says the same', () => {
  assert.equal(
    wordingsDiffer(
      'The last ferry left Corvale at 6:41pm on the day',
      'The last ferry left Corvale at 18:41 on the day',
    ),
    null,
  );
  assert.deepEqual(
    wordingsDiffer(
      'The last ferry left Corvale at 6:41pm on the day',
      'The last ferry left Corvale at 19:41 on the day',
    ),
    { one: '18', other: '19' },
  );
});
