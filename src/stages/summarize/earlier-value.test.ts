import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarized } from './test-story.ts';

// newuser20 (session 41): one outlet gave 41,000 at 08:00, another told the count revised to 47,500
// "from 41,000" at 14:00, a third gave 47,500 at 15:00. The revising sentence gives 41,000 only as the
// past: it is no outlet that "first gave" it, and the earlier value is told as first given, never as
// the count now. Invented story.
const WAITING = [
  [
    'Some 41,000 patients are waiting for a routine operation in Dunholm, the health board said on Monday.\n\nNurses at Dunholm General have been warning about staffing since the winter, when two surgical wards shut.\n\nThe Gazette spoke to three patients who have waited more than a year for a new hip.',
    'Dunholm Gazette',
    '08',
  ],
  [
    'The number of patients waiting for a routine operation in Dunholm was revised to 47,500 from 41,000 on Monday, the health board said.\n\nOfficials blamed a records error at one clinic for the earlier figure.\n\nTwo surgical wards at Dunholm General closed in the winter for lack of nurses.',
    'Fenway Courier',
    '14',
  ],
  [
    'A total of 47,500 patients are waiting for a routine operation in Dunholm, the health board said.\n\nPatient groups called for an independent review of the board.\n\nThe board shut two surgical wards at Dunholm General this winter because it could not find enough nurses.',
    'North Shore Radio',
    '15',
  ],
].map(([text, outlet, hour]) => ({ outlet, publishedAt: `2027-04-05T${hour}:00:00Z`, text }));

test('the first value of an update is the earlier outlet’s alone, told mid-sentence, and not as the count now', () => {
  const { out } = summarized(WAITING, 300);
  const all = out.summary.map((s) => s.text).join(' | ');
  const note = out.summary.find((s) => /first gave/.test(s.text));
  assert.equal(note?.text, 'Dunholm Gazette first gave some 41,000 patients.', all);
  assert.deepEqual(
    note?.citations.map((c) => c.articleId),
    ['a1'],
  );
  // no other sentence gives 41,000 without the newer value
  assert.deepEqual(
    out.summary.filter((s) => /41,000/.test(s.text) && !/47,500/.test(s.text) && s !== note),
    [],
    all,
  );
});
