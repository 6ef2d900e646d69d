/** The shared corpus folder of five real scraped articles on the December 2023 border talks. */
export const BORDER_TALKS = 'corpus/border-talks-2023';

/** Scraper boilerplate that the foundation issue says must never reach an article body. */
export const BORDER_TALKS_BOILERPLATE: readonly string[] = [
  'Font Size:',
  '(Photo by',
  'Getty Images',
  'Denial of responsibility',
  'Leave a Comment',
  'Related Posts',
  'Read More:',
  'Also Read:',
  'Read Next:',
  'DepositPhotos',
  'Photo of author',
  'Gaza death toll',
  'RELATED:',
];
