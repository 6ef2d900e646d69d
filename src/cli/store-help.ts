/** The help texts of the store's commands (ingest, stories, story, search, articles, stats, serve): part of `HELP`. */
export const STORE_HELP = {
  ingest: `Usage: parallax ingest <paths...|-> [options]

Read, clean and segment each article, store it once (an article already stored, by its URL or its
text, is counted and left alone; but a later version of a stored page replaces it, an earlier one
is kept as its earlier version, and another day's article at the address of a page overwritten
each day is stored as an article of its own), and place the new articles into the store's
stories: a story keeps its id and grows as coverage arrives. Articles are committed in batches of
200 and placed a thousand at a time: an interrupted ingest loses nothing committed, and running it
again stores the rest and places what was left unplaced. Story reports are computed when asked for
(parallax story), or here with --reports.

Options:
      --db <path|url>      the store: a SQLite file (default ./parallax.db, or PARALLAX_DB) or a
                           postgres:// URL
      --manifest <file>    outlet, url, publishedAt of each input (CSV or JSON; see analyze)
      --reports            then compute the reports of the stories that changed
  -j, --jobs <n>           threads: one stores and places, n-1 read and segment articles
                           (default: the machine's cores, for 400 files or more; 1: one thread)
      --article-timeout <s>
                           time budget (CPU seconds) of each article's cleaning and segmenting
                           (default 5): an article past it is left out with a reason (exit 3)
                           and the ingest goes on; with --reports, a story's per article
  -f, --format <text|json> json: print the run's summary as JSON on standard output (its
                           insertedIds: the store ids of the new articles, in input order)
  -q, --quiet              no progress bar or final line on standard error
  -h, --help               this help

Examples:
  parallax ingest examples/harbor-bridge --db news.db
  curl -s https://example.org/story | parallax ingest - --db news.db
`,
  stories: `Usage: parallax stories [options]

List the stored stories, the most recently changed first: id, title, articles, outlets (then how
many articles name no outlet), the days its dated articles were published (each its writer's own
day, as the story's report gives it), and whether the report is current.

Options:
      --db <path|url>          the store (default ./parallax.db, or PARALLAX_DB)
      --since <date>           only stories with an article published on or after the date
      --outlet <name>          only stories with an article of this outlet
      --sort <newest|outlets>  newest change first (default), or most outlets first: which
                               stories does every outlet have
      --limit <n>              at most n stories (default 50); a page with more after it ends
                               with the next page's command (on standard error with JSON)
      --after <cursor>         the next page: the stories after the cursor a page printed
  -f, --format <md|json>       a Markdown table (default) or JSON
  -h, --help                   this help
`,
  story: `Usage: parallax story <id> [options]

The full report of one stored story (as analyze writes it): computed from its stored articles
when they changed since it was last computed, or an older Parallax computed it, then kept in the
store. A report a newer Parallax made is shown as it is (see parallax help stats).

Options:
      --db <path|url>          the store (default ./parallax.db, or PARALLAX_DB)
  -f, --format <md|json|html|csv>
                               output format (default: from -o's extension, else md)
  -o, --output <file>          write the report to a file (written whole, or not at all)
      --table <name>           one table as CSV: articles, coverage, quotes, framing or tone (see
                               parallax analyze --help)
      --terms, --outlets, --summary-words
                               as for parallax analyze: the report is computed with them from the
                               stored articles, printed, and not kept in the store
  -v, --verbose                also print how the story's facts stand in the articles, as
                               parallax analyze -v does
  -q, --quiet                  no final line on standard error (a merged or parted story's
                               note is still said)
  -h, --help                   this help
`,
  search: `Usage: parallax search "<query>" [options]

Search the stored articles' titles and texts, best first, each with its story and a snippet
(matches in [brackets]). Words must all match, each by its stem ("resignation" finds
"resigned"); "quoted words" match as a phrase; word* is a prefix of the stems; case and accents are
ignored.

Options:
      --db <path|url>          the store (default ./parallax.db, or PARALLAX_DB)
      --since <date>           only articles published on or after the date
      --outlet <name>          only articles of this outlet
      --limit <n>              at most n results (default 50)
  -f, --format <text|json>     text (default) or JSON
  -h, --help                   this help
`,
  articles: `Usage: parallax articles [options]

List the stored articles in ingest order: id, date (of publication; else of its last update,
marked "(updated)"; else the day it was stored, marked "(stored)"), outlet, story and title,
tab-separated; or every cleaned article as one JSON object per line, or all in one JSON array
(publishedAt null when undated, ingestedAt the time it was stored).

Options:
      --db <path|url>          the store (default ./parallax.db, or PARALLAX_DB)
      --since <date>           only articles published on or after the date
      --outlet <name>          only articles of this outlet
      --limit <n>              at most n articles
  -f, --format <text|jsonl|json>
                               text (default), JSON lines, or one JSON array
      --versions               also each article's earlier versions (its page read again with
                               another title or text): a line each under it, newest first (as
                               parallax article <id> --versions), or its "revisions" (oldest first)
  -h, --help                   this help
`,
  stats: `Usage: parallax stats [options]

The store's counts of articles, stories and outlets, its size and its last ingest, and its stored
reports by the Parallax version that made them.

A store shared by several versions (an upgrade rolled out to one machine first): each version
computes again, and stores, the reports an older version made; a report a newer version made of
the story's present articles is shown as it is and never replaced, or, when its report shape is one
this version cannot read, computed for each reader without being stored. So versions never undo
each other's reports: the newest analysis stays.

Options:
      --db <path|url>          the store (default ./parallax.db, or PARALLAX_DB)
  -f, --format <text|json>     text (default) or JSON
  -h, --help                   this help
`,
  serve: `Usage: parallax serve [options]

Serve the store as a web app: the stories, newest change first, with who covered them (a bar by
leaning when --outlets gives leanings) and filters by date, outlet and topic; full-text search; each
story's page (summary with citations, outlets, conflicts, coverage, quotes, figures, framing,
timeline); every citation opens the cited sentence highlighted in its article; add articles by
pasting text, uploading files or listing URLs (fetched as parallax fetch does). The same data as
JSON under /api/ (OpenAPI at /api/openapi.json).
The pages work without JavaScript. Stop it with Ctrl-C.

Options:
      --db <path|url>          the store (default ./parallax.db, or PARALLAX_DB)
  -p, --port <n>               the port (default 8080; 0 picks a free one)
      --host <address>         the address to listen on (default 127.0.0.1: this machine only;
                               0.0.0.0 lets anyone who can reach it read and add articles)
      --outlets <file>         your outlet table (JSON or CSV: name, domains, leaning, owner), for
                               the coverage bars and the framing; Parallax never invents leanings
  -q, --quiet                  no line on standard error when it starts
  -h, --help                   this help

Example:
  parallax serve --db news.db --outlets outlets.csv
`,
} as const;
