import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { withManifest } from '../../cli/manifest.ts';
import type { Framing, Report } from '../../model/index.ts';
import { framingSection } from './framing.ts';

// The bundled example's report, its first story given outlet rows of each source.
const report = JSON.parse(
  readFileSync(
    new URL('../../../test/fixtures/examples-harbor-bridge/expected.json', import.meta.url),
    'utf8',
  ),
) as Report;
const story = report.stories[0] as Report['stories'][number];
const framing = story.framing as Framing;
const row = (from?: 'manifest' | 'table' | 'both') => ({
  articleId: 'a1',
  name: 'Quayside Courier',
  leaning: 'centre',
  owner: from === 'manifest' ? null : 'Tidewater Media',
  ...(from ? { from } : {}),
});
const render = (outlets: Framing['outlets']) => {
  const s = { ...story, framing: { ...framing, outlets } };
  return [framingSection.markdown(s, report), framingSection.html(s, report)].join('\n');
};

test('framing: the outlet rows say where the leanings came from (manifest, outlet table, or both)', () => {
  const manifest = render([row('manifest')]);
  assert.match(manifest, /From your manifest:/);
  assert.match(manifest, /Outlets \(from your manifest\)/);
  assert.doesNotMatch(manifest, /outlet table/);
  const table = render([row()]);
  assert.match(table, /From your outlet table:/);
  assert.match(table, /Outlets \(from your outlet table\)/);
  const both = render([row('both'), { ...row('manifest'), articleId: 'a2' }]);
  assert.match(both, /From your manifest and outlet table:/);
  assert.match(both, /owner Tidewater Media \(leaning from the manifest, owner from the outlet table\)/);
  assert.match(both, /owner not given \(manifest\)/);
});

test('withManifest: the manifest’s outlets are marked as its own, or as both when the table names them too', () => {
  const manifest = {
    byInput: new Map(),
    outlets: [
      { name: 'Quayside Courier', domains: [], leaning: 'left', owner: null },
      { name: 'Harbour Daily', domains: [], leaning: 'right', owner: null },
    ],
  };
  const table = [
    { name: 'quayside courier', domains: ['quayside.example'], leaning: null, owner: 'Tidewater Media' },
  ];
  const outlets = withManifest({ compare: { outlets: table } }, manifest).compare?.outlets ?? [];
  assert.deepEqual(
    outlets.map((o) => [o.name, o.leaning, o.owner, o.from]),
    [
      ['Quayside Courier', 'left', 'Tidewater Media', 'both'],
      ['Harbour Daily', 'right', null, 'manifest'],
      ['quayside courier', null, 'Tidewater Media', undefined],
    ],
  );
});
