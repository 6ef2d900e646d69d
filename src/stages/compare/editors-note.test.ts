import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// An editor's note tells of the article, not of the story (the timeline's EDITORS_NOTE reading):
// it is no fact, so no coverage row and no point found in one source only.
test("an editor's note about the article is no fact of the story", () => {
  const { result, docs } = runCompare([
    'The Kettle ferry ran aground off Dunmore on Friday, injuring four passengers. The ferry board said it would inspect the hull.',
    "The Kettle ferry ran aground off Dunmore on Friday, injuring four passengers. This article was updated on Saturday to add the ferry board's statement. Correction: An earlier version of this article gave the name of the ferry as Kettle Star.",
  ]);
  const told = result.facts.flatMap((f) =>
    f.evidence.map(
      (e) =>
        docs.find((d) => d.article.id === e.articleId)?.article.text.slice(e.span.start, e.span.end) ?? '',
    ),
  );
  assert.ok(
    told.some((t) => t.includes('ran aground')),
    JSON.stringify(told),
  );
  assert.ok(!told.some((t) => /updated on Saturday|earlier version/.test(t)), JSON.stringify(told));
});
