import { dict } from '../../text/data/dict.ts';

/** Words users type for a command parallax names otherwise ("show s2" is `parallax story s2`). */
export const COMMAND_SYNONYMS = dict<string>({
  show: 'story',
  view: 'story',
  open: 'story',
  display: 'story',
  report: 'story',
  list: 'stories',
  ls: 'stories',
  find: 'search',
  grep: 'search',
  query: 'search',
  get: 'fetch',
  download: 'fetch',
  crawl: 'fetch',
  add: 'ingest',
  import: 'ingest',
  load: 'ingest',
  run: 'analyze',
  compare: 'analyze',
  diff: 'changes',
  new: 'changes',
  server: 'serve',
  web: 'serve',
});
