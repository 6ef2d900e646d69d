import { STORE_HELP } from './store-help.ts';

/** The CLI's help texts: the overview, the file commands' (analyze, extract) and the store's (store-help.ts). */
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
  ...STORE_HELP,
} as const;
