import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Verdict } from './verdict.ts';
import { clashVerdict, judgementOf } from './verdict-of.ts';

// Invented sentences: one measure or one day told two ways, and look-alikes that are not conflicts.
const CASES: [string, string, string, Verdict][] = [
  [
    'one length of time of one predicate, told further back',
    'Mara Quist had been hospitalized in central Oslo for four weeks before her death.',
    'Quist had been hospitalized for the past three weeks, her family said.',
    'contradicts',
  ],
  [
    'a figure told by one verb, in a long sentence',
    'The storm struck the coast near the fishing town of Ardmere on Brannock island, flooding the harbour road, injuring five people and damaging dozens of old buildings.',
    'The storm injured three people on Brannock island.',
    'contradicts',
  ],
  [
    'a counted subject told by one verb',
    'Five crates were seized at the Vessmark docks on Friday.',
    'Four crates were seized at the Vessmark docks, and two crates were later burned.',
    'contradicts',
  ],
  [
    'two bounds of one kind tell two values (was contradicts; now related: two floors: both hold)',
    'The flood killed more than 2,600 people in Velmar in 1998.',
    'The flood killed more than 3,100 people in Velmar in 1998.',
    'related',
  ],
  [
    'one list with one item changed',
    'Police seized seven shotguns, two pistols and 13 boxes of ammunition from the barge moored at Vessmark harbour after a long search by navy divers.',
    'Police seized seven shotguns, three pistols and 13 boxes of ammunition from the barge.',
    'contradicts',
  ],
  [
    'what will be and what was are two events',
    'Okafor will miss the final two games of the season with a knee injury.',
    'Okafor missed four games of the season with a knee injury.',
    'planned-vs-happened',
  ],
  [
    'the mood of the figure is its own verb’s, not the reporting one’s (was contradicts; now related: a floor under a ceiling: both hold)',
    'A dock worker warned the ferry pier could stay shut for up to three months.',
    'The harbour board said the ferry pier will stay closed for at least six weeks.',
    'related',
  ],
  [
    'two years are two events: figures dated apart are no conflict',
    'Brandt is serving a 12-year sentence imposed in 1997 for the Vessmark fraud.',
    'Brandt first went to prison in 1974, when he received a five-year sentence for the Velmar fraud.',
    'related',
  ],
  [
    'two years are two events: one year on both sides is one',
    'Brandt received a 12-year sentence in 1997 for the Vessmark fraud.',
    'Brandt received a five-year sentence in 1997 for the Vessmark fraud.',
    'contradicts',
  ],
  [
    'two spreads over groups counted otherwise are no conflict',
    'All nine Vessmark dockers tried so far were convicted, receiving fines of between 400 and 900 euros.',
    'Since March, six Vessmark dockers have been convicted and received fines ranging from 500 to 900 euros.',
    'related',
  ],
  [
    'two spreads over one group counted alike are one',
    'All nine Vessmark dockers were convicted, receiving fines of between 400 and 900 euros.',
    'All nine Vessmark dockers were convicted and received fines ranging from 500 to 900 euros.',
    'contradicts',
  ],
  [
    'a count the other side’s bound reaches is its counterpart, not another value of a second count',
    'Ten people were killed and at least 50 injured when the storm struck Brannock island on Sunday.',
    'The storm struck Brannock island, destroying several barns and killing at least three people and injuring others.',
    'related',
  ],
  [
    'a second count told on both sides still clashes',
    'Ten people were killed and 50 injured when the storm struck Brannock island on Sunday.',
    'The storm struck Brannock island on Sunday, killing ten people and injuring 20.',
    'contradicts',
  ],
  [
    'a counted subject that does one thing is no count of what another verb took',
    'Five smuggler boats tried to reach the Vessmark docks but were turned back by the coastguard.',
    'A coastguard cutter on Friday seized three boats with 20 smugglers near the Vessmark docks and turned back the raid.',
    'related',
  ],
  [
    'a counted subject and an object of one verb are one count',
    'Five smuggler boats were seized near the Vessmark docks by the coastguard on Friday.',
    'A coastguard cutter on Friday seized three boats near the Vessmark docks.',
    'contradicts',
  ],
  [
    'two guesses are no account of one event',
    'A magnitude 6 quake could cause severe damage in Velmar.',
    'A magnitude 7 quake could cause severe damage in Velmar.',
    'related',
  ],
  [
    'what happened is within the most that could have',
    'Brandt could be sentenced to up to 30 years in prison for the Vessmark fraud.',
    'Brandt was sentenced to 12 years in prison for the Vessmark fraud.',
    'related',
  ],
  [
    'two lists that share no item are two counts',
    'Police seized six shotguns, 12 pistols and 300 rounds of ammunition from the barge at Vessmark.',
    'Police have seized a total of 14 shotguns, 31 pistols and 923 rounds of ammunition from barges at Vessmark.',
    'related',
  ],
  [
    'a figure the claim states elsewhere is no other value',
    'The Velmar trial counted 94 cases among more than 43,000 volunteers.',
    'The Velmar trial counted cases among 43,538 volunteers.',
    'related',
  ],
  [
    'two verbs, two roles',
    'Police said the gunman wounded three co-workers at the Vessmark depot.',
    'Police said the gunman killed two co-workers at the Vessmark depot.',
    'related',
  ],
  [
    'a counted subject told by another verb is another count',
    'Some 30 people were killed when three shells hit the Vessmark school, the mayor said.',
    'The mayor said three shells hit the Vessmark school, where 350 people were taking shelter.',
    'related',
  ],
  [
    'a counted subject that only is somewhere is another count',
    'About 100 people were in the Vessmark depot when the gunman began shooting.',
    'Police say two people have been killed in a shooting at the Vessmark depot.',
    'related',
  ],
  [
    'two verbs, but each sentence tells the other one too (was contradicts; now related: two verbs: not surely one count)',
    'The quake near Dargan injured two people, the news agency said.',
    'Five people had received treatment after being injured by the quake near Dargan.',
    'related',
  ],
  [
    'in two lists, the item that differs names one counted thing on both sides',
    'Lind finished his third season at Vessmark with just 404 yards and two goals on 106 carries.',
    'Lind ran for 404 yards and two goals, caught 52 passes for 440 yards and four TDs, and scored three goals on returns this season.',
    'related',
  ],
  [
    'in two lists, a value told on the other side of a thing named otherwise',
    'Lind also had 440 yards and four goals receiving and had returned three punts for goals.',
    'Lind ran 106 times for 404 yards and two goals and also had 52 catches for 440 yards and four TDs.',
    'related',
  ],
  [
    'in two lists, an item that says what it counts is no count of one that does not',
    'The navy boarded the barge and seized seven shotguns, two other pistols, a grenade launcher and 13 fully loaded magazines of shells from the 12 smugglers on the two boats.',
    'The navy boarded the barge and seized seven shotguns, a grenade launcher, three speedboats and shells from the smugglers.',
    'related',
  ],
  [
    'a part of an amount the sentence does not give',
    'Velmar Foods is paying $281 million in cash for Vessmark Mills and the remainder in stock, its chief said.',
    'Velmar Foods is paying $334 million for Vessmark Mills, a maker of flour.',
    'related',
  ],
  [
    'a number after a noun that numbers things names one',
    'The Vessmark patch is for users of the Velmar browser version 5 and up.',
    'Vessmark said the flaw exists only in version 7 of the Velmar browser.',
    'related',
  ],
  [
    'a number in a name is no amount',
    'The gunman was caught after a high-speed chase on Interstate 75 near Vessmark.',
    'Deputies chased the gunman at speeds of more than 100 mph near Vessmark.',
    'related',
  ],
  [
    'a flight number is no amount',
    'Flight 370 landed safely in Oslo after the storm, the airline said.',
    'The flight with 240 passengers landed safely in Oslo after the storm, the airline said.',
    'related',
  ],
  [
    'what is added to a number is not the number',
    'Mara Quist was married three times in Oslo but had no children.',
    'Mara Quist married two more times in Oslo, yet both marriages failed.',
    'related',
  ],
  [
    'an age is no length of time',
    'Police said a man in Vessmark surrendered to officers after two hours.',
    'Police said a 61-year-old man in Vessmark surrendered to officers.',
    'related',
  ],
  [
    'numbers a figure reading missed make a list too (one game against a season)',
    'In the first game against Velmar this season, Okafor was held to just two catches for 25 yards.',
    'Okafor enjoyed the best of his four seasons in 2019 with 59 catches for 1,098 yards and seven touchdowns.',
    'related',
  ],
  [
    'a number written on both sides anchors two lists',
    'Five crates were seized at the Vessmark docks, of which four were burned, police told the Herald.',
    'Four crates were seized at the Vessmark docks within minutes - two were burned on the spot, while the other two crates were taken to the depot.',
    'contradicts',
  ],
];

describe('contradictions', () => {
  for (const [name, claim, evidence, expected] of CASES)
    test(name, () => {
      const j = judgementOf(claim, evidence);
      assert.equal(clashVerdict(j), expected, j.reason);
    });
});
