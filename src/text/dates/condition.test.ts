import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { conditionWeekdayAhead, conditionWords, toldInFuture, weighedWeekday } from './condition.ts';

// Invented sentences: the words after a condition's weekday, and the sentence it is in.
describe('a weekday of a condition', () => {
  test('the words after it weigh its noun phrase, past a part of the day', () => {
    assert.equal(weighedWeekday(conditionWords(' is any guide')), true);
    assert.equal(weighedWeekday(conditionWords(' night seems to show')), true);
    assert.equal(weighedWeekday(conditionWords(' produce a better offer')), false);
    assert.equal(weighedWeekday(conditionWords(' morning talks')), false);
    assert.equal(weighedWeekday([]), false);
  });
  test('a plain future, not "would", in the words or as a tokeniser splits them', () => {
    assert.equal(toldInFuture(conditionWords("Dockers won't sail if the talks on Monday fail")), true);
    assert.equal(toldInFuture(conditionWords('They’ll strike unless talks on Monday succeed')), true);
    assert.equal(
      toldInFuture(conditionWords("'Will the ferries sail if the storm on Monday passes?'")),
      true,
    );
    assert.equal(toldInFuture(['dockers', 'wo', "n't", 'sail']), true);
    assert.equal(toldInFuture(conditionWords('Dockers would sail if the talks on Monday had worked')), false);
    assert.equal(toldInFuture(conditionWords('The pills were swilled down if needed')), false);
  });
  test('ahead when told in the future and not weighed', () => {
    const sentence = conditionWords('Dockers will walk out unless talks on Monday produce an offer.');
    assert.equal(conditionWeekdayAhead(sentence, conditionWords(' produce an offer')), true);
    const guide = conditionWords('If the turnout on Monday is any guide, the Greens will do well.');
    assert.equal(conditionWeekdayAhead(guide, conditionWords(' is any guide')), false);
    const past = conditionWords('Dockers walked out unless talks on Monday produced an offer.');
    assert.equal(conditionWeekdayAhead(past, conditionWords(' produced an offer')), false);
  });
});
