import assert from 'node:assert/strict';
import { test } from 'node:test';
import { holdsPassages, quotedPassages } from './quotations.ts';
import { summarized } from './test-story.ts';

test('the quoted passages of a sentence, cut at an ellipsis or a bracketed insertion', () => {
  assert.deepEqual(
    quotedPassages('She spoke of “a plan […] for the pier” and “more … ferries.”').map((p) => p.trim()),
    ['“a plan', 'for the pier”', '“more', 'ferries.”'],
  );
  assert.deepEqual(quotedPassages('No quotation here.'), []);
});

test('a text holds the passages only word for word', () => {
  const passages = quotedPassages('They discussed “efforts to manage the ferry queues at the harbor.”');
  assert.equal(
    holdsPassages('on “Efforts to manage the ferry queues at the Harbor,” he said', passages),
    true,
  );
  assert.equal(holdsPassages('“efforts to manage the long ferry queues at the harbor”', passages), false);
  assert.equal(holdsPassages('anything at all', []), true);
});

// An invented story: two outlets tell one phone call, each quoting the statement on it in other words
// (one puts "long" in the quotation); a third tells only the ferry plan.
const CALL = [
  {
    outlet: 'Vessmark Ledger',
    text: 'Mayor Ina Voss and Governor Tam Rolle spoke on Thursday about “ongoing efforts to manage the ferry queues at the Vessmark harbor,” the city hall said last week.\n\nThe council will vote on a new ferry timetable in March.',
  },
  {
    outlet: 'Coast Radio',
    text: 'Mayor Ina Voss and Governor Tam Rolle spoke on Thursday about “ongoing efforts to manage the long ferry queues at the Vessmark harbor,” spokesman Ed Brann said.\n\nThe council will vote on a new ferry timetable in March.',
  },
];

test('a summary sentence quoting someone cites no article whose quotation has other words', () => {
  const { out } = summarized(CALL, 400);
  const told = out.summary.filter((s) => /ferry queues/.test(s.text));
  assert.ok(told.length, out.summary.map((s) => s.text).join(' | '));
  for (const s of told) {
    const ids = new Set(s.citations.map((c) => c.articleId));
    const long = /long ferry queues/.test(s.text);
    assert.deepEqual([...ids], [long ? 'a2' : 'a1'], `${s.text} cites ${[...ids]}`);
  }
});
