import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../src/model/index.ts';
import { analyze } from '../src/pipeline.ts';
import { renderReport } from '../src/report/index.ts';
import { escapeHtml, escapeMarkdown, stripBidiControls } from '../src/report/util.ts';

const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

test('bidi embeddings, overrides and isolates are dropped by the escapes; marks and other text stay', () => {
  const cases: [string, string][] = [
    ['plain', 'plain'],
    ['evil\u202etxt.exe', 'eviltxt.exe'],
    ['\u2066isolated\u2069 \u202aembedded\u202c \u202b\u202d', 'isolated embedded '],
    [
      'Arabic \u0627\u0644\u0633\u0644\u0627\u0645 \u200f mark',
      'Arabic \u0627\u0644\u0633\u0644\u0627\u0645 \u200f mark',
    ],
  ];
  for (const [input, expected] of cases) {
    assert.equal(stripBidiControls(input), expected);
    assert.doesNotMatch(escapeHtml(input), BIDI);
    assert.doesNotMatch(escapeMarkdown(input), BIDI);
  }
  assert.equal(escapeHtml('<b>\u202e"x"</b>'), '&lt;b&gt;&quot;x&quot;&lt;/b&gt;');
});

test('a title, outlet, quote and body with bidi overrides cannot reorder the HTML or Markdown report', () => {
  const article = (outlet: string, extra: string) =>
    JSON.stringify({
      title: 'Ferry \u202eruns late\u202c to Almsby',
      outlet,
      url: 'https://post.example/ferry',
      text: `The ferry to Almsby ran two hours late on Monday \u2067after a storm\u2069, the operator said.\n\n“We are sorry \u202efor the wait,” said Marta Vell, who runs the line.\n\n${extra}`,
    });
  const bytes = new TextEncoder().encode(
    [
      article('Harbour \u202ePost', 'Repairs to the pier will take 3 weeks.'),
      article('Island \u2066Times', 'Repairs to the pier will take 4 weeks.'),
    ].join('\n'),
  );
  const report = analyze([{ path: 'bundle.jsonl', bytes }], {}, createContext());
  assert.ok(report.stories.length > 0);
  for (const format of ['html', 'md'] as const)
    assert.doesNotMatch(renderReport(report, format), BIDI, format);
});
