import { test } from 'node:test';
import { assertToldElsewhere } from './test-story.ts';

// Three invented outlets on one withdrawn nomination: one tells it by the verb ("has been withdrawn"),
// another by its noun ("announced Reyl's withdrawal"), each with details of its own ("afternoon",
// "agenda", which another sentence of the story tells), so the support check reads other predicates
// and the withdrawal's sentence holds too little of the other's terms to tell it in part.
const NOMINATION = [
  {
    outlet: 'Harbor Ledger',
    text: "Councillor Tomas Reyl's short-lived bid to lead the harbour board ended quickly.\n\nMayor Ilse Brandt announced Reyl's withdrawal in a letter to the council on Friday, five days after the Morrow councillor was put forward for the post of Harbour Commissioner.\n\nReyl had faced claims that he overstated his record on port contracts.",
  },
  {
    outlet: 'Morrow Gazette',
    text: "Mayor Ilse Brandt said on Friday she had dropped Councillor Tomas Reyl as her pick for harbour chief after questions about his experience.\n\nThe council's agenda for Monday afternoon lists no nomination for the fire board.",
  },
  {
    outlet: 'Tidewater Tribune',
    text: "Mayor Brandt announced on Friday afternoon that Councillor Tomas Reyl's nomination as the next Harbour Commissioner has been withdrawn from the agenda.\n\nReyl was nominated on Sunday after Commissioner Dana Voss said she would retire.\n\nReyl's nomination had drawn protests from the fishing lobby.",
  },
];

test('a fact another outlet tells by the noun of its verb ("withdrawn" / "withdrawal") is not one source’s', () => {
  assertToldElsewhere(NOMINATION, /has been withdrawn/, [
    /drawn protests from the fishing lobby/,
    /overstated his record/,
  ]);
});

// Two invented outlets on one sale, each with details of its own: one says the company "bought" the
// mill, the other that the mill "was acquired by" it, verbs of no class of the support judge's.
const SALE = [
  {
    outlet: 'Harbor Ledger',
    text: 'Norco Timber bought the old Halvik paper mill and its two riverside warehouses from the Brandt family, the company said on Monday.\n\nThe riverside warehouses have stood empty since the old mill cut its second shift.\n\nNorco plans to add a second paper machine by 2027.',
  },
  {
    outlet: 'Morrow Gazette',
    text: 'The Halvik paper mill, owned by the Brandt family for three generations, was acquired by Norco Timber in a deal that union leaders welcomed on Monday.\n\nUnion leaders had feared the mill would close.\n\nThe Brandt family will keep its forest land north of Halvik.',
  },
];

test('a fact another outlet tells by a verb of its point event class ("bought" / "was acquired") is not one source’s', () => {
  assertToldElsewhere(SALE, /bought the old Halvik paper mill/, [
    /stood empty/,
    /second paper machine/,
    /feared the mill would close/,
  ]);
});
