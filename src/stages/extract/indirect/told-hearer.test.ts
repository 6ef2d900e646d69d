import { testIndirectCases } from './fixtures/indirect-cases.ts';

// "told <hearer> that …": the hearer is no part of what was told, even when the tagger reads the hearer's
// noun as a verb ("the meeting") or the "that" as a determiner ("that repairs would cost …")
// (content-start.ts, thatAfter).
testIndirectCases([
  [
    'a hearer the tagger reads as a verb',
    'Councillor Petra Holm told the meeting that repairs would cost £2.4 million.',
    'repairs would cost £2.4 million',
    'Petra Holm',
  ],
  [
    'a hearer with a modifier and a date',
    'Ann Wu told a packed briefing on Monday that the ferries would run again.',
    'the ferries would run again',
    'Ann Wu',
  ],
  [
    'a named hearer before a plural subject',
    'Olaf Brenn told the Harbour Gazette that fares would rise in March.',
    'fares would rise in March',
    'Olaf Brenn',
  ],
]);
