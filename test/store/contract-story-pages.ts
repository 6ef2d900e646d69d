import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report } from '../../src/model/index.ts';
import type { StoryPagePiece } from '../../src/report/story-page-piece.ts';
import { type ContractContext, scope } from './contract-scope.ts';
import { newArticle } from './make-article.ts';

// A report and a page piece to store: the store keeps them as JSON, whatever they hold, and reads
// only the report's `generatedAt` (to tell whether a piece was cut from the report stored now).
const report = (generatedAt: string): Report =>
  ({ schemaVersion: 'test', generatedAt, stories: [{ id: 'x', facts: [1, 2, 3] }] }) as unknown as Report;
const piece = (generatedAt: string, mark: string): StoryPagePiece =>
  ({
    version: 1,
    limits: { quotes: 3 },
    totals: { mark },
    report: { generatedAt },
  }) as unknown as StoryPagePiece;

/** The contract's tests of story page pieces: saved with a report, read alone, written later for an older report. */
export function storyPagesContract(context: ContractContext): void {
  test("a story page's piece is saved with its report and read alone; a later report replaces or drops it", async () => {
    const s = scope();
    const store = context.store();
    const [a] = (
      await store.upsertArticles([newArticle({ text: `Piece ${s.word}.`, publishedAt: `${s.year}-01-02` })])
    ).map((m) => m.id) as [string];
    const id = `page-${s.word}`;
    await store.saveStories([{ id, title: 'Page', topicId: null, articleIds: [a] }]);
    assert.equal(await store.storyPage(id), null, 'no report, no piece');
    const asOf = (await store.story(id))?.story.updatedAt as string;
    await store.saveReport(id, report('t1'), asOf, piece('t1', 'first'));
    assert.deepEqual(await store.storyPage(id), piece('t1', 'first'));
    assert.deepEqual(
      (await store.story(id, { articles: false }))?.report,
      report('t1'),
      'the report stays whole',
    );
    // a report saved without a piece leaves none (never the piece of the report before)
    await store.saveReport(id, report('t2'), asOf);
    assert.equal(await store.storyPage(id), null);
    // a piece cut later from the stored report is kept; one cut from a report replaced meanwhile is not
    await store.saveStoryPage(id, piece('t1', 'of the replaced report'));
    assert.equal(await store.storyPage(id), null);
    await store.saveStoryPage(id, piece('t2', 'late'));
    assert.deepEqual(await store.storyPage(id), piece('t2', 'late'));
    // a report of an older membership changes neither the report nor its piece
    await store.saveReport(id, report('t3'), '1999-01-01T00:00:00.000Z', piece('t3', 'old'));
    assert.deepEqual(await store.storyPage(id), piece('t2', 'late'));
    assert.equal(await store.storyPage(`none-${s.word}`), null);
    await store.saveStoryPage(`none-${s.word}`, piece('t2', 'nowhere'));
  });
}
