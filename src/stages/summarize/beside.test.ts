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

// An invented fire: two outlets give 15 injured, one 14; the summary tells one of the two.
const FIRE = [
  {
    outlet: 'Vessby Herald',
    publishedAt: '2031-11-04T08:00:00Z',
    text: 'A fire at the Morrow Paints plant in Vessby killed one worker and injured 15 others on Tuesday, the county fire service said.\n\nThe fire started in a storage hall shortly after 9 a.m. and was put out by noon, fire chief Ilse Varga said.\n\nThe plant’s owner said production would stay halted for at least a week.',
  },
  {
    outlet: 'Radio Vessby',
    publishedAt: '2031-11-04T09:00:00Z',
    text: 'One worker died and 14 others were injured when fire swept through a storage hall at the Morrow Paints plant in Vessby on Tuesday, the county fire service said.\n\nFire chief Ilse Varga said the blaze was put out by noon.\n\nThe company said production would stay halted for at least a week.',
  },
  {
    outlet: 'The Orlen Post',
    publishedAt: '2031-11-05T08:00:00Z',
    text: 'A worker was killed and 15 people were injured in a fire at the Morrow Paints plant in Vessby on Tuesday, the county fire service said.\n\nFire chief Ilse Varga said the fire began in a storage hall and was out by noon.\n\nMorrow Paints said production would stay halted for at least a week.',
  },
];

test('a value two outlets give is told as two outlets’, the other as one outlet’s', () => {
  const { comparison, out } = summarized(FIRE, 120);
  const all = out.summary.map((s) => s.text).join(' | ');
  // the difference puts the two outlets giving 15 on one side
  const toll = (comparison.differences ?? []).find((d) => d.kind === 'figure');
  assert.ok(toll, JSON.stringify(comparison.differences));
  const side = toll.sides.find((s) => s.evidence.length === 2);
  assert.deepEqual(side?.evidence.map((e) => e.articleId).sort(), ['a1', 'a3'], JSON.stringify(toll.sides));
  assertToldBeside(out.summary, /\b1[45]\b/);
  const at = out.summary.findIndex((s) => /^One outlet, /.test(s.text));
  const [told, also, note] = [out.summary[at - 2], out.summary[at - 1], out.summary[at]];
  // the other outlet giving 15 is told in a sentence of its own, cited to it alone; then the one giving 14
  assert.match(told?.text ?? '', /^According to (Vessby Herald|The Orlen Post), /, all);
  assert.match(also?.text ?? '', /^(Vessby Herald|The Orlen Post) also gives 15 \w+\.$/, all);
  assert.match(
    note?.text ?? '',
    /^One outlet, Radio Vessby, gives 14 others \(see Differences to check\)\.$/,
    all,
  );
  // each article cited once across the three sentences, each for the value it gives
  const cited = [told, also, note].map((s) => (s?.citations ?? []).map((c) => c.articleId));
  assert.deepEqual(cited.flat().sort(), ['a1', 'a2', 'a3'], all);
  assert.deepEqual(cited[2], ['a2'], all);
});

// An invented story every sentence of which holds a loaded word in its outlet's own voice.
const AXE = [
  {
    outlet: 'Orlen Clarion',
    publishedAt: '2031-12-01T08:00:00Z',
    text: 'The Orlen council voted on Monday to axe two of its four branch libraries.\n\nMore than 200 furious parents packed the council chamber on Monday night.',
  },
  {
    outlet: 'Orlen Voice',
    publishedAt: '2031-12-01T09:00:00Z',
    text: 'In a stunning move, the Orlen council voted on Monday to axe two branch libraries.\n\nFurious parents packed the chamber for the vote.',
  },
];

test('a sentence kept for want of a plain one is told as its outlet’s wording, cited to it alone', () => {
  const { articles, out } = summarized(AXE, 120);
  const all = out.summary.map((s) => s.text).join(' | ');
  assert.ok(out.summary.length > 0, all);
  const outletOf = new Map(articles.map((a) => [a.article.id, a.article.outlet]));
  for (const s of out.summary) {
    assert.equal(s.citations.length, 1, all);
    const outlet = outletOf.get(s.citations[0]?.articleId ?? '');
    assert.ok(s.text.startsWith(`${outlet} wrote that `), all);
  }
});

test("a sentence told as its outlet's keeps no capital on a number word after the comma", () => {
  const stories = [
    [
      'Dunmere Star',
      'Seventeen people died when the River Olm flooded Dunmere on Wednesday, the flood office said.',
    ],
    [
      'Ostry Times',
      'Seventeen people were killed when the River Olm flooded Dunmere on Wednesday, officials said.',
    ],
    [
      'Radio Felsted',
      'Seven people died when the River Olm flooded Dunmere on Wednesday, the flood office said.',
    ],
  ].map(([outlet, text]) => ({
    outlet,
    title: 'Dunmere flood',
    text: `${text}\n\nSchools in Dunmere were shut.`,
  }));
  const { out } = summarized(stories, 120);
  const all = out.summary.map((s) => s.text).join(' | ');
  assert.match(all, /^According to [^,]+, /, all);
  assert.doesNotMatch(all, /According to [^,]+, (Seventeen|Seven)\b/, all);
});
