import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs: the outlet's own assertion against a source's quoted words that are no copy of it
// (the judge abstains: related, shown as "—"), and the pairs beside them that stay supports.
const CASES: VerdictCase[] = [
  [
    "a maker's quoted pitch does not state the outlet's own description",
    'Like other Kestrel phones, the K9 has fast web browsing and easy access to map services, including Tidemap and Harbourview.',
    '"With fast web browsing and easy access to map services, including Tidemap and Harbourview, the K9 helps you get more done in a busy day," said Ada Lind, vice president of Kestrel.',
    'not supports',
  ],
  [
    "an officer's quoted account does not state the outlet's own sentence",
    'During the search, four rifles and about 200 rounds of ammunition were found in the barn at Mossgate.',
    '"During the search, four rifles and about 200 rounds of ammunition were found and taken from the barn at Mossgate," the constable said.',
    'not supports',
  ],
  [
    'the same words in the same voice stay a support',
    'Like other Kestrel phones, the K9 has fast web browsing and easy access to map services, including Tidemap and Harbourview.',
    'The K9 has fast web browsing and easy access to map services, including Tidemap and Harbourview, like other Kestrel phones.',
    'supports',
  ],
  [
    'a claim told as the source said it stays a support of its quotation',
    'Ada Lind said the K9 has fast web browsing and easy access to map services, including Tidemap and Harbourview.',
    '"The K9 has fast web browsing and easy access to map services, including Tidemap and Harbourview," said Ada Lind, vice president of Kestrel.',
    'supports',
  ],
  [
    "a source's words told without quotation marks stay a support",
    'During the search, four rifles and about 200 rounds of ammunition were found in the barn at Mossgate.',
    'During the search, four rifles and about 200 rounds of ammunition were found in the barn at Mossgate, the constable said.',
    'supports',
  ],
  [
    "a quotation that copies the claim's words stays a support",
    'The Mossgate ferry will stay in dock for at least six weeks.',
    '"The Mossgate ferry will stay in dock for at least six weeks."',
    'supports',
  ],
];

describe("support: the outlet's own voice against a source's quotation", () => testVerdicts(CASES));
