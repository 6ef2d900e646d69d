import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { cleanText } from './index.ts';
import { dayFirstSignal } from './numeric-date.ts';

const BODY = 'Shares of the ferry operator fell 4 per cent on Thursday after it froze its fares for a year.';
const read = (lines: readonly string[], url?: string) => {
  const ctx = createContext();
  const parts = cleanText({})(
    { id: 't', source: 't.txt', format: 'text', content: lines.join('\n'), given: url ? { url } : {} },
    ctx,
  );
  return { at: parts.meta.publishedAt ?? null, issues: ctx.issues.map((i) => i.code) };
};

test('a header numeric date is read day first when the text says it is Indian, British, Irish or Australian', () => {
  assert.deepEqual(read(['Ferry fares frozen', '', 'Asha Rao | 03/12/2026, 18:30 IST', '', BODY]), {
    at: '2026-12-03',
    issues: [],
  });
  assert.equal(
    read(['Ferry fares frozen', '', 'By Asha Rao, 03/12/2026', '', BODY], 'https://news.example.ie/a').at,
    '2026-12-03',
  );
  // a part over 12 tells the order by itself
  assert.equal(read(['Ferry fares frozen', '', 'By Asha Rao, 12/13/2026', '', BODY]).at, '2026-12-13');
  assert.equal(read(['Ferry fares frozen', '', 'By Asha Rao, 13/12/2026', '', BODY]).at, '2026-12-13');
});

test('with nothing telling the order, a numeric date dates nothing and one issue says so', () => {
  assert.deepEqual(read(['Ferry fares frozen', '', 'By Asha Rao, 03/12/2026', '', BODY]), {
    at: null,
    issues: ['clean/ambiguous-date'],
  });
  // a worldwide zone, or a US dateline, tells nothing
  assert.equal(read(['Ferry fares frozen', '', 'Asha Rao | 03/12/2026, 18:30 GMT', '', BODY]).at, null);
  assert.equal(read(['Ferry fares frozen', '', 'By Asha Rao, 03/12/2026', '', `DENVER: ${BODY}`]).at, null);
  // a dateline tells where the reporter is, not how the outlet writes dates (review45b: a US paper's AP copy)
  assert.equal(
    read(['Ferry fares frozen', '', 'By Asha Rao | 03/12/2026 10:30 AM', '', `LONDON (AP) — ${BODY}`]).at,
    null,
  );
  assert.equal(read(['Ferry fares frozen', '', 'By Asha Rao, 03/12/2026', '', `KOLKATA: ${BODY}`]).at, null);
  // a named-month date wins, and no issue
  assert.deepEqual(read(['Ferry fares frozen', '', 'Asha Rao | Dec 3, 2026 18:30 IST', '', BODY]), {
    at: '2026-12-03',
    issues: [],
  });
});

test('day-first signals: a zone after a time, a web address; not a dateline city', () => {
  assert.equal(dayFirstSignal('Updated 9.15am AEDT'), 'time zone AEDT');
  assert.equal(dayFirstSignal('Byline\nDUBLIN (Wire) — The bank'), null);
  assert.equal(dayFirstSignal('text', 'https://www.example.co.uk/x'), 'address www.example.co.uk');
  assert.equal(dayFirstSignal('NOTE: the IST office', 'https://example.com/x'), null);
});
