import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarized } from './test-story.ts';

// review40-A F7: a count most outlets give is told as theirs; where its sentence already names its own
// source with "according to", the summary said "According to <outlets>, …, according to the organisers."
// It is told as the outlets' report instead. Invented story.
const RALLY = [
  {
    outlet: 'Tarrow Herald',
    publishedAt: '2031-06-07T18:00:00Z',
    title: 'Ferry fare rally fills Tarrow',
    text: 'Islanders marched through Tarrow on Saturday against the ferry fare rise.\n\nAbout 12,000 people joined the rally, according to the organisers.\n\nPolice said 3,000 people joined.',
  },
  {
    outlet: 'Saltmere Radio',
    publishedAt: '2031-06-07T19:00:00Z',
    title: 'Tarrow ferry rally draws thousands',
    text: 'Islanders and fishermen marched through Tarrow on Saturday against the ferry fare rise.\n\nThe organisers said 12,000 people joined the rally.\n\nPolice put the number at 3,000.',
  },
  {
    outlet: 'Brine Gazette',
    publishedAt: '2031-06-07T20:00:00Z',
    title: 'Ferry fare protest in Tarrow',
    text: 'Protesters marched through Tarrow on Saturday against the rise in ferry fares.\n\nOrganisers said 20,000 people joined the rally.\n\nPolice said 3,000 people joined.',
  },
];

test('a sentence naming its own source is told as its outlets’ report, with one "according to"', () => {
  const { out } = summarized(RALLY, 120);
  const all = out.summary.map((s) => s.text).join(' | ');
  for (const s of out.summary)
    assert.ok((s.text.match(/\baccording to\b/gi) ?? []).length <= 1, `two "according to": ${s.text}`);
  assert.match(
    all,
    /\b(Tarrow Herald|Saltmere Radio)( and (Tarrow Herald|Saltmere Radio))? reports? that about 12,000 people joined the rally, according to the organisers\./,
    all,
  );
});
