/** The help texts of the fetch commands (fetch, watch, sources, reextract). */
export const FETCH_HELP = {
  fetch: `Usage: parallax fetch <url|file...> [options]

Read feeds (RSS 0.9x/2.0, Atom, RDF, JSON Feed), sitemaps (news sitemaps, sitemap indexes), lists
of URLs (one a line; a local file too), single article pages or a site's home page (for the feeds
it links, else one found at /feed, /rss.xml, ... where robots.txt allows), fetch every listed page
the store has not handled yet, extract it as "extract" reads a saved page, and store it once (by
its URL, canonical URL or text). The raw page is kept, compressed, for "parallax reextract".
Politely: robots.txt obeyed, at most 2 requests at once per host and a pause between them,
conditional GET for feeds (and for pages fetched again), 429/5xx retried after Retry-After or a
backoff, a timeout and a size cap per page, no redirect to another scheme or to a private address.

Options:
      --db <path|url>        the store (default ./parallax.db, or PARALLAX_DB)
      --sources <file>       fetch every URL of these sources (CSV or JSON: name, urls, leaning,
                             owner, every); their outlet names and leanings are kept in the store
      --delay <duration>     least time between two requests to one host (default 1s; 0 allowed)
      --per-host <1|2>       requests at once to one host (default 2)
      --timeout <duration>   longest one request may take, body included (default 30s)
      --max-page-mb <n>      largest page read, in MB (default 5)
      --allow-private        allow private and loopback addresses (an intranet, tests); without
                             it such a URL given here is a usage error (exit status 2)
      --user-agent <text>    the User-Agent (default Parallax/<version>, with (+URL) when
                             package.json names a homepage or repository)
      --since <date>         leave out listed pages dated before this date (undated ones kept)
      --max-pages <n>        fetch at most n pages this run; the rest wait for the next run
      --refresh              fetch again the listed pages handled before, each asked with its
                             ETag / Last-Modified (unchanged: 304); a changed page replaces its
                             article when the extraction changed (same id and story)
  -j, --jobs <n>             threads that read and segment pages (default: 1 thread)
  -f, --format <text|json>   json: print the run's summary as JSON on standard output
  -q, --quiet                no progress on standard error
  -v, --verbose              print each request on standard error: URL, status, time in ms
  -h, --help                 this help

Durations: 500ms, 2s, 15m, 1h. Exit status 3: done, but some pages or feeds failed, or a problem
was met that no earlier run told (a feed item with no http(s) link, a page robots.txt disallows:
told once, then counted as known, and listed with "known": true by -f json). Ctrl-C stops
the run after the pages in hand are stored (exit status 130); run it again for the rest.

Examples:
  parallax fetch https://news.example/rss.xml --db news.db
  parallax fetch https://news.example/ --db news.db --refresh
  parallax fetch https://news.example/sitemap-news.xml urls.txt --delay 2s
`,
  watch: `Usage: parallax watch --sources <file> [options]

Poll each source's feeds and sitemaps when due (its "every", else --every after it was last
checked, as the store remembers: a restarted watcher does not fetch again what it just fetched)
and store new articles as "parallax fetch" does. Stops cleanly on Ctrl-C (what was fetched is
stored). A stored article's page is asked again, conditionally, 1 hour, 6 hours, 1 day and 3 days
after its publication date (its listing's, else its page's own), so a correction is read; a page
no date is known of (neither its listing nor the page gives one) is not: --refresh asks it.

Options:
      --sources <file>       the sources (CSV or JSON: name, urls, leaning, owner, every)
      --every <duration>     poll interval of sources that name none (default 15m, at least 1m)
      --recheck-days <n>     at every poll, ask again (conditionally: 304 when unchanged) each
                             stored page its feed dates within the last n days, reading the
                             feeds in full: a correction is read at the next poll (1-30)
      --once                 one round of the sources that are due, then exit (for cron;
                             exit status 3 when a page or feed of it failed, or a new
                             problem was met, as for parallax fetch); to poll every source
                             now, due or not: parallax fetch --sources <file>
      --db, --delay, --per-host, --timeout, --max-page-mb, --allow-private, --user-agent,
      --since, --max-pages, --refresh, -j, -q, -v
                             as for parallax fetch (--max-pages: per round; --refresh: every
                             listed page is asked again, conditionally, at every poll)
  -h, --help                 this help

Example:
  parallax watch --sources sources.csv --every 15m --db news.db
`,
  sources: `Usage: parallax sources [options]

The health of each followed source: when its feeds last answered, the share of failed requests,
new articles a day over the last 7 days, and its last error. Below it, the pages given up on (failed
at 3 attempts or more over at least 6 hours: no run asks them again), the latest first;
parallax fetch URL asks one again. A failed page is asked again 10 minutes after it failed,
then after 20, 40, 80 minutes and so on (at most 3 hours apart): a site down for an hour loses
nothing.

The sources are the rows of the file given to parallax watch --sources FILE or parallax fetch
--sources FILE (CSV or JSON: name, urls, leaning, owner, every), kept in the store by name: to
follow another source, add its row to that file (there is no "sources add").

Options:
      --db <path|url>        the store (default ./parallax.db, or PARALLAX_DB)
  -f, --format <text|json>   output format (default text)
  -h, --help                 this help
`,
  reextract: `Usage: parallax reextract [options]

Read the kept raw pages (of pages fetched from the web: fetch, watch, URLs added in serve; ingest
keeps none) again with this version's extractor, without fetching. Into the same store,
an article whose extraction changed is replaced (same id and story; the story's report is computed
again, as for any changed story) and pages that gave no article before are read again; it says how
many changed. With --into, every kept page becomes an article of the other store, with its page
record and raw bytes: a store rebuilt with a better extractor.

Options:
      --db <path|url>        the store whose raw pages are read (default ./parallax.db)
      --into <path|url>      the store to write into (default: the same)
  -j, --jobs <n>             threads that read and segment pages
  -f, --format <text|json>   json: print the summary as JSON on standard output
  -q, --quiet                no progress on standard error
  -h, --help                 this help
`,
} as const;
