import { testKinds } from './test-kind.ts';

// A review's finding (session 35): a capitalised label noun opening a sentence before a full name is
// the label, not the name's first word. [rule, invented text, a mention's surface, expected kind]
testKinds([
  [
    'a label noun before a full name is no word of the name ("Parent Tomas Rydell said")',
    'Parent Tomas Rydell said the fare rise would hurt families.',
    'Parent Tomas Rydell',
    undefined,
  ],
  [
    'the name after the label is the person',
    'Parent Tomas Rydell said the fare rise would hurt families.',
    'Tomas Rydell',
    'person',
  ],
  [
    'a trade as the label ("Fisherman Arvid Sten said")',
    'The harbour board met on Tuesday. Fisherman Arvid Sten said the board had not listened.',
    'Arvid Sten',
    'person',
  ],
  [
    'a label noun before a body\'s name stays in it ("Farmer Brothers Ltd")',
    'Farmer Brothers Ltd said its profits fell by a third.',
    'Farmer Brothers Ltd',
    'organization',
  ],
]);
