/** The CLI's help texts. */
export const HELP = {
  main: `parallax — one news story through every outlet that covered it

Usage:
  parallax analyze <paths...> [options]   group articles into stories and compare their coverage
  parallax extract <files...> [options]   print the cleaned text and metadata of single articles
  parallax ingest <paths...|-> [options]  add articles to a store; stories grow as articles arrive
  parallax stories [options]              list the store's stories, newest change first
  parallax story <id> [options]           the full report of one stored story
  parallax search "<query>" [options]     search the stored articles, best first, with snippets
  parallax articles [options]             list the stored articles (or export them as JSON lines)
  parallax article <id> [--versions]      one stored article, with its earlier versions
  parallax changes --since <time|id>      what changed in the stories since: new articles,
                                          corrections, merges and splits
  parallax stats [options]                the store's counts, size, last ingest, report versions
  parallax export --table <name>          one table of every stored story, as CSV or JSON lines
  parallax serve [options]                browse the store's stories in a browser (127.0.0.1:8080)
  parallax fetch <url|file...> [options]  fetch feeds, sitemaps, URL lists or pages into the store
  parallax watch --sources <file>         poll the sources' feeds and sitemaps, storing new articles
  parallax sources [options]              health of each followed source
  parallax reextract [options]            read the kept raw pages again, without fetching
  parallax --help | --version

Paths are files or folders (read recursively): .txt/.md (plain article text, as scraped),
.html/.htm (saved pages), .json/.jsonl (objects with "text" or "html", optional "title", "url",
"outlet", "publishedAt"). "-" reads standard input: one article (text or HTML), or a JSON or
JSONL bundle of them.

The store is ./parallax.db (SQLite) unless --db PATH or a postgres:// URL, or PARALLAX_DB, names
another. Run "parallax <command> --help" for the options of a command.
Exit status: 0 ok, 1 failed, 2 bad usage, 3 done but some inputs were skipped.
`,
  analyze: `Usage: parallax analyze <paths...> [options]

Group the articles into stories and report, per story, the articles, entities, quotes, figures,
facts and where outlets agree, conflict or stay silent, framing, a cited neutral summary and a
timeline.

Options:
  -f, --format <md|json|html|csv>
                                output format (default: from -o's extension .md, .json, .html or
                                .csv, else md); csv writes one table, named by --table
  -o, --output <file>           write the report to a file (written whole, or not at all)
      --table <name>            one table as CSV (RFC 4180): articles (id, key, outlet, date, url,
                                headline), coverage (each fact's mark per article, with its
                                sentence), quotes (speaker, kind, article, words), framing
                                (contested terms per outlet, with its words in headlines, own
                                voice and quotes, for rates), tone (per outlet). Every article has
                                its key: file name @ text hash, the same in the store's reports
      --summary-words <n>       length budget of each story's summary (default 120)
      --terms <file>            extra contested terms (JSON or CSV: term, neutral, note, and
                                use: label, act or blank for every use)
      --outlets <file>          your outlet table (JSON or CSV: name, domains, leaning, owner),
                                shown beside the framing; Parallax never invents leanings
      --manifest <file>         what you know of each input (CSV or JSON: file, outlet, url,
                                publishedAt, leaning); wins over what is read from the files. A
                                manifest.csv/.json or parallax-manifest.* among the inputs is
                                read as the manifest (never as an article) when this is not given
      --llm-endpoint <url>      rewrite summaries for fluency through an OpenAI-compatible server
                                (e.g. a local llama.cpp or Ollama); each rewritten sentence is
                                checked against its cited text, else the extractive one is kept.
                                Off by default; PARALLAX_LLM_KEY is sent as a bearer token
      --llm-model <name>        the model name to ask that server for
      --llm-budget <seconds>    one deadline for all the rewrites of the run (default 120); a
                                dead server costs at most this, and what is not rewritten by then
                                stays extractive
  -j, --jobs <n>                threads that analyse, the main one included (default: the cores
                                less one, so one on a 2-core machine); 1 runs in one thread, as
                                does a run of fewer than 100 articles per thread. The report is
                                the same for any number
      --article-timeout <s>     time budget (CPU seconds) of each article's cleaning and
                                segmenting, and of a story's analysis for each article in it
                                (default 5): an article past it is left out, a story keeps the
                                stages that finished, each with a reason (exit 3); the run goes on
  -q, --quiet                   no progress or final line on standard error
  -v, --verbose                 also print, per story, how the facts stand in the articles
                                other than each fact's own (✓ ✗ ◷) and the self-check: how many
                                cited supporters hold every number and date of what they are
                                cited for and give its quotation to no other person (also in
                                the JSON report as "check")
      --explain-grouping        print, per story, why each article is in it: its score (headline
                                and lead, names, body, trigger words, how much the weekdays and
                                months it names disagree), the names, lead terms and trigger
                                words it shares, the days it names, the days between them and
                                where its date came from (also in the JSON report as "grouping")
      --grouping-runs <n>       group in n orders and keep the run most like the others (default
                                1; 3 gave dev B-cubed +0.002 to +0.003 for three times the
                                grouping's time); the stories never depend on the input's order
  -h, --help                    this help

Examples:
  parallax analyze examples/harbor-bridge -o report.html
  parallax analyze articles/ --format json | jq '.stories[].title'
  parallax analyze articles/ --table quotes -o quotes.csv
`,
  extract: `Usage: parallax extract <files...> [options]

Print the cleaned body and metadata of each article, for piping (like trafilatura's CLI).

Options:
  -f, --format <text|json>   text: the cleaned body, articles separated by a blank line and a rule;
                             json: one JSON object per article per line (default: text)
      --manifest <file>      outlet, url, publishedAt of each input (CSV or JSON; see analyze)
      --article-timeout <s>  time budget (CPU seconds) of each article's cleaning (default 5):
                             an article past it is left out with a reason (exit 3)
  -h, --help                 this help
`,
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

List the stored articles in ingest order: id, date (of publication, else the day it was stored,
marked "(stored)"), outlet, story and title, tab-separated; or every cleaned article as one JSON
object per line, or all in one JSON array (publishedAt null when undated, ingestedAt the time it
was stored).

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
