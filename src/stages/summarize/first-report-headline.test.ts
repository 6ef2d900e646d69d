import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { analyze } from '../../pipeline.ts';
import { FLOOD, FLOOD_WEEK } from '../cluster/test-flood.ts';
import { firstDay } from './headline-titles.ts';

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

test("the first reports' day is read in UTC, as the story's cards show it, not each writer's own day", () => {
  const titled = (id: string, publishedAt: string) => ({ id, doc: { article: { publishedAt } } }) as never;
  const ids = (list: readonly { id: string }[]) => list.map((t) => t.id);
  // 00:30 at +02:00 is 22:30 UTC on the 12th; 23:00 at -05:00 on the 12th is 04:00 UTC on the 13th
  const early = titled('early', '2026-10-13T00:30:00+02:00');
  const late = titled('late', '2026-10-12T23:00:00-05:00');
  assert.deepEqual(ids(firstDay([early, late])), ['early']);
  // one UTC day: both first reports
  const same = titled('same', '2026-10-12T19:00:00-04:00');
  assert.deepEqual(ids(firstDay([early, same])), ['early', 'same']);
});
