import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ContractContext, scope } from './contract-scope.ts';
import { newArticle } from './make-article.ts';

/** Text padded to about the same length as the others, so ranking compares matches, not lengths. */
function padded(text: string): string {
  return `${text} The harbour office in Lissendale published its weekly notes on tides and moorings.`;
}

/** The contract's search tests: ranking, snippets, folding, filters, hostile query text. */
export function searchContract(context: ContractContext): void {
  test('search ranks a title match first and more matches higher, with marked snippets', async () => {
    const { word, outlet } = scope();
    const store = context.store();
    const [inText, inTitle, often] = await store.upsertArticles([
      newArticle({ title: 'Tide tables', text: padded(`Once: ${word} was seen.`), outlet }),
      newArticle({ title: `The ${word} returns`, text: padded(`Once: ${word} came back.`), outlet }),
      newArticle({ title: 'Moorings', text: padded(`${word}, ${word} and ${word} again.`), outlet }),
    ]);
    const hits = await store.search(word);
    assert.deepEqual(
      hits.map((h) => h.articleId),
      [inTitle?.id, often?.id, inText?.id],
    );
    assert.ok(hits.every((h) => h.score > 0));
    assert.ok(
      hits[0] && hits[1] && hits[2] && hits[0].score >= hits[1].score && hits[1].score >= hits[2].score,
    );
    for (const hit of hits) {
      assert.match(hit.snippet, new RegExp(`\\[${word}\\]`, 'i'), hit.snippet);
      assert.equal(hit.outlet, outlet);
      assert.equal(hit.storyId, null);
    }
    assert.equal(hits[0]?.title, `The ${word} returns`);
    assert.equal((await store.search(word.toUpperCase())).length, 3, 'case is folded');
  });

  test('search folds diacritics both ways and finds phrases and prefixes', async () => {
    const { word, outlet } = scope();
    const store = context.store();
    const accented = `${word}é`;
    const [fr, plain] = await store.upsertArticles([
      newArticle({ text: `La fête de ${accented} à Drumcarrow: Zürich gagne.`, outlet }),
      newArticle({ text: `Plain text: ${word}e met the zurich delegation in Drumcarrow.`, outlet }),
    ]);
    const ids = async (query: string) =>
      (await store.search(query, { outlet })).map((h) => h.articleId).sort();
    const both = [fr?.id, plain?.id].sort();
    assert.deepEqual(await ids(`${word}e`), both);
    assert.deepEqual(await ids(`${word.toUpperCase()}É`), both);
    assert.deepEqual(await ids('ZÜRICH'), both);
    assert.deepEqual(await ids('"zurich delegation"'), [plain?.id]);
    assert.deepEqual(await ids('"delegation zurich"'), []);
    assert.deepEqual(await ids(`${word.slice(0, -2)}*`), both);
    assert.deepEqual(await ids(`fete ${word}e`), [fr?.id], 'every word is required');
  });

  // newuser18 #13 (store40): "Halloway resignation" missed an article that said "resigned"
  test('search finds a word by its stem, on both backends alike: the snippet marks the form the text has', async () => {
    const { word, outlet } = scope();
    const store = context.store();
    const [resigned, resigns, other] = await store.upsertArticles([
      newArticle({ text: padded(`Mayor ${word} resigned on Friday after the ferry audits.`), outlet }),
      newArticle({ title: `${word} resigns`, text: padded('The council met on Friday.'), outlet }),
      newArticle({ text: padded(`Mayor ${word} signed the harbour bridges contract.`), outlet }),
    ]);
    const ids = async (query: string) =>
      (await store.search(query, { outlet })).map((h) => h.articleId).sort();
    assert.deepEqual(await ids(`${word} resignation`), [resigned?.id, resigns?.id].sort());
    assert.deepEqual(await ids(`${word} RESIGNING`), [resigned?.id, resigns?.id].sort());
    assert.deepEqual(await ids('bridge'), [other?.id]);
    assert.deepEqual(await ids('"harbour bridge"'), [other?.id], 'a phrase of stems');
    assert.deepEqual(await ids('"bridge harbour"'), []);
    assert.deepEqual(await ids(`${word} resig*`), [resigned?.id, resigns?.id].sort(), 'a prefix of the stem');
    assert.deepEqual(await ids(`${word} audited`), [resigned?.id]);
    assert.deepEqual(await ids(`${word} signature`), [], 'a stem is no prefix: "sign" is not "resign"');
    const hit = (await store.search(`${word} resignation`, { outlet })).find(
      (h) => h.articleId === resigned?.id,
    );
    assert.match(hit?.snippet ?? '', /\[resigned\]/, hit?.snippet);
    const inTitle = (await store.search(`${word} resignation`, { outlet })).find(
      (h) => h.articleId === resigns?.id,
    );
    assert.match(inTitle?.snippet ?? '', /\[resigns\]/, inTitle?.snippet);
  });

  test('search filters by outlet (any case), publication date and limit', async () => {
    const { word, outlet, year } = scope();
    const store = context.store();
    const made = await store.upsertArticles([
      newArticle({ text: `Spring ${word}.`, outlet, publishedAt: `${year}-04-01` }),
      newArticle({ text: `Autumn ${word}.`, outlet, publishedAt: `${year}-10-01` }),
      newArticle({
        text: `Elsewhere ${word}.`,
        outlet: 'Another Scope Herald',
        publishedAt: `${year}-10-02`,
      }),
    ]);
    const ids = async (filter: object) => (await store.search(word, filter)).map((h) => h.articleId).sort();
    assert.deepEqual(await ids({}), made.map((m) => m.id).sort());
    assert.deepEqual(await ids({ outlet: outlet.toLowerCase() }), [made[0]?.id, made[1]?.id].sort());
    assert.deepEqual(await ids({ outlet, since: `${year}-06-01` }), [made[1]?.id]);
    assert.equal((await store.search(word, { limit: 2 })).length, 2);
    const hit = (await store.search(word, { outlet: 'another scope herald' }))[0];
    assert.equal(Date.parse(hit?.publishedAt ?? ''), Date.parse(`${year}-10-02`));
  });

  test('query text that is FTS syntax or no words at all never fails', async () => {
    const { word, outlet } = scope();
    const store = context.store();
    await store.upsertArticles([newArticle({ text: `Odd queries ${word} and more.`, outlet })]);
    const odd = [
      '"',
      '*',
      'AND(',
      'NEAR(',
      'OR',
      'NOT',
      '(((',
      '""',
      '^',
      '{x}',
      'a:b',
      '-',
      "'",
      '\\',
      ':',
      '',
      '   ',
    ];
    for (const query of odd) {
      const hits = await store.search(query);
      assert.ok(Array.isArray(hits), query);
    }
    for (const query of ['', '   ', '"', '*', '(((', '-', ':'])
      assert.deepEqual(await store.search(query), [], query);
    for (const query of [
      `"${word}`,
      `${word}"`,
      `${word} AND(`,
      `(${word})`,
      `${word}:`,
      `-${word}`,
      `${word}*`,
    ]) {
      const hits = await store.search(query, { outlet });
      assert.equal(hits.length, 1, `${query} finds the article`);
    }
  });
}
