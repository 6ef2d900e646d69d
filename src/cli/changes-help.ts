/** The help texts of `parallax changes` and `parallax article` (see ./changes-command.ts). */
export const CHANGES_HELP = {
  changes: `Usage: parallax changes --since <time|article id> [options]

What changed in the stories since a time: the stories that gained articles, whose articles' pages
were read again with another title or text (updated: an update, a correction or a page cleaned
otherwise; the store keeps the earlier version), or that merged or split, newest change first. Each
names its newest new and updated articles (five of each; the rest counted), an updated one with the
correction, clarification or update note its page added ("a correction added"; none named when the
page gave no note), and its merges and splits. Not listed: a story whose articles only moved to or
from another stored story without a merge or split (a regrouping), or that was re-extracted. A
first page ends with the time to look again from, once every page is read: its newest change, or
the time an article still in no story was stored when earlier (a fetch places its pages at its
end), so nothing is missed; a story at that time is listed again.

Under each story, what its report now tells that its articles stored before the time did not (its
report is read as stored, or computed again and kept when stale, as parallax story does): outlets
new to it; figures updated, where the report itself shows the change (a value that rose or fell, or
an outlet updating its own); new figures (none an earlier article gives for the same counted thing),
with who gives them and the sentence; new differences to check (a side only new articles tell, read
side by side, not a contradiction); new quotes (who, which outlet); corrections and other notes of
new articles or added by a page read again; facts only new articles tell. Eight of each at most. An
article updated since counts as an earlier one here (its note is listed). The store keeps only the
present report: a difference or fact gone since is not told. A story all of whose articles are new
is said to be new, as a whole.

Options:
      --db <path|url>          the store (default ./parallax.db, or PARALLAX_DB)
      --since <time|id>        a date (2026-12-06, midnight UTC), a time (2026-12-06T08:30Z; one
                               without a zone, 2026-12-06T08:30, is UTC), or a stored article's id
                               (the time the store stored it)
      --limit <n>              at most n stories (default 50)
      --after <cursor>         the next page: the cursor the page before printed
      --brief                  only the articles, merges and splits (no report is read or computed)
  -f, --format <text|json>     text (default) or JSON ({ since, changes, next, newest }; each change
                               with \`news\`, but with --brief: { newStory, newArticles, outlets,
                               updates, figures, differences, quotes, corrections, facts, more }:
                               each row with the article ids and labels that tell it)
  -q, --quiet                  taken as by the other commands (changes writes nothing on standard
                               error but errors)
  -h, --help                   this help
`,
  article: `Usage: parallax article <id> [options]

One stored article: its title, outlet, dates, story, address and cleaned text, and how many earlier
versions of it the store kept (its page read again with another title or text: an update, a
correction or a page cleaned otherwise; the store does not know which).

Options:
      --db <path|url>          the store (default ./parallax.db, or PARALLAX_DB)
      --versions               also the earlier versions, newest first: when each was replaced, its
                               headline when another, the paragraphs the next version removed (-)
                               and added (+)
  -f, --format <text|json>     text (default) or JSON: the article with storyId, ingestedAt and
                               revisions (each earlier version, oldest first, with titleChanged,
                               removed and added)
  -q, --quiet                  taken as by the other commands (article writes nothing on standard
                               error but errors)
  -h, --help                   this help
`,
};
