import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { analyze } from '../../pipeline.ts';
import { FLOOD, FLOOD_WEEK } from '../cluster/test-flood.ts';

// The invented Brenmoor flood: three reports of the Monday, a visit on the Tuesday, the clean-up and
// two follow-ups on the Wednesday (the return home, the aid). group29's leftover: the story was
// headed "Brenmoor residents return to ruined homes as aid is pledged", a follow-up's angle.
test("a story told over days is headed by a title of its event's first reports, not a later angle", () => {
  const files = FLOOD_WEEK.map((r, i) => ({
    path: `f${i}.json`,
    bytes: new TextEncoder().encode(JSON.stringify(r)),
  }));
  const report = analyze(files, {}, createContext());
  const flood = report.stories.find((s) => s.articleIds.length === FLOOD.length);
  assert.ok(flood, report.stories.map((s) => s.title).join('\n'));
  const first = FLOOD.filter((a) => a.publishedAt === FLOOD[0]?.publishedAt).map((a) => a.title);
  assert.ok(first.includes(flood.headline as string), `${flood.headline}`);
  // a story of one day keeps its own choice: the look-alike flood is headed by one of its titles
  const ashby = report.stories.find((s) => s.articleIds.length === 2 && /Ashby/.test(s.title));
  assert.match(ashby?.headline ?? '', /Ashby/);
});
