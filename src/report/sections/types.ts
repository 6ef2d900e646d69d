import type { Report, Story } from '../../model/index.ts';
import type { StoryPageLinks } from '../links.ts';

/** One section of a story in the report, with its Markdown and its HTML (the story page's part). */
export interface ReportSection {
  /** Stable id, used as the HTML anchor suffix. */
  readonly id: string;
  readonly title: string;
  /** Markdown body of the section, or '' to leave the section out for this story. */
  readonly markdown: (story: Story, report: Report) => string;
  /** HTML body of the section (escaped), or '' to leave it out; citations link through `links`. */
  readonly html: (story: Story, report: Report, links?: StoryPageLinks) => string;
}
