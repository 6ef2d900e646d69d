import assert from 'node:assert/strict';
import test from 'node:test';
import { parsePage } from './parse.ts';
import { compileRules } from './prune.ts';
import { walkArticle } from './walk.ts';

const walk = (html: string) => {
  const body = parsePage(html).body;
  assert.ok(body);
  return walkArticle(body, compileRules());
};

test('walkArticle: one block per block element or <br> run, headings kept as headings', () => {
  const { blocks } = walk(
    '<div><h2>Tides</h2><p>First <b>bold</b> line.</p>Loose text<br>after a break<ul><li>one</li><li>two</li></ul></div>',
  );
  assert.deepEqual(
    blocks.map((b) => [b.kind, b.text, b.tag]),
    [
      ['heading', 'Tides', 'h2'],
      ['text', 'First bold line.', 'p'],
      ['text', 'Loose text', 'div'],
      ['text', 'after a break', 'div'],
      ['text', 'one', 'li'],
      ['text', 'two', 'li'],
    ],
  );
});

test('walkArticle: table rows become blocks with cells spaced; scripts, buttons and images skipped', () => {
  const { blocks } = walk(
    '<table><tr><td>Pier</td><td>Depth</td></tr><tr><td>North</td><td>12 m</td></tr></table><script>var a</script><button>Share</button><img alt="x">',
  );
  assert.deepEqual(
    blocks.map((b) => b.text),
    ['Pier Depth', 'North 12 m'],
  );
});

test('walkArticle: captions, credits and boilerplate elements are set apart; link text is counted', () => {
  const { blocks, asides } = walk(
    '<figure><img src="a.jpg"><figcaption>Boats at anchor.</figcaption></figure><p class="photo-credit">Ola Berg</p><div class="newsletter-box">Sign up today</div><p><a href="/x">A linked teaser line</a></p><p>Quote worth sharing.Click To Tweet</p>',
  );
  assert.deepEqual(asides, [
    { action: 'caption', reason: 'photo caption', text: 'Boats at anchor.' },
    { action: 'credit', reason: 'photo credit', text: 'Ola Berg' },
    { action: 'remove', reason: 'newsletter box', text: 'Sign up today' },
  ]);
  assert.deepEqual(
    blocks.map((b) => [b.text, b.linkChars]),
    [
      ['A linked teaser line', 20],
      ['Quote worth sharing.', 0],
    ],
  );
});
