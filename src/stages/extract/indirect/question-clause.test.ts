import { type IndirectCase, testIndirectCases } from './fixtures/indirect-cases.ts';

/** [rule, sentence, expected content, expected speaker name]: "whether" after a cue whose content may be a noun phrase. */
testIndirectCases([
  [
    '"questioned whether …" reports the question',
    'Mayor Ilse Varga questioned whether the ferry line was ready for the storm.',
    'whether the ferry line was ready for the storm',
    'Ilse Varga',
  ],
  [
    '"disputed whether …" reports the question',
    'The port board disputed whether the crane had ever been inspected.',
    'whether the crane had ever been inspected',
    'port board',
  ],
] satisfies IndirectCase[]);
