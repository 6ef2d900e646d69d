import { STYLE } from '../report/html-style.ts';

/**
 * The app's style sheet and script, served as files (`/assets/app.css`, `/assets/app.js`) so the
 * Content-Security-Policy needs no inline exception. The pages work without the script.
 */

/** The app's style sheet: the report's, then the app's own (lists, bars, marks, phone layout). */
export const APP_CSS = `${STYLE}
header.site{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;padding:.5rem 1rem;border-bottom:1px solid var(--line)}
header.site a{min-height:44px;display:inline-flex;align-items:center;padding:0 .3rem}
header.site .brand{font-weight:700;text-decoration:none;color:var(--fg)}
nav.site{display:flex;gap:.5rem;flex-wrap:wrap}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem}
form.filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin:1rem 0}
form.filters label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted)}
input,select,textarea,button{font:inherit;min-height:44px;padding:.3rem .5rem;border:1px solid var(--line);border-radius:.3rem;background:var(--bg);color:var(--fg);max-width:100%}
button,.button{background:var(--accent);color:#fff;border:0;padding:.3rem 1rem;cursor:pointer;text-decoration:none;display:inline-flex;align-items:center;min-height:44px;border-radius:.3rem}
textarea{width:100%;min-height:10rem}
ol.stories,ul.hits{list-style:none;padding:0;margin:0}
ol.stories>li,ul.hits>li{border-bottom:1px solid var(--line);padding:.8rem 0}
ol.stories h2,ul.hits h2{font-size:1.1rem;margin:0 0 .2rem;border:0;padding:0}
ol.stories h2 a,ul.hits h2 a{display:inline-block;max-width:100%;min-height:44px;padding:.5rem 0;text-decoration:none}
svg.bar{display:block;width:100%;max-width:24rem;height:12px;border-radius:3px;margin:.3rem 0}
.lean-left{fill:#1e5aa8}.lean-centre{fill:#8e8e93}.lean-right{fill:#b3261e}.lean-unknown{fill:var(--line)}
.legend span::before{content:"";display:inline-block;width:.8em;height:.8em;margin-right:.25em;border-radius:2px;vertical-align:-.1em;background:var(--line)}
.legend .l-left::before{background:#1e5aa8}.legend .l-centre::before{background:#8e8e93}.legend .l-right::before{background:#b3261e}
.legend span{margin-right:.8em;font-size:.85rem;color:var(--muted)}
.flag{display:inline-block;font-size:.8rem;padding:.05rem .4rem;border-radius:.3rem;background:#fdecea;color:#8c1d18;border:1px solid #f2b8b5}
.hit-snippet mark,.article-body mark.hl{background:#fff59d;color:#000}
.article-body{font-size:1.05rem}
.article-body p{margin:.8rem 0}
.article-body mark.hl{outline:2px solid #e0a800;border-radius:2px;scroll-margin:30vh}
.m-person{border-bottom:2px solid #6a1b9a}.m-organization{border-bottom:2px solid #00695c}
.m-place{border-bottom:2px solid #ef6c00}.m-quote{background:rgba(26,95,180,.12)}
.m-figure{font-weight:600;border-bottom:2px dotted var(--fg)}
.keys span{margin-right:.8em;font-size:.85rem}
.removed li{color:var(--muted);margin:.3rem 0}
.removed li small{display:block;font-style:italic}
.back{display:inline-flex;align-items:center;min-height:44px}
.neighbours li{margin:.3rem 0}
.neighbours a{display:inline-block;min-height:44px;padding:.6rem 0}
.notice{background:var(--card);border-left:4px solid var(--accent);padding:.6rem .8rem}
.error{border-left-color:var(--conflict)}
progress{width:100%;max-width:30rem;height:1.2rem}
fieldset{border:1px solid var(--line);border-radius:.4rem;margin:1rem 0;min-width:0}
.fields{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.5rem}
.fields label{display:flex;flex-direction:column;font-size:.9rem}
.pager a{display:inline-flex;min-height:44px;align-items:center}
`;

/**
 * The app's script, an enhancement only: the cited sentence is brought to the middle of the screen
 * and focused, so a keyboard or screen-reader user lands on it; and a "back" link to the page just
 * left goes back in the history, so the reader finds that page where they were (its scroll, its open
 * expanders) instead of at its top; and an ingest's progress page is brought up to date in place
 * (the page refreshes itself without script, which a screen reader would read again every second).
 * (The sentence is highlighted by the server and the back link opens its page without it.)
 */
export const APP_JS = `'use strict';
(function () {
  // an ingest under way: its progress read from the API each second, said once in its status line,
  // and the page read again once it is over (without script the page refreshes itself)
  var job = document.querySelector('[data-job][data-running]');
  if (job) {
    var bar = job.querySelector('progress');
    var status = job.querySelector('[role=status]');
    var poll = function () {
      fetch('/api/jobs/' + encodeURIComponent(job.getAttribute('data-job')))
        .then(function (res) { return res.ok ? res.json() : null; })
        .then(function (now) {
          if (!now) return;
          if (now.state === 'done' || now.state === 'failed') return location.reload();
          bar.max = Math.max(now.totalFiles, 1);
          bar.value = now.files;
          bar.textContent = now.files + ' of ' + now.totalFiles;
          if (status.textContent !== now.message) status.textContent = now.message;
          setTimeout(poll, 1000);
        }, function () { setTimeout(poll, 3000); });
    };
    setTimeout(poll, 1000);
  }
  var hl = document.querySelector('mark.hl');
  if (hl) {
    hl.setAttribute('tabindex', '-1');
    hl.focus({ preventScroll: true });
    hl.scrollIntoView({ block: 'center' });
  }
  var back = document.querySelector('a.back');
  if (!back || !document.referrer || history.length < 2) return;
  var to = new URL(back.href, location.href);
  var from = new URL(document.referrer);
  if (from.origin !== to.origin || from.pathname !== to.pathname || from.search !== to.search) return;
  back.addEventListener('click', function (event) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    history.back();
  });
})();
`;
