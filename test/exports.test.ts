import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as parallax from '../src/index.ts';

// The public API is a promise to library users: changing it must be a deliberate edit of this list.
test('the public API exports exactly these values', () => {
  assert.deepEqual(Object.keys(parallax).sort(), [
    'ArticleSchema',
    'ConflictSchema',
    'ContestedTermSchema',
    'EditorsNoteSchema',
    'EntitySchema',
    'EvidenceSchema',
    'FactMarkSchema',
    'FactSchema',
    'FigureSchema',
    'FramingSchema',
    'FramingTermSchema',
    'GroupingReasonSchema',
    'IssueSchema',
    'MediaSchema',
    'ParagraphSchema',
    'PointSchema',
    'ProvenanceSchema',
    'QuoteCoverageSchema',
    'QuoteSchema',
    'RemovedSchema',
    'ReportSchema',
    'SCHEMA_VERSION',
    'SPEAKER_ROLE_KINDS',
    'ScareQuoteSchema',
    'SelfCheckSchema',
    'SpanSchema',
    'SpeakerRoleSchema',
    'StillCarriedSchema',
    'StorySchema',
    'SummarySentenceSchema',
    'TimelineEventSchema',
    'ToneSchema',
    'UpdatedValueSchema',
    'VERSION',
    'analyze',
    'analyzeParallel',
    'clean',
    'cluster',
    'compare',
    'corpusPrior',
    'createApp',
    'createContext',
    'createFetcher',
    'extract',
    'fetchInto',
    'ingest',
    'ingestInto',
    'openStore',
    'parseOutletTable',
    'parseSources',
    'parseTermsFile',
    'readArticles',
    'reextract',
    'refreshStale',
    'renderHtml',
    'renderMarkdown',
    'renderReport',
    'reportJsonSchema',
    'segment',
    'startServer',
    'storeHealth',
    'storyReport',
    'summarize',
    'syndicate',
    'timeline',
    'watchSources',
  ]);
});

test('the library runs the pipeline end to end', () => {
  const bytes = new TextEncoder().encode(
    'Tram line opens\n\nThe new tram line in Osterby opened on Saturday.',
  );
  const report = parallax.analyze([{ path: 'a.txt', bytes }], {}, parallax.createContext());
  assert.equal(parallax.ReportSchema.parse(report).stories.length, 1);
  assert.match(parallax.renderReport(report, 'md'), /^# Parallax report/);
});
