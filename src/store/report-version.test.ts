import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareReportVersions, mayReplace, parseReportVersion, reportStanding } from './report-version.ts';

test('report versions are ordered as versions, never as strings', () => {
  const cases: [string | null, string | null, number][] = [
    ['0.1.0+report.3.analysis.2', '0.1.0+report.3.analysis.2', 0],
    ['0.1.0+report.3.analysis.10', '0.1.0+report.3.analysis.9', 1],
    ['0.10.0+report.3.analysis.0', '0.9.0+report.3.analysis.7', 1],
    ['1.0.0+report.3.analysis.0', '0.99.99+report.9.analysis.99', 1],
    // within a release, the analysis's version first, then the report's shape
    ['0.1.0+report.4.analysis.2', '0.1.0+report.3.analysis.3', -1],
    ['0.1.0+report.4.analysis.2', '0.1.0+report.3.analysis.2', 1],
    // a pre-release before its release; numbers before words; a longer list after its prefix
    ['1.0.0-rc.1+report.3.analysis.5', '1.0.0+report.3.analysis.0', -1],
    ['1.0.0-rc.2+report.3.analysis.0', '1.0.0-rc.10+report.3.analysis.0', -1],
    ['1.0.0-1+report.3.analysis.0', '1.0.0-alpha+report.3.analysis.0', -1],
    ['1.0.0-alpha+report.3.analysis.0', '1.0.0-alpha.1+report.3.analysis.0', -1],
    ['1.0.0-alpha+report.3.analysis.0', '1.0.0-beta+report.3.analysis.0', -1],
    // what names no analysis or shape (the package's version alone, before session 23) is older
    ['0.1.0', '0.1.0+report.3.analysis.0', -1],
    // none, or not of the form: before every version
    [null, '0.0.1+report.1.analysis.0', -1],
    ['parallax 2', '0.0.1', -1],
    [null, null, 0],
  ];
  for (const [a, b, order] of cases) {
    assert.equal(compareReportVersions(a, b), order, `${a} vs ${b}`);
    assert.equal(compareReportVersions(b, a), -order || 0, `${b} vs ${a}`);
  }
});

test('parseReportVersion reads the release, pre-release, report shape and analysis', () => {
  assert.deepEqual(parseReportVersion('0.1.0-rc.1+report.3.analysis.2'), {
    release: [0, 1, 0],
    pre: ['rc', 1],
    schema: 3,
    analysis: 2,
  });
  assert.deepEqual(parseReportVersion('2.0.1'), { release: [2, 0, 1], pre: [], schema: -1, analysis: -1 });
  for (const bad of ['', '0.1', 'v0.1.0', '0.1.0+report.3.analysis.2 extra'])
    assert.equal(parseReportVersion(bad), null);
});

test('reportStanding: older is computed over, newer is kept when its shape is read, else computed apart', () => {
  const reader = '0.1.0+report.3.analysis.2';
  const cases: [string | null, ReturnType<typeof reportStanding>][] = [
    ['0.1.0+report.3.analysis.2', 'current'],
    ['0.1.0+report.3.analysis.1', 'older'],
    ['0.0.9+report.2.analysis.7', 'older'],
    [null, 'older'],
    ['0.1.0+report.3.analysis.12', 'newer'],
    ['0.2.0+report.3.analysis.0', 'newer'],
    ['0.2.0+report.4.analysis.0', 'unreadable'],
    ['0.2.0', 'unreadable'],
  ];
  for (const [made, standing] of cases) assert.equal(reportStanding(made, reader), standing, String(made));
});

test('mayReplace: a report never replaces a newer one of the same articles', () => {
  assert.equal(mayReplace(null, '0.1.0+report.3.analysis.2'), true);
  assert.equal(mayReplace('0.1.0+report.3.analysis.2', '0.1.0+report.3.analysis.2'), true);
  assert.equal(mayReplace('0.1.0+report.3.analysis.10', '0.1.0+report.3.analysis.9'), false);
  assert.equal(mayReplace('0.1.0+report.3.analysis.2', null), false);
});
