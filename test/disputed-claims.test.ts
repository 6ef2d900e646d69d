import assert from 'node:assert/strict';
import { test } from 'node:test';
import { selfCheckLines } from '../src/cli/output.ts';
import { createContext, ReportSchema } from '../src/model/index.ts';
import { analyze } from '../src/pipeline.ts';
import { renderReport } from '../src/report/index.ts';

// newuser15 #1, #2: a claim an outlet tells disputed ("But the union disputed that.", another party's
// "no inspection has taken place since …") is no consensus, and the summary never tells it in its own
// voice. Invented outlets, people and places.

const pile = (second: string, third: string) => [
  {
    title: 'Fire at Calder pier warehouse injures six',
    outlet: 'The Brisk Herald',
    publishedAt: '2031-03-04T09:00:00Z',
    text: 'Six dockers were injured on Monday when fire broke out at the Velt Freight warehouse on Calder pier, the fire service said.\n\nThe warehouse passed its last fire inspection in February, and its alarms were tested in the autumn.\n\nFire officer Ines Moor said the fire began in the loading bay.',
  },
  {
    title: 'Six hurt in Calder pier fire',
    outlet: 'Calder Evening Star',
    publishedAt: '2031-03-04T10:00:00Z',
    text: `Six people were hurt on Monday in a fire at the Velt Freight warehouse on Calder pier, according to the fire service.\n\nPorts Minister Tomas Erlend told reporters the warehouse had passed a fire inspection in February. ${second}\n\nFire officer Ines Moor said the fire began in the loading bay.`,
  },
  {
    title: 'Dockers say burned warehouse was never inspected',
    outlet: 'Radio Brisk',
    publishedAt: '2031-03-04T11:00:00Z',
    text: `A fire injured six people at the Velt Freight warehouse on Calder pier on Monday.\n\nPorts Minister Tomas Erlend said the warehouse passed a full fire inspection in February. ${third}\n\nFire officer Ines Moor said the fire began in the loading bay.`,
  },
];

const reportOf = (records: readonly object[]) =>
  ReportSchema.parse(
    analyze(
      [{ path: 'pile.json', bytes: new TextEncoder().encode(JSON.stringify(records)) }],
      {},
      createContext({ now: new Date('2031-03-06T00:00:00Z') }),
    ),
  );

const DISPUTED = pile(
  'But the Calder Dockers Union disputed that.',
  'The Calder Dockers Union says no inspection has taken place since 2029.',
);

test('a claim two outlets tell disputed is no consensus: disputed, with who disputes it and where', () => {
  const report = reportOf(DISPUTED);
  const story = report.stories[0];
  assert.ok(story);
  const fact = story.facts.find((f) => /inspection in February/.test(f.text));
  assert.ok(fact, story.facts.map((f) => f.text).join(' | '));
  assert.equal(fact.status, 'conflicting');
  const art = (outlet: string) => report.articles.find((a) => a.outlet === outlet)?.id ?? '';
  assert.deepEqual(
    fact.disputes?.map((d) => [d.articleId, d.by]),
    [
      [art('Calder Evening Star'), 'the Calder Dockers Union'],
      // (named as the sentence names it, "The Calder Dockers Union says …", as the subject is named)
      [art('Radio Brisk'), 'the Calder Dockers Union'],
    ],
  );
  // the outlets that attribute it say whose claim it is; the one telling it in its own voice does not
  assert.equal(fact.coverage[art('Calder Evening Star')]?.attributedTo, 'Tomas Erlend');
  assert.equal(fact.coverage[art('The Brisk Herald')]?.attributedTo, undefined);
  // the undisputed facts stay as they were
  assert.ok(story.facts.some((f) => /loading bay/.test(f.text) && f.status === 'consensus'));
  // the summary tells neither side in its own voice: the claim only as the minister's, with its
  // dispute right after it
  const told = story.summary.map((s) => s.text);
  const summary = told.join(' ');
  assert.doesNotMatch(summary, /The warehouse passed/, summary);
  // (told, not merely not told wrongly: the loop below passes on a summary leaving both out)
  assert.ok(
    told.some((t) => /inspection in February/.test(t)),
    summary,
  );
  told.forEach((t, i) => {
    if (/inspection in February/.test(t)) {
      assert.match(t, /Tomas Erlend (said|told)/, summary);
      assert.match(told[i + 1] ?? '', /Calder Dockers Union (says|disputed)/, summary);
    }
    if (/Calder Dockers Union (says|disputed)/.test(t))
      assert.match(told[i - 1] ?? '', /inspection in February/, summary);
  });
  assert.ok(
    story.points.some((p) => p.kind === 'disputed' && /disputed by the Calder Dockers Union/.test(p.text)),
  );
  // the dispute's sentences are the disputed point's, not "found in one source only"
  assert.ok(
    !story.points.some((p) => p.kind === 'single-source' && /disputed that|no inspection/.test(p.text)),
    story.points.map((p) => p.text).join(' | '),
  );
  // every format says so
  const md = renderReport(report, 'md');
  assert.match(md, /inspection in February[^\n]*\| disputed \|[^\n]*✓ as Tomas Erlend's claim/);
  assert.match(
    md,
    /- Disputed: “The warehouse passed[^\n]*Calder Evening Star \[a\d+\] tells it disputed by the Calder Dockers Union: “But the Calder Dockers Union disputed that\.”/,
  );
  const html = renderReport(report, 'html');
  assert.match(html, /px-status px-conflicting">disputed</);
  assert.match(html, /as Tomas Erlend&#39;s claim|as Tomas Erlend's claim/);
  // and -v counts the disputed claim's supporters apart
  assert.match(selfCheckLines(report)[0] ?? '', /✓ \(2 of them on 1 disputed claim\)/);
});

test('a fact told inside the clause of a disputed statement is not disputed by it', () => {
  const story = reportOf(
    pile(
      'But the Calder Dockers Union disputed that.',
      'A dockers’ union on Tuesday disputed a ports minister’s statement that the warehouse, where a fire injured six people, had passed a fire inspection.',
    ),
  ).stories[0];
  const toll = story?.facts.filter((f) => /injured six|six people/i.test(f.text)) ?? [];
  assert.ok(toll.length, story?.facts.map((f) => f.text).join(' | '));
  for (const f of toll) assert.equal(f.disputes, undefined, f.text);
});

test('no dispute without a dispute of the claim: another denial, a bare report, the same speaker', () => {
  for (const [second, third] of [
    // "denied that …" names something else; "says" with no "no" before a word of the claim
    [
      'The Calder Dockers Union denied that the fire was its fault.',
      'The Calder Dockers Union says the pier is busy.',
    ],
    // a statement disputed with its own clause names what is disputed, which may be another claim
    [
      'The Calder Dockers Union disputed the harbour master’s statement that the pier was safe.',
      'The Calder Dockers Union says the pier is busy.',
    ],
    // no verb of dispute, and its "no" is of nothing the claim tells
    ['Union leaders met the minister later.', 'The Calder Dockers Union says no one was arrested.'],
  ]) {
    const story = reportOf(pile(second as string, third as string)).stories[0];
    const fact = story?.facts.find((f) => /inspection in February/.test(f.text));
    assert.ok(fact);
    assert.equal(fact.disputes, undefined, `${second} / ${third}`);
    assert.notEqual(fact.status, 'conflicting');
  }
});

test('no dispute where "it" or "that" points at a deed, not a statement: an offer rejected, a charge denied', () => {
  // review36-A: each of these read 'disputed' before ("The union rejected it." after an offer; "Lunn
  // denied it." after a charge; "That was wrong" judging a deed; "no fire alarm" after a fire told; "no
  // fire" after a fire told only in a clause of time; "denied the allegations" after an arrest, which
  // it does not deny; "rejected the suggestion" of a plan)
  const report = reportOf([
    {
      title: 'Velt Transit offers Calder drivers 3 per cent',
      outlet: 'The Brisk Herald',
      publishedAt: '2031-03-04T09:00:00Z',
      text: 'Velt Transit offered its bus drivers a 3 per cent pay rise on Monday, days before a planned strike in Calder.\n\nThe Calder Drivers Union rejected it.\n\nPolice charged a depot guard, Oren Lunn, with theft of fuel from the Velt yard on Sunday. Lunn denied it.\n\nThe depot canteen burned for an hour before crews put out the fire, the fire service said. The owner said no fire had been reported at the depot before.',
    },
    {
      title: 'Calder bus strike still on despite pay offer',
      outlet: 'Calder Evening Star',
      publishedAt: '2031-03-04T10:00:00Z',
      text: 'To head off the strike, the bus company made its drivers an offer of a 3 per cent rise on Monday, but the union rejected it.\n\nOn Sunday, police fired tear gas at drivers picketing the Velt depot. That was wrong, the mayor of Calder said.\n\nPolice arrested a picket, Tam Orrin, at the depot gate on Sunday. He denied the allegations.\n\nThe mayor suggested moving the depot to Orrin Quay. The drivers rejected the suggestion.\n\nA fire began in the depot canteen on Sunday night, fire officer Ines Moor said. Velt said no fire alarm had sounded.',
    },
    {
      title: 'Drivers turn down Velt pay rise',
      outlet: 'Radio Brisk',
      publishedAt: '2031-03-04T11:00:00Z',
      text: 'Drivers at Velt Transit were offered a pay rise of 3 per cent on Monday as the company tried to avert a strike.\n\nTear gas was fired by police at pickets outside the Velt depot on Sunday.\n\nThe guard Oren Lunn was charged by police on Sunday with stealing fuel from the Velt yard. Fire officer Ines Moor said a fire started in the depot canteen on Sunday night.',
    },
  ]);
  const disputed = report.stories.flatMap((s) => s.facts.filter((f) => f.disputes?.length));
  assert.deepEqual(
    disputed.map((f) => [f.text, f.disputes?.map((d) => d.by)]),
    [],
  );
});

test("a ✓ is someone's claim only when the claim is their words, not when a clause of theirs follows the outlet's own", () => {
  // review36-A: "✓ as Ines Moor's claim" was shown for injuries the outlet told in its own voice
  const report = reportOf([
    {
      title: 'Six hurt in Calder pier fire',
      outlet: 'The Brisk Herald',
      publishedAt: '2031-03-04T09:00:00Z',
      text: 'Six dockers were injured on Monday when fire swept through the Velt Freight warehouse on Calder pier, and Mayor Ines Moor said she was shocked by the damage.\n\nCrews fought the blaze for five hours.',
    },
    {
      title: 'Calder warehouse blaze injures six',
      outlet: 'Calder Evening Star',
      publishedAt: '2031-03-04T10:00:00Z',
      text: 'A fire at the Velt Freight warehouse on Calder pier injured six dockers on Monday.\n\nFirefighters needed five hours to bring it under control.',
    },
  ]);
  const herald = report.articles.find((a) => a.outlet === 'The Brisk Herald')?.id ?? '';
  const row = report.stories[0]?.facts.find(
    (f) => f.coverage[herald]?.mark === 'supports' && /six/i.test(f.text),
  );
  assert.ok(row, report.stories[0]?.facts.map((f) => f.text).join(' | '));
  assert.equal(row.coverage[herald]?.attributedTo, undefined);
  assert.doesNotMatch(renderReport(report, 'md'), /as Ines Moor's claim/);
});
