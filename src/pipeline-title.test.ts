import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from './model/index.ts';
import { analyze } from './pipeline.ts';

// fixes33 (newuser11 #13): one title for a story in every format. An invented story whose grouping
// title gives one side of a disputed figure: the report's title is the headline the summary chose, so
// JSON's stories[].title, the Markdown and HTML headings and --explain-grouping say one thing (failed
// before: the JSON kept the grouping's title, "… 12.5 million pound budget …").
test("a story's title in the report is the headline its summary chose", () => {
  const docs = [
    {
      outlet: 'Dunmere Herald',
      title: 'Dunmere council passes 12.5 million pound budget with Quayside pool cut',
      publishedAt: '2031-05-07T20:00:00Z',
      text: 'Dunmere town council approved a budget of £12.5 million for next year on Wednesday evening.\n\nThe budget cuts funding for the Quayside pool by £80,000.\n\nCouncillor Petra Lune called the pool cut unfair.',
    },
    {
      outlet: 'Coastline Weekly',
      title: 'Swimmers protest as Dunmere budget cuts Quayside pool funding',
      publishedAt: '2031-05-07T21:00:00Z',
      text: 'Dunmere councillors approved a £14 million budget on Wednesday.\n\nThe budget cuts funding for the Quayside pool by £80,000.\n\nAbout 60 swimmers gathered outside the town hall.',
    },
  ];
  const files = docs.map((d, i) => ({
    path: `a${i}.json`,
    bytes: new TextEncoder().encode(JSON.stringify(d)),
  }));
  const report = analyze(files, {}, createContext());
  const [story] = report.stories;
  assert.ok(story?.headline, JSON.stringify(report.stories.map((s) => s.title)));
  assert.equal(story.title, story.headline);
  assert.doesNotMatch(story.title, /12\.5|14 million/);
});
