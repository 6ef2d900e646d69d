import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Evidence } from '../../model/index.ts';
import { judgeEvidence } from '../compare/support/index.ts';
import { summarized } from './test-story.ts';

// What a reader sees first in a summary, on invented stories run through segment → extract → compare.

type Doc = { outlet: string; title: string; publishedAt?: string; text: string };

const QUOTE =
  '“We saw smoke coming out of the ticket hall and had everyone outside in four minutes,” said Mara Quist, the terminal’s duty manager.';

// The quotation is in every outlet; the event is told in one outlet's own words.
const FIRE: Doc[] = [
  {
    outlet: 'Coastline Herald',
    title: 'Fire empties Dunmore ferry terminal',
    publishedAt: '2031-05-09T12:00:00Z',
    text: `The Dunmore ferry terminal was evacuated shortly before 7 a.m. on Friday after a fire broke out in its ticket hall, and every sailing to Skerry Island was cancelled for the day.\n\n${QUOTE}\n\nNobody was hurt, the fire brigade said.`,
  },
  {
    outlet: 'Skerry Times',
    title: 'Island sailings cancelled after terminal fire',
    publishedAt: '2031-05-09T14:00:00Z',
    text: `${QUOTE}\n\nIslanders waiting for the morning boat were sent home.\n\nSailings will resume on Monday once inspectors have checked the building, the port authority said.`,
  },
  {
    outlet: 'Harbour Radio',
    title: 'Dunmore terminal fire: sailings to resume Monday',
    publishedAt: '2031-05-09T15:00:00Z',
    text: `${QUOTE}\n\nFirefighters had the blaze under control within an hour.\n\nSailings will resume on Monday once inspectors have checked the building, the port authority said.`,
  },
];

test('a summary opens with the event in an outlet’s own words, and the quotation comes after', () => {
  const { out } = summarized(FIRE, 50);
  const texts = out.summary.map((s) => s.text);
  assert.match(texts[0] ?? '', /^The Dunmore ferry terminal was evacuated/, texts.join(' | '));
  const quoted = texts.findIndex((t) => t.startsWith('“'));
  assert.ok(quoted !== 0, texts.join(' | '));
});

// One meeting, told by two outlets in their own words (one with its date, the other, undated, with
// more people), and by a third as the first.
const TALKS: Doc[] = [
  {
    outlet: 'Coastline Herald',
    title: 'Minister meets harbour pilots',
    publishedAt: '2031-06-04T09:00:00Z',
    text: 'Transport Minister Ilse Varga and port authority chair Tomas Brenn met with the harbour pilots’ union on Tuesday, June 3, in Dunmore.\n\nThe pilots had refused overtime since April.\n\nA pilot earns about 61,000 euros a year.',
  },
  {
    outlet: 'Skerry Times',
    title: 'Minister travels to Dunmore as ships wait',
    text: 'Transport Minister Ilse Varga, port authority chair Tomas Brenn and the minister’s adviser Rosa Lind traveled to Dunmore on Tuesday to meet with the harbour pilots’ union as cargo ships queued outside the harbour.\n\nThe union wants a new pay scale.\n\nFerries were not affected by the dispute.',
  },
  {
    outlet: 'Harbour Radio',
    title: 'Pilots meet minister',
    publishedAt: '2031-06-04T11:00:00Z',
    text: 'Transport Minister Ilse Varga and port authority chair Tomas Brenn met with the harbour pilots’ union in Dunmore on Tuesday, June 3.\n\nNo agreement was announced after the meeting.\n\nThe union will hold a vote next week.',
  },
];

test('one event told by several outlets is one sentence, citing every outlet whose sentence states it', () => {
  const { out, input } = summarized(TALKS, 120);
  const told = out.summary.filter((s) => /Varga/.test(s.text));
  assert.equal(told.length, 1, out.summary.map((s) => s.text).join(' | '));
  const [own, ...others] = (told[0] as { citations: Evidence[] }).citations;
  // every other citation states the sentence
  for (const e of others)
    assert.equal(judgeEvidence(input, own as Evidence, e).verdict, 'supports', e.articleId);
  assert.ok(others.length >= 1, 'cited by more than its own outlet');
});

// One meeting, on another day in each outlet.
const MEETING: Doc[] = [
  {
    outlet: 'Coastline Herald',
    title: 'Council meets pilots over night shifts',
    publishedAt: '2031-06-07T09:00:00Z',
    text: 'Dunmore city council met the harbour pilots’ union on Friday to discuss night shifts at the port, the council said.\n\nThe pilots want two crews on every night shift.\n\nNo agreement was announced.',
  },
  {
    outlet: 'Skerry Times',
    title: 'Pilots and council talk night shifts',
    publishedAt: '2031-06-07T10:00:00Z',
    text: 'Dunmore city council met the harbour pilots’ union on Thursday to discuss night shifts at the port, the union said.\n\nThe union will meet again next month.\n\nCargo volumes at the port doubled in ten years.',
  },
];

test('an event two outlets tell on different days is told on neither day, and the other day is a difference to check', () => {
  const { out, comparison } = summarized(MEETING, 120);
  // each day is said by someone ("…, the council said" / "…, the union said"): telling one would take
  // its side, so neither is told (the differences show both)
  for (const s of out.summary) assert.doesNotMatch(s.text, /on (?:Friday|Thursday)/, s.text);
  assert.ok(out.summary.length > 0);
  // another day is not a kind of clash proven a contradiction (compare/support/proven.ts)
  assert.ok(comparison.differences?.some((d) => d.sides.some((side) => /council met/.test(side.claim))));
  assert.ok(!out.points.some((p) => p.kind === 'disputed' && /council met/.test(p.text)));
});
