import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfCompared } from './story-fixture.ts';

const WORDS =
  '“We will reopen the ferry line before the spring tides come, and every crossing will run again,”';

// Two articles give one quote to the transport minister, a third gives the same words to the mayor: the
// mayor's saying is no event the minister's articles tell, so its line cites only the article that
// gives the words to the mayor.
test('timeline: one quote given to two speakers is two sayings, each citing its own articles', () => {
  const events = timelineOfCompared([
    {
      outlet: 'Kessel Courier',
      publishedAt: '2031-04-07T09:00:00Z',
      text: `The Kessel ferry line stopped after the storm.\n\n${WORDS} Transport Minister Orla Fenwick said on Sunday.`,
    },
    {
      outlet: 'Dunmore Gazette',
      publishedAt: '2031-04-07T10:00:00Z',
      text: `The Kessel ferry line stopped after the storm.\n\n${WORDS} Mayor Piet Calloway said on Sunday.`,
    },
    {
      outlet: 'Harrow Voice',
      publishedAt: '2031-04-08T08:00:00Z',
      text: `Transport Minister Orla Fenwick vowed to restart the Kessel ferry line.\n\n${WORDS} Fenwick said at the quay on Sunday.`,
    },
  ]);
  const sayings = events.filter((e) => e.text.includes('reopen the ferry line'));
  const mayor = sayings.find((e) => e.text.includes('Calloway'));
  assert.ok(mayor, JSON.stringify(events));
  assert.deepEqual(
    mayor.citations.map((c) => c.articleId),
    ['a2'],
    JSON.stringify(sayings),
  );
  for (const e of sayings.filter((s) => s !== mayor))
    assert.ok(!e.citations.some((c) => c.articleId === 'a2'), JSON.stringify(sayings));
});
