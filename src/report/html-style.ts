import { STORY_PAGE_CSS } from './story-page-style.ts';

/** The report page's whole stylesheet (the story page's): inline in the file, served as a file by the server. */
export const STYLE = STORY_PAGE_CSS;
