import { type IndirectCase, testIndirectCases } from './fixtures/indirect-cases.ts';

/**
 * A cue inside the content that a speaker named after it tells is part of that speaker's account: the
 * sentence holds one report, the later speaker's, not a second one by the inner cue's subject.
 */
const HELD: IndirectCase[] = [
  [
    'an object-only cue inside what a later speaker told',
    'Mayor Ann Wu could embrace a new ferry plan next year, but only if it pays for itself, Senator Ola Berg told the Harbor Gazette on Thursday.',
    'Mayor Ann Wu could embrace a new ferry plan next year, but only if it pays for itself',
    'Ola Berg',
  ],
  [
    'the inner content runs over the later speaker',
    'Mayor Ann Wu could embrace a new ferry plan next year, but only if he can be convinced that it is a good deal, Sen. Ola Berg (R-N.H.) told the Harbor Gazette on Thursday.',
    'Mayor Ann Wu could embrace a new ferry plan next year, but only if he can be convinced that it is a good deal',
    'Ola Berg',
  ],
  [
    'a rule that "called for" is what officials said',
    'Port rules called for the ship to be towed to a dry dock in the wake of the storm, officials said.',
    'Port rules called for the ship to be towed to a dry dock in the wake of the storm',
    'officials',
  ],
];

testIndirectCases(HELD);
