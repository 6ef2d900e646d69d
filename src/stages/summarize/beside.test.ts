import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertToldBeside, summarized } from './test-story.ts';

// An invented story: three outlets tell one crash, two giving one count of the injured, one another.
const CRASH = [
  {
    outlet: 'Harlow Echo',
    publishedAt: '2031-09-15T08:00:00Z',
    text: 'A coach crash on the Harlow Pass road killed two passengers and injured 23 others on Sunday evening.\n\nThe coach was carrying a choir home from a festival in Brisk.\n\nThe road will stay closed until Tuesday.',
  },
  {
    outlet: 'Pass Valley Post',
    publishedAt: '2031-09-15T09:00:00Z',
    text: 'Two passengers died and 23 people were hurt when a coach left the Harlow Pass road on Sunday evening.\n\nThe coach was carrying a choir home from a festival in Brisk.\n\nThe driver was taken to hospital in Orlen.',
  },
  {
    outlet: 'Radio Brisk',
    publishedAt: '2031-09-15T10:00:00Z',
    text: 'A coach crash on the Harlow Pass road on Sunday evening killed two passengers and injured 21 others.\n\nThe road will stay closed until Tuesday.\n\nThe choir had sung at the Brisk festival for ten years.',
  },
];

test('a story whose toll outlets give otherwise opens with what happened, each count told as its outlets’', () => {
  const { comparison, out } = summarized(CRASH, 120);
  assert.ok(
    (comparison.differences ?? []).some((d) => d.kind === 'figure'),
    JSON.stringify(comparison.differences),
  );
  const [first] = out.summary;
  const all = out.summary.map((s) => s.text).join(' | ');
  // the event and its toll first, not what followed it
  assert.match(first?.text ?? '', /crash|coach/, all);
  assert.match(first?.text ?? '', /killed|died/, all);
  // neither count in the summary's own voice, nor two counts back to back
  assertToldBeside(out.summary, /\b2[13]\b/);
});

// An invented story: a minister's claim that one outlet states as fact, two tell as hers, and the
// engineers' union disputes.
const BRIDGE = [
  {
    outlet: 'Tarrow Courier',
    publishedAt: '2031-10-02T08:00:00Z',
    text: 'The Old Mill bridge in Tarrow was closed on Wednesday after a crack was found in its main span.\n\nThe bridge passed a full safety inspection in June.\n\nBuses will take a detour through Eastgate.',
  },
  {
    outlet: 'Eastgate Times',
    publishedAt: '2031-10-02T09:00:00Z',
    text: 'Tarrow closed the Old Mill bridge on Wednesday after engineers found a crack in its main span.\n\nTransport Minister Lena Sorvik said the bridge had passed a full safety inspection in June.\n\nBut the Tarrow Engineers Union disputed that, saying no inspection had been made since 2029.',
  },
  {
    outlet: 'Radio Tarrow',
    publishedAt: '2031-10-02T10:00:00Z',
    text: 'The Old Mill bridge in Tarrow was shut on Wednesday after a crack was found in its main span.\n\nTransport Minister Lena Sorvik told reporters the bridge passed a full safety inspection in June.\n\nBuses will take a detour through Eastgate.',
  },
];

test('a disputed claim is told as its speaker’s with its dispute right after it, never as fact', () => {
  const { comparison, out } = summarized(BRIDGE, 120);
  assert.ok(
    comparison.facts.some((f) => f.disputes?.length),
    JSON.stringify(comparison.facts.map((f) => [f.text, f.disputes])),
  );
  const texts = out.summary.map((s) => s.text);
  const all = texts.join(' | ');
  const at = texts.findIndex((t) => /safety inspection in June/.test(t));
  assert.ok(at >= 0, all);
  assert.match(texts[at] as string, /Sorvik (said|told)/, all);
  assert.match(texts[at + 1] ?? '', /disputed that/, all);
  // told once, and never in the summary's own voice
  assert.equal(texts.filter((t) => /safety inspection in June/.test(t)).length, 1, all);
});
