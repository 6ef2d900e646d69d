import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { cluster } from './index.ts';
import { partition, segmented } from './test-articles.ts';

// Three outlets tell one river crossing on the day and the day after, each from its own angle (the
// border post's chief and a minister; a nurse and the governor; the families, the governor and an
// aid worker; newuser4's invented pile, session 26): the third outlet's pair shares few of the
// first's words and names, but the same days, river, town and count of detained people ("340
// people", "about 340 migrants", "some 340 undocumented migrants").
const day = (d: number) => `2025-04-${d}`;
const PILE = [
  {
    title: 'Illegals pour across Varden river as border post is overwhelmed',
    publishedAt: day(14),
    text: 'A surge of illegal aliens crossed the Varden river near Kessor on Monday, overwhelming the small border post at Tollbridge, officials said.\n\nBorder chief Marek Dolan said 340 people were detained on Monday. "We have never seen numbers like this," Dolan said.\n\nInterior minister Ilse Varga slammed the regional government for what she called its open border policy. Varga claimed the illegals had been helped by smugglers.\n\nThe regional governor\'s so-called "humanitarian corridor" has drawn thousands of illegals to the river, Dolan said.',
  },
  {
    title: 'Minister vows crackdown after illegals storm Tollbridge post',
    publishedAt: day(15),
    text: 'Interior minister Ilse Varga promised on Tuesday to send 200 extra guards to Tollbridge after the illegals crossed the Varden river on Monday.\n\n"Those who break our laws will be sent back," Varga said. Border chief Marek Dolan said 340 people were detained on Monday.\n\nDolan blasted aid groups for encouraging the crossings.',
  },
  {
    title: 'Hundreds cross Varden river near Kessor; 340 detained',
    publishedAt: day(14),
    text: 'About 340 migrants crossed the Varden river illegally near Kessor on Monday and were detained at the Tollbridge border post, border chief Marek Dolan said.\n\nTwo children were treated for hypothermia at the Kessor clinic, according to nurse Petra Lind. "They were soaked and shaking," Lind said.\n\nInterior minister Ilse Varga said the government would send 200 extra guards. Regional governor Tomas Brandt said the migrants were fleeing floods upstream and needed shelter.\n\nBrandt said his humanitarian corridor had been approved by parliament in March.',
  },
  {
    title: 'Guards sent to Tollbridge as governor asks for shelter funds',
    publishedAt: day(15),
    text: 'Interior minister Ilse Varga said on Tuesday that 200 extra guards would go to Tollbridge, a day after about 340 migrants crossed the Varden river illegally and were detained.\n\nGovernor Tomas Brandt said the region needed money for shelters. Two children were treated for hypothermia at the Kessor clinic on Monday, the clinic said.',
  },
  {
    title: 'Undocumented families fleeing floods met with detention at Tollbridge',
    publishedAt: day(14),
    text: 'Some 340 undocumented migrants, many of them families fleeing floods upstream, were detained after crossing the Varden river near Kessor on Monday.\n\nRegional governor Tomas Brandt said the families needed shelter, not cells. "These are people who lost their homes," Brandt said.\n\nAid worker Nadia Roos said the "border security" operation had left children without blankets. Two children were treated for hypothermia at the Kessor clinic.',
  },
  {
    title: 'Governor Brandt: Tollbridge families need shelter, not guards',
    publishedAt: day(15),
    text: 'Governor Tomas Brandt said on Tuesday that the 340 irregular migrants detained at Tollbridge on Monday should be moved to shelters.\n\n"We will not treat flood victims as criminals," Brandt said. Aid worker Nadia Roos said the families had walked for four days.\n\nThe humanitarian corridor was approved by parliament in March, Brandt said.',
  },
];

test("one day's crossing told from three angles, with the same count of people held, is one story", () => {
  const docs = segmented(PILE);
  assert.deepEqual(partition(cluster()(docs, createContext())), [['a1', 'a2', 'a3', 'a4', 'a5', 'a6']]);
});

test('the same count a month apart does not join the angles', () => {
  const later = (a: (typeof PILE)[number], d: number) => ({ ...a, publishedAt: `2025-05-${d}` });
  const docs = segmented([
    ...PILE.slice(0, 4),
    later(PILE[4] as (typeof PILE)[number], 19),
    later(PILE[5] as (typeof PILE)[number], 20),
  ]);
  assert.deepEqual(partition(cluster()(docs, createContext())), [
    ['a1', 'a2', 'a3', 'a4'],
    ['a5', 'a6'],
  ]);
});

// Two bus plunges on one Sunday in two provinces, 14 people killed in each, told by two officials:
// look-alike events share their toll, not their places or people, and stay two stories. (The first
// reports carry no date, the follow-ups Monday's: the stories meet in the merge of stories, where
// the shared count lowers the bar; with every article dated the same day they join before it.)
const PLUNGES: Record<string, string>[] = [
  {
    title: 'Bus plunges into ravine in Orlen, 14 dead',
    text: 'At least 14 people were killed when a bus plunged into a ravine in Orlen province on Sunday, police said.\n\nThe bus was carrying pilgrims on a mountain road, police chief Anna Brel said. Rescue teams worked through the night.',
  },
  {
    title: 'Orlen bus plunge: 14 dead, 20 hurt',
    publishedAt: '2025-06-10',
    text: 'Fourteen people died and 20 were hurt when a bus plunged into a ravine in Orlen province on Sunday, police chief Anna Brel said on Monday.\n\nThe driver lost control on a bend of the mountain road.',
  },
  {
    title: 'Bus plunges off mountain road in Tesk, 14 dead',
    text: 'At least 14 people were killed when a bus plunged off a mountain road into a gorge in Tesk province on Sunday, police said.\n\nThe bus was carrying farm workers, police commander Piet Lomar said. Rescue teams worked through the night.',
  },
  {
    title: 'Tesk bus crash toll at 14',
    publishedAt: '2025-06-10',
    text: 'The toll from the bus that plunged into a gorge in Tesk province on Sunday stands at 14 people, commander Piet Lomar said on Monday.\n\nThe bus had worn brakes, Lomar said.',
  },
];

test('two look-alike events of one day with the same count, in two places told by two officials, stay two stories', () => {
  assert.deepEqual(partition(cluster()(segmented(PLUNGES), createContext())), [
    ['a1', 'a2'],
    ['a3', 'a4'],
  ]);
});
