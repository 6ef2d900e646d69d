import { type KindCase, testKinds } from './test-kind.ts';

// newuser24 #12: a committee member whose given name the list does not know, named beside one whose
// it does, was kind "other"; a full name of a person's shape listed with a person's is a person's
const CASES: KindCase[] = [
  [
    'listed after a person',
    'Two members, Paul Okonedo and Meera Sastry, voted to hold rates.',
    'Meera Sastry',
    'person',
  ],
  ['listed before a person', 'Meera Sastry and Paul Okonedo voted to hold rates.', 'Meera Sastry', 'person'],
  ['listed with "or"', 'Either Meera Sastry or Paul Okonedo will chair the panel.', 'Meera Sastry', 'person'],
  // a firm's name (a trade's word) listed with a person stays a firm's
  [
    'a firm listed with a person',
    'Velden Coatings and Paul Okonedo signed the deal.',
    'Velden Coatings',
    'organization',
  ],
];
testKinds(CASES);
