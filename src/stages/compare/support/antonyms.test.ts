import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// midreview34 finding 12: the opposite word in the claim's place was a ✓ ("losses" by "made a profit",
// "will close" by "will stay open"). Invented sentences, several wordings of each shape; the guard
// cases keep a support where both sides tell the same side (or the other side beside it).
const CASES: readonly VerdictCase[] = [
  // growth and shrinking (session 35: the metamorphic kind "antonym" left "growth" / "decline" ✓, in a
  // quotation that keeps four fifths of its words)
  [
    'growth told by a decline, inside one quotation',
    '"The new quay is the heart of the port, a key to driving trade growth and to meeting changing needs," said harbour master Lena Strand.',
    '"The new quay is the heart of the port, a key to driving trade decline and to meeting changing needs," said harbour master Lena Strand.',
    'not supports',
  ],
  [
    'a town that grew told by one that shrank',
    'The population of Varnby grew by 2,000 people in 2025, the council said.',
    'The population of Varnby shrank by 2,000 people in 2025, the council said.',
    'not supports',
  ],
  [
    'growth told by growth stays a support',
    'The Varnby council expects growth of the port trade in 2026.',
    'In 2026 the Varnby council expects growth of the port trade.',
    'supports',
  ],
  [
    'a loss told by a profit',
    'Port director Lena Strand said the authority had lost 3 million crowns last year.',
    'Port director Lena Strand said the authority had made a profit of 3 million crowns last year.',
    'not supports',
  ],
  [
    'losses told by a profit',
    'Lena Strand, the port director, said losses last year were 3 million crowns.',
    'Port director Lena Strand said the authority made a profit of 3 million crowns last year.',
    'not supports',
  ],
  [
    'a closing told by staying open',
    'The Ostery ferry terminal will close for repairs in June.',
    'The Ostery ferry terminal will stay open through June, the authority said.',
    'not supports',
  ],
  [
    'a loss made told by a profit made',
    'The Lindqvist paper mill made a loss of 2 million crowns in 2025.',
    'The Lindqvist paper mill made a profit of 2 million crowns in 2025.',
    'not supports',
  ],
  [
    'a pool to shut told by a pool to remain open',
    'The Kettle Lane pool will shut for the winter in May.',
    'The Kettle Lane pool will remain open for the winter in May.',
    'not supports',
  ],
  [
    'a shop shut told by a shop reopened',
    'The Varnby bakery was shut on Monday after the flood.',
    'The Varnby bakery reopened on Monday after the flood.',
    'not supports',
  ],
  [
    'a rise told by a fall',
    'Ticket sales at the Holmvik theatre rose by 12 percent in March.',
    'Ticket sales at the Holmvik theatre fell by 12 percent in March.',
    'not supports',
  ],
  [
    'an increase told by a cut',
    'The Dellmore council increased the library budget by 40,000 crowns.',
    'The Dellmore council cut the library budget by 40,000 crowns.',
    'not supports',
  ],
  [
    'a win told by a loss',
    'The Karsby Rovers won the regional final on Sunday.',
    'The Karsby Rovers lost the regional final on Sunday.',
    'not supports',
  ],
  [
    'an approval told by a rejection',
    'The Tarnmouth planning board approved the harbour hotel on Tuesday.',
    'The Tarnmouth planning board rejected the harbour hotel on Tuesday.',
    'not supports',
  ],
  [
    'the same side on both sides: still a support',
    'The Ostery ferry terminal will close for repairs in June.',
    'The Ostery ferry terminal will close for repairs in June, the authority said.',
    'supports',
  ],
  [
    "the claim's word beside the other side: still a support",
    'Ticket sales at the Holmvik theatre rose by 12 percent in March.',
    'Ticket sales at the Holmvik theatre rose by 12 percent in March after falling in February.',
    'supports',
  ],
];

describe("an opposite word in the claim's place is no support", () => {
  testVerdicts(CASES);
});
