/**
 * The story list's pages, as the store cuts them (store/story-cursor.ts): the web list's "More
 * stories" and `parallax stories --after` share them.
 */
export { cursorAfter, parseCursor, type StoryListPage, storyListPage } from '../store/story-cursor.ts';
