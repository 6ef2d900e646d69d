import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import { clean } from './index.ts';
import { aggregatorName, mastheadName, originalOutlet, outletFromText, outletFromUrl } from './outlet.ts';

test('outletFromUrl: a well-known news domain by name, else the bare host', () => {
  const cases: [string | null, string | null, string | null][] = [
    ['https://www.nytimes.com/2023/12/27/us/x.html', 'The New York Times', 'url:known-domain'],
    ['https://edition.cnn.com/2023/12/27/politics/x', 'CNN', 'url:known-domain'],
    ['https://news.yahoo.com/x', 'Yahoo News', 'url:known-domain'],
    ['https://m.thehill.com/x', 'The Hill', 'url:known-domain'],
    ['https://www.tidewater-tribune.com/news/bridge', 'tidewater-tribune.com', 'url:domain'],
    ['https://amp.norhaven-courier.example/a/1', 'norhaven-courier.example', 'url:domain'],
    ['https://WWW.Quayside.Example/x', 'quayside.example', 'url:domain'],
    ['http://127.0.0.1:8080/page', null, null],
    ['not a url', null, null],
    [null, null, null],
  ];
  for (const [url, name, source] of cases) {
    const hit = outletFromUrl(url);
    assert.deepEqual([hit?.name ?? null, hit?.source ?? null], [name, source], String(url));
  }
});

test('signature lines: aggregator disclaimers, mastheads, original-outlet notes', () => {
  const aggregator: [string, string | null][] = [
    [
      'Denial of responsibility! Quayside Feeds is an automatic aggregator of news from around the web.',
      'Quayside Feeds',
    ],
    [
      'Harbour Wire Digest is an automated news aggregator. All rights belong to their owners.',
      'Harbour Wire Digest',
    ],
    ['Leave a Comment', null],
  ];
  for (const [line, name] of aggregator) assert.equal(aggregatorName(line), name, line);
  const mastheads: [string, string | null][] = [
    ['The Norhaven Courier', 'The Norhaven Courier'],
    ['Pellworth Evening Gazette', 'Pellworth Evening Gazette'],
    ['Daily Beacon', 'Daily Beacon'],
    ['THE LUNDE GAZETTE', 'The Lunde Gazette'],
    // broadcasters (newuser11 finding 5, midreview32 finding 12): a station's name opens with "Radio"
    ['Radio Marl', 'Radio Marl'],
    ['Radio Kell Valley', 'Radio Kell Valley'],
    ['Kell Radio', 'Kell Radio'],
    ['Marl FM', 'Marl FM'],
    ['Brenmoor Echo', 'Brenmoor Echo'],
    // a wire's own name (newuser13 #8): "… Wire Service", "… News Service"
    ['Valley Wire Service', 'Valley Wire Service'],
    ['Velmoor News Service', 'Velmoor News Service'],
    ['Wire Service', null],
    ['Customer Service', null],
    ['Harbour Memorial Service', null],
    ['Radio Host Quits After Row', null],
    ['Radio silence', null],
    ['Local News', null],
    ['The Times', null],
    ['Why the Courier matters', null],
    ['Bridge closure leaves Norhaven Journal', null],
    ['Mayor Speaks To The Norhaven Tribune.', null],
    // newuser23 #12: a paper's name ending in a word that ends headlines too, in a short name only
    ['Riverside Post', 'Riverside Post'],
    ['The Kellby Evening Star', 'The Kellby Evening Star'],
    ['Heat Wave Sets New Record', null],
    ['Crowds Gather To Watch The Sun', null],
    // newuser24 #9: a wire's or a magazine's name, not a headline's verb and object
    ['Kestrel Wire', 'Kestrel Wire'],
    ['Pellworth Business Review', 'Pellworth Business Review'],
    ['Council Orders Review', null],
    ['Ministers Seek Review', null],
    ['Down To The Wire', null],
    ['Budget Under Review', null],
    ['Plan Up For Review', null],
  ];
  for (const [line, name] of mastheads) assert.equal(mastheadName(line), name, line);
  const originals: [string, string | null][] = [
    ['This article originally appeared on The Norhaven Courier.', 'The Norhaven Courier'],
    ['This story was originally published by Estuary Public Radio', 'Estuary Public Radio'],
    ['Originally published in Pellworth Evening Gazette on March 3, 2025.', 'Pellworth Evening Gazette'],
    ['The post Bridge to stay shut for weeks appeared first on Harbour Daily.', 'Harbour Daily'],
    ['This article originally appeared on Reuters.', null],
    ['The bridge first appeared on maps in 1971.', null],
  ];
  for (const [line, name] of originals) assert.equal(originalOutlet(line), name, line);
});

test('outletFromText: aggregator first, then a masthead; datelines and copyright lines never', () => {
  const cases: [string, { text: string; reason: string }[], string | null, string | null][] = [
    [
      'Headline\n\nBody.\n\n© 2025 The Norhaven Courier',
      [
        {
          text: 'Denial of responsibility! Quayside Feeds is an automatic aggregator.',
          reason: 'aggregator disclaimer: x',
        },
      ],
      'Quayside Feeds',
      'text:aggregator-disclaimer',
    ],
    ['Headline\n\nBody.\n\n© 2025 The Norhaven Courier', [], null, null],
    ['The Pellworth Gazette\n\nHeadline\n\nBody.', [], 'The Pellworth Gazette', 'text:masthead'],
    ['NORHAVEN, March 4 (CPS) — Engineers said the bridge would stay shut.', [], null, null],
    ['Local News\n\nHeadline\n\nBody text.', [], null, null],
    // a station named by its first word stands above a headline; a short line opening with "Radio"
    // right over the body is the headline (review32-A: the first was the outlet before)
    [
      'Radio Host Sacked\n\nThe Kell Valley station sacked its breakfast host on Monday after a row over a phone-in, its manager said.',
      [],
      null,
      null,
    ],
    [
      'Radio Marl\n\nBreakfast host dismissed\n\nThe Kell Valley station dismissed its host.',
      [],
      'Radio Marl',
      'text:masthead',
    ],
    [
      'Radio Marl\n\nBy Ada Brenn\n\nThe Kell Valley station dismissed its breakfast host on Monday after a row.',
      [],
      'Radio Marl',
      'text:masthead',
    ],
  ];
  for (const [content, removed, name, source] of cases) {
    const hit = outletFromText(content, removed);
    assert.deepEqual([hit?.name ?? null, hit?.source ?? null], [name, source], content);
  }
});

test('clean: the outlet is given, read from the URL, or from the text; a masthead is not the headline', () => {
  const run = (content: string, given = {}, format: 'text' | 'html' = 'text') =>
    clean()({ id: 'a1', source: 'a.txt', format, content, given }, createContext());
  const body =
    'A harbour seal pup was rescued from the Pellworth slipway on Sunday after a storm left it stranded, volunteers said.\n\nThe pup was taken to a rescue centre in Norhaven, where staff said it was underweight but healthy.';
  const masthead = run(
    `The Pellworth Gazette\n\nSeal pup rescued from slipway after storm\n\nBy Ada Brenn\n\n${body}`,
  );
  assert.equal(masthead.title, 'Seal pup rescued from slipway after storm');
  assert.equal(masthead.outlet, 'The Pellworth Gazette');
  assert.equal(masthead.metadataSources.outlet, 'text:masthead');
  assert.equal(masthead.section, null);
  const known = run(body, { url: 'https://www.reuters.com/world/x' });
  assert.deepEqual([known.outlet, known.metadataSources.outlet], ['Reuters', 'url:known-domain']);
  const domain = run(body, { url: 'https://www.pellworth-gazette.example/x' });
  assert.deepEqual(
    [domain.outlet, domain.metadataSources.outlet],
    ['pellworth-gazette.example', 'url:domain'],
  );
  const given = run(`The Pellworth Gazette\n\nSeal pup rescued\n\n${body}`, { outlet: 'Harbour Daily' });
  assert.deepEqual([given.outlet, given.metadataSources.outlet], ['Harbour Daily', 'input']);
  const none = run(`Seal pup rescued from slipway after storm\n\n${body}`);
  assert.equal(none.outlet, null);
  // a short headline opening with "Radio" right over the body is the headline, no station's name
  // (review32-A: outlet 'Radio Host Sacked' and no title before); over a headline it is the station's
  const headline = run(`Radio Host Sacked\n\n${body}`);
  assert.deepEqual([headline.title, headline.outlet], ['Radio Host Sacked', null]);
  const station = run(`Radio Marl\n\nSeal pup rescued from slipway after storm\n\n${body}`);
  assert.deepEqual(
    [station.title, station.outlet],
    ['Seal pup rescued from slipway after storm', 'Radio Marl'],
  );
});

// newuser13 #8: a wire's text pasted with its name on a line under the headline was named by its file and
// read "by Valley Wire Service"; the name is its masthead, so the outlet
test('a pasted wire story under a "… Wire Service" masthead is that outlet, with no byline', () => {
  const text = [
    'Velmoor council votes to cut library budget',
    'Valley Wire Service',
    'VELMOOR (Valley Wire) - The Velmoor City Council voted 7-4 on Tuesday to cut the library budget by 40 percent.',
    'The branches are due to close on March 1, 2027.',
  ].join('\n\n');
  const [article] = readArticles(
    [{ path: 'wire.txt', bytes: new TextEncoder().encode(text) }],
    {},
    createContext(),
  );
  assert.equal(article?.outlet, 'Valley Wire Service');
  assert.equal(article?.metadataSources.outlet, 'text:masthead');
  assert.equal(article?.byline, null);
});

// newuser24 #9: a wire's copy saved as text, its name over the headline and in the dateline, was named by
// its file; a dateline alone credits the wire that wrote the copy, which another outlet may have published
test('a first line naming the wire of the dateline below is the outlet; a dateline alone names none', () => {
  const run = (header: string, opening: string, given = {}) =>
    clean()(
      {
        id: 'a1',
        source: 'a.txt',
        format: 'text',
        content: `${header}Velmoor council cuts library budget\n\n${opening} The Velmoor City Council voted 7-4 on Tuesday to cut the library budget by 40 percent.\n\nThe branches are due to close on March 1, 2027.`,
        given,
      },
      createContext(),
    );
  const wire = run('Kestrel Press\n\n', 'VELMOOR (Kestrel Press) —');
  assert.deepEqual(
    [wire.outlet, wire.metadataSources.outlet, wire.title],
    ['Kestrel Press', 'text:masthead', 'Velmoor council cuts library budget'],
  );
  // a reprint of the wire's copy, which names no outlet (the example's Tidewater Tribune file)
  assert.equal(run('', 'VELMOOR (Kestrel Press) —').outlet, null);
  // another name over the dateline, or an agency's, names no outlet
  assert.equal(run('Kestrel Port\n\n', 'VELMOOR (Kestrel Press) —').outlet, null);
  assert.equal(run('Reuters\n\n', 'VELMOOR (Reuters) —').outlet, null);
  // a name given for the page (its metadata, the manifest) wins: the reprinting outlet published it
  const reprint = run('Kestrel Press\n\n', 'VELMOOR (Kestrel Press) —', { outlet: 'Pellworth Gazette' });
  assert.equal(reprint.outlet, 'Pellworth Gazette');
});

// review46: a first line ending in Review or Wire stands where a headline does ("Police Launch Review");
// such a name is the outlet's under a headline, or over a dateline that names it
test('a first line ending in Review names no outlet; under the headline it is the masthead', () => {
  const run = (content: string) =>
    clean()({ id: 'a1', source: 'a.txt', format: 'text', content, given: {} }, createContext()).outlet;
  const body =
    'By Ann Lee\n\nKell police said on Monday they would review how officers handled the dock strike.\n\nThe review will take six weeks, the chief constable said.';
  assert.equal(run(`Police Launch Review\n\nKell police to review strike policing\n\n${body}`), null);
  assert.equal(run(`Ferry Pay Review\n\nKell ferry crews win a pay review\n\n${body}`), null);
  assert.equal(
    run(`Kell police to review strike policing\n\nPellworth Business Review\n\n${body}`),
    'Pellworth Business Review',
  );
});
