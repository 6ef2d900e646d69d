// Invented articles for the big-story tests: one flood told by many outlets in near-identical words
// (a wire story each rewrites a little; the word lists' lengths 3, 4, 5, 7 give 420 distinct texts), among a few unrelated stories. No real news text.

const OPENERS = ['Floodwaters', 'Rising water', 'Overnight floods'];
const VERBS = ['forced', 'drove', 'pushed', 'sent', 'chased'];
const DAYS = ['on Tuesday', 'early on Tuesday', 'before dawn on Tuesday', 'late on Monday night'];
const OFFICIALS = [
  'said',
  'told reporters',
  'confirmed',
  'said in a statement',
  'announced',
  'told local radio',
  'wrote online',
];
const pick = <T>(list: readonly T[], i: number) => list[i % list.length] as T;

/** The `i`th outlet's telling of one invented flood in Tessaly: the same facts, a few words changed. */
export function floodArticle(i: number): {
  title: string;
  text: string;
  outlet: string;
  publishedAt: string;
} {
  return {
    title: `${pick(OPENERS, i)} ${pick(VERBS, i + 1)} 1,200 Tessaly residents from their homes`,
    outlet: `Outlet ${i + 1}`,
    publishedAt: `2025-04-${String(8 + (i % 3)).padStart(2, '0')}T09:00:00Z`,
    text: [
      `${pick(OPENERS, i)} ${pick(VERBS, i + 1)} about 1,200 residents of Tessaly from their homes ${pick(DAYS, i + 2)} after the Marrow river broke through a levee near Dunmere bridge.`,
      `Mayor Ilse Varkonen ${pick(OFFICIALS, i + 3)} that two shelters had opened at Tessaly high school and the Orlan sports hall.`,
      `The Dunmere levee was last repaired in 2009, and engineers from the Marrow Valley water board were inspecting the breach.`,
      `Rail services between Tessaly and Kolby were suspended, and the regional emergency agency warned that more rain was expected by Thursday.`,
    ].join(' '),
  };
}

/** Unrelated invented stories, two articles each, so the corpus is not only the flood. */
export const OTHER_STORIES: readonly { title: string; text: string; outlet: string; publishedAt: string }[] =
  [
    {
      title: 'Quarry workers in Brannock vote to strike',
      outlet: 'Outlet A',
      publishedAt: '2025-04-08T10:00:00Z',
      text: 'Workers at the Brannock granite quarry voted to strike over safety rules, union steward Pell Agarde said. The quarry owner, Corrin Stone, called the vote regrettable.',
    },
    {
      title: 'Brannock quarry strike to begin Monday',
      outlet: 'Outlet B',
      publishedAt: '2025-04-09T10:00:00Z',
      text: 'The strike at the Brannock granite quarry begins Monday, steward Pell Agarde said, after Corrin Stone refused new safety rules.',
    },
    {
      title: 'Velmar library reopens after a two-year renovation',
      outlet: 'Outlet A',
      publishedAt: '2025-04-08T11:00:00Z',
      text: 'The Velmar public library reopened on Saturday after a two-year renovation that added a reading garden, librarian Oda Fennick said.',
    },
    {
      title: 'Velmar readers return to renovated library',
      outlet: 'Outlet C',
      publishedAt: '2025-04-09T11:00:00Z',
      text: 'Hundreds of readers came to the renovated Velmar library on its first weekend, and Oda Fennick said the reading garden was full.',
    },
    {
      title: 'Osk chess club wins the national cup',
      outlet: 'Outlet B',
      publishedAt: '2025-04-10T12:00:00Z',
      text: 'The Osk chess club won the national cup in Rendle, beating the holders on the final board, captain Tamsin Ruel said.',
    },
  ];

/** `n` tellings of the flood and the unrelated stories, as JSON records in one list. */
export function bigStoryRecords(
  n: number,
): { title: string; text: string; outlet: string; publishedAt: string }[] {
  return [...Array.from({ length: n }, (_, i) => floodArticle(i)), ...OTHER_STORIES];
}
