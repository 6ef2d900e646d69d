import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Story } from '../../model/index.ts';
import { article, cite, story } from '../fixtures/story.ts';
import { framingWords } from './framing-words.ts';

// The invented article: "The <b>council</b> voted 7-2 on Tuesday. "It is done," the clerk said.\n\nWork
// starts in May." (18 words, 3 in quotation marks), headed "Vote <script>x()</script> aN" (5 words).
const quoted = (kind: 'direct' | 'indirect', start: number, end: number): Story['quotes'][number] => ({
  id: `s1-q-${kind}`,
  kind,
  text: '',
  speaker: { name: 'she', entityId: null, unresolved: true },
  cue: null,
  occurrences: [cite('a2', { start, end })],
  speakerEvidence: [],
});

test("an outlet's words by where they stand: headline, own voice, inside quotes", () => {
  const a1 = article('a1', 'Harbour Gazette', null);
  const a2 = article('a2', 'Harbour Gazette', null);
  assert.deepEqual(framingWords({ ...story, quotes: [] }, [a1, a2]), {
    headline: 10,
    ownVoice: 30,
    inQuotes: 6,
  });
  // a direct quote found without quotation marks ("Work starts in May.") is quoted words too; reported
  // speech is not (the terms' in_quotes reads the same regions)
  const work = a2.text.indexOf('Work');
  assert.deepEqual(framingWords({ ...story, quotes: [quoted('direct', work, a2.text.length)] }, [a2]), {
    headline: 5,
    ownVoice: 11,
    inQuotes: 7,
  });
  assert.deepEqual(framingWords({ ...story, quotes: [quoted('indirect', work, a2.text.length)] }, [a2]), {
    headline: 5,
    ownVoice: 15,
    inQuotes: 3,
  });
  // a title built from the text is no headline (the terms are not counted in it either)
  assert.equal(framingWords({ ...story, quotes: [] }, [{ ...a1, titleInferred: true }]).headline, 0);
});
