import type { SpeakerRole } from '../../../model/index.ts';
import { dict } from '../../../text/data/dict.ts';

type Kind = SpeakerRole['kind'];

// What kind of speaker a role or a body says one is (speakers/role-kind.ts). Words are lower-cased; a
// plural is looked up by its singular too ("residents", "officials"); two-word roles are keys of their own.

/** Roles and labels that say by themselves what kind of speaker one is ("Councillor", "a mother of two"). */
export const ROLE_KINDS: Readonly<Record<string, Kind>> = dict({
  ...kinds(
    'official',
    `mayor councillor councilor councilman councilwoman alderman senator congressman congresswoman lawmaker
    legislator minister premier governor ambassador diplomat commissioner comptroller judge justice magistrate
    prosecutor clerk mp`,
  ),
  'council member': 'official',
  'prime minister': 'official',
  'attorney general': 'official',
  'lieutenant governor': 'official',
  'secretary-general': 'official',
  'press secretary': 'official',
  'surgeon general': 'official',
  'city manager': 'official',
  'town manager': 'official',
  'county executive': 'official',
  'district attorney': 'official',
  'harbour master': 'official',
  'harbor master': 'official',
  harbourmaster: 'official',
  harbormaster: 'official',
  'fire chief': 'official',
  // the head of a school (most often a public one) and of a fire or police station speak for them, not
  // as members of the public ("teacher" alone is one)
  'head teacher': 'official',
  headteacher: 'official',
  'station commander': 'official',
  'opposition leader': 'official',
  'leader of the opposition': 'official',
  ...kinds('police', 'police sheriff detective trooper sergeant constable deputies policeman policewoman'),
  'police officer': 'police',
  'chief constable': 'police',
  'chief superintendent': 'police',
  'chief inspector': 'police',
  ...kinds(
    'expert',
    `professor economist analyst researcher scientist expert academic lecturer historian architect
    forecaster meteorologist seismologist geologist volcanologist epidemiologist virologist statistician
    surgeon physician psychologist criminologist`,
  ),
  ...kinds(
    'group',
    'campaigner activist protester protestor advocate organiser organizer volunteer unionist',
  ),
  ...kinds('company', 'entrepreneur businessman businesswoman shopkeeper trader retailer landlord'),
  'business owner': 'company',
  ...kinds(
    'public',
    `resident parent mother father grandmother grandfather grandparent widow widower commuter passenger driver
    motorist cyclist pedestrian homeowner tenant neighbour neighbor pensioner retiree shopper witness witnesses
    survivor student pupil swimmer hiker angler runner fan voter customer patient local villager bystander
    onlooker mum mom dad teacher nurse farmer fisherman`,
  ),
});

/**
 * Roles that say nothing of their kind alone ("spokesperson", "director", "chair"): the kind of the body
 * named with them ("the town's finance director", "a spokesperson for the police"), else the kind given
 * here, or none (null) where the role is as often held in government as in a company or a group.
 */
export const GENERIC_ROLES: Readonly<Record<string, Kind | null>> = dict({
  ...Object.fromEntries(
    `spokesperson spokesman spokeswoman director manager chair chairman chairwoman head leader member boss
    officer chief founder adviser advisor lawyer attorney coordinator staff staffer employee worker executive
    representative`
      .split(/\s+/)
      .map((w) => [w, null]),
  ),
  president: 'official',
  'vice president': 'official',
  secretary: 'official',
  // a union's or a party's officer: the body named with it says which ("the FNM's general secretary")
  'general secretary': null,
  official: 'official',
  treasurer: 'official',
  // a police rank in much of the world, the head of a school district or a park in the US: an official either way
  superintendent: 'official',
  inspector: 'official',
  owner: 'company',
  'general manager': 'company',
  // a company's head in British and Indian usage ("the IMF's managing director": the body named says which)
  'managing director': 'company',
  // held in a company most often, but "the authority's chief executive" is an official
  'chief executive': 'company',
  ceo: 'company',
  'chief operating officer': 'company',
  'chief financial officer': 'company',
  // "the NRTA's chief bridge engineer" is the authority's
  engineer: 'expert',
});

/**
 * Words of the people a charity or a campaign works for: in a body's name they make it a group whatever
 * its body word ("the Harbourlight Refugee Council" is a charity, no council of a government).
 */
export const CAUSE_WORDS: ReadonlySet<string> = new Set(
  'refugee refugees migrant migrants homeless'.split(' '),
);

/**
 * Body words only a state's body bears: a name with one is no charity whatever cause it names ("the
 * Department of Homeless Services", "the Office of Refugee Resettlement").
 */
export const STATE_BODY_WORDS: ReadonlySet<string> = new Set(
  'ministry department agency authority office bureau commission government administration federal'.split(
    ' ',
  ),
);

/** Words before a body's name that make it a political party, an office-holding body ("the opposition Social Alliance"). */
export const PARTY_BEFORE: ReadonlySet<string> = new Set('opposition ruling governing'.split(' '));

/**
 * Nouns of a body that say what kind it is, read in the name of a body that speaks ("Elmbury Police",
 * "Kettle Leisure Ltd") or is named with a role ("a council spokesperson", "of the Save the Pool group").
 * "group" counts only in lower case: "the residents' group" is a campaign, "Halden Group" a company's name.
 * A party (or the opposition) seeks or holds office, as its leader does ("Opposition leader"): official.
 */
export const BODY_KINDS: Readonly<Record<string, Kind>> = dict({
  ...kinds(
    'official',
    `council government ministry department agency authority city town county state municipality administration
    commission parliament senate congress assembly cabinet court borough province party opposition`,
  ),
  'city hall': 'official',
  'town hall': 'official',
  'fire service': 'official',
  ...kinds('police', 'police constabulary'),
  ...kinds('expert', 'university institute college laboratory observatory academy'),
  ...kinds(
    'group',
    'group campaign coalition friends union association alliance society charity movement federation chamber',
  ),
  ...kinds(
    'company',
    `company firm ltd inc corp corporation plc llc bank airline operator contractor developer store shop
    restaurant bakery cafe`,
  ),
  // a firm named by what it makes or does, in the plural no public body or charity takes ("Brackwater
  // Chemicals", "Orsk Industries"): a state's body names its field in the singular ("Department of Industry")
  ...kinds(
    'company',
    'chemicals pharmaceuticals industries holdings enterprises technologies motors airways foods',
  ),
});

function kinds(kind: Kind, words: string): Record<string, Kind> {
  return Object.fromEntries(words.split(/\s+/).map((w) => [w, kind]));
}
