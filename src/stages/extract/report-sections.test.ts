import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createContext, type Report } from '../../model/index.ts';
import { analyze } from '../../pipeline.ts';
import { entitiesSection } from '../../report/sections/entities.ts';
import { figuresSection } from '../../report/sections/figures.ts';
import { quotesSection } from '../../report/sections/quotes.ts';

function fixtureReport(): Report {
  const texts = JSON.parse(
    readFileSync(join(import.meta.dirname, 'fixtures', 'harbor-flood', 'input.json'), 'utf8'),
  ) as {
    id: string;
    text: string;
  }[];
  const files = texts.map((t) => ({ path: `${t.id}.txt`, bytes: new TextEncoder().encode(t.text) }));
  return analyze(files, { cluster: { threshold: -1 } }, createContext());
}

test('report sections: entities, quotes and figures render in Markdown and HTML with citations', () => {
  const report = fixtureReport();
  const story = report.stories[0];
  assert.ok(story);
  const entities = entitiesSection.markdown(story, report);
  assert.match(entities, /\| person \| .*Eklund/);
  assert.match(entities, /inconsistent-name/);
  const quotes = quotesSection.markdown(story, report);
  assert.match(
    quotes,
    /“We will reopen the port as soon as the water goes down” — \*\*María Ruiz Castellanos \(said\)\*\*/,
  );
  assert.match(quotes, /carried by 2 articles/);
  const figures = figuresSection.markdown(story, report);
  assert.match(figures, /\| 1,200 \| ships \|/);
  assert.match(figures, /\$2\.5 million/);
  for (const section of [entitiesSection, quotesSection, figuresSection]) {
    const html = section.html(story, report);
    assert.ok(html.includes('class="cite"'), `${section.id} cites its evidence`);
    assert.ok(!/<script/i.test(html));
  }
});

test('report sections: an empty story renders nothing', () => {
  const report = fixtureReport();
  const story = {
    ...(report.stories[0] as Report['stories'][number]),
    entities: [],
    quotes: [],
    figures: [],
  };
  for (const section of [entitiesSection, quotesSection, figuresSection]) {
    assert.equal(section.markdown(story, report), '');
    assert.equal(section.html(story, report), '');
  }
});
