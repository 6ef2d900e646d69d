/**
 * The story page's stylesheet (also the article text's): no web fonts, no images, dark mode aware;
 * a grid of outlet cards, conflicts in columns, the coverage matrix as a table on a wide screen and as
 * cards on a phone, tap targets of at least 44 px. Served as a file by `parallax serve`, inlined in
 * the single-file report.
 */
export const STORY_PAGE_CSS = `
:root{--fg:#1d1d1f;--muted:#4f5359;--bg:#fff;--card:#f4f5f7;--line:#d3d6db;--accent:#1a56a8;--agree:#1e6b23;--miss:#6b6f75;--conflict:#b3261e;--mark:#ffe066}
@media (prefers-color-scheme:dark){:root{--fg:#e8eaed;--muted:#b0b5bb;--bg:#15171a;--card:#1f2226;--line:#3c4043;--accent:#8ab4f8;--agree:#81c995;--miss:#9aa0a6;--conflict:#f28b82}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);overflow-wrap:break-word}
main{max-width:80rem;margin:0 auto;padding:0 1rem 2rem}
a{color:var(--accent)}
.meta,small{color:var(--muted)}
.px-story{margin:0 0 3rem}
.px-head h1,.px-head h2{font-size:1.45rem;line-height:1.25;margin:.6rem 0 .2rem}
.px-head p{margin:.15rem 0;font-size:.9rem}
.px-part>h2,.px-part>h3,.px-section>summary>h2,.px-section>summary>h3{font-size:.9rem;margin:.8rem 0 .35rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.px-part>h2 small,.px-part>h3 small,.px-section>summary>h2 small,.px-section>summary>h3 small{text-transform:none;letter-spacing:0;font-weight:400;margin-left:.3rem}
h4,.px-body h3,.px-part-page>h2{margin:1rem 0 .4rem;font-size:1rem}
.px-menu{position:sticky;top:0;z-index:3;display:flex;gap:.15rem;overflow-x:auto;scrollbar-width:thin;background:var(--bg);border-bottom:1px solid var(--line);margin:.4rem -1rem 0;padding:0 .6rem}
.px-menu a{flex:none;display:inline-flex;align-items:center;min-height:44px;min-width:44px;padding:0 .55rem;text-decoration:none;font-size:.92rem;border-radius:.3rem}
.px-menu a:hover,.px-menu a:focus-visible{background:var(--card)}
[id]{scroll-margin-top:3.5rem}
.px-sum>h2,.px-sum>h3{margin:.15rem 0 .3rem}
.px-summary{font-size:1rem;line-height:1.5;margin:.2rem 0 .4rem;max-width:72rem}
.cites{white-space:normal}
.px-sent{display:block}.px-sent+.px-sent{margin-top:.15rem}.px-tail{white-space:nowrap}
a.cite{position:relative;display:inline-flex;align-items:center;justify-content:center;min-width:44px;min-height:44px;max-width:100%;vertical-align:middle;margin:0 .05rem;text-decoration:none}
a.cite>span{font-size:.76rem;line-height:1.3;padding:.05rem .4rem;border-radius:1rem;background:var(--card);border:1px solid var(--line);white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:100%}
a.cite:hover>span,a.cite:focus-visible>span{border-color:var(--accent)}
.px-more>summary,.px-section>summary{cursor:pointer;min-height:44px;display:flex;align-items:center;gap:.4rem}
.px-article>summary{cursor:pointer;min-height:44px;padding:.55rem 0;list-style:none}
.px-article>summary::-webkit-details-marker{display:none}
.px-more>summary{color:var(--accent);font-size:.95rem}
.px-all{margin:.3rem 0}
.px-all a{display:inline-flex;align-items:center;min-height:44px}
.px-section>summary::-webkit-details-marker{display:none}
.px-section>summary::before,.px-article>summary::before{content:"▸";color:var(--muted);display:inline-block;margin-right:.3rem;transition:transform .15s}
.px-section[open]>summary::before,.px-article[open]>summary::before{transform:rotate(90deg)}
/* Without script, a link into a closed expander shows its target even where the browser does not open the
   expander itself (Chromium does): the standard ::details-content, ignored where unknown. The script marks
   the page .px-js and opens the expander instead, so there it can still be closed. */
html:not(.px-js) details:has(:target)::details-content{display:block;content-visibility:visible}
.px-section{border-top:1px solid var(--line)}
.px-section>summary>h2,.px-section>summary>h3{margin:0}
.px-section>.px-body{padding:.2rem 0 1rem;scroll-margin-top:6.5rem}
ul.points{padding-left:1.1rem}
.px-cards{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(10.5rem,1fr));gap:.6rem}
.px-card{position:relative;background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.4rem .6rem .35rem;min-width:0}
.px-card p{margin:0}
.px-card-outlet{font-weight:600}
.px-card-outlet{line-height:1.3;padding-right:1.6rem}
.px-card>.px-original{position:absolute;top:0;right:0;justify-content:center;min-width:44px;font-size:1rem;text-decoration:none}
.px-card-outlet time{display:block;font-weight:400;font-size:.8rem;color:var(--muted)}
.px-card-title{font-size:.9rem;line-height:1.3;margin:.15rem 0!important}
.px-card-title a{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;line-clamp:3;overflow:hidden;min-height:44px;color:inherit;text-decoration-color:var(--line)}
.px-card-title a:hover,.px-card-title a:focus-visible{color:var(--accent)}
.px-card-facts{list-style:none;padding:0;margin:0;font-size:.82rem;line-height:1.45}
.px-k{color:var(--muted);font-size:.78rem;text-transform:uppercase;letter-spacing:.03em;margin-right:.25rem}
.px-word{display:inline-block;background:var(--bg);border:1px solid var(--line);border-radius:.25rem;padding:0 .25rem;margin:.05rem 0;line-height:1.3}
.px-original,.px-back{display:inline-flex;align-items:center;min-height:44px;min-width:44px;font-size:.9rem}
.px-conflict{margin:.3rem 0 .5rem}
.px-about{margin:.1rem 0 .3rem}
.px-sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.6rem}
.px-side{background:var(--card);border-left:4px solid var(--conflict);border-radius:.4rem;padding:.4rem .7rem}
.px-claim{font-weight:600;margin:0 0 .1rem;line-height:1.35}
.px-stated{font-weight:400}
.px-side-quotes{list-style:none;padding:0;margin:0}
.px-quote-link{display:block;min-height:44px;padding:.15rem 0;color:inherit;text-decoration:none;font-size:.9rem;line-height:1.4}
.px-quote-link .px-outlet{display:inline;color:var(--accent);font-size:.82rem;font-weight:600;margin-right:.3rem}
.px-quote-link:hover .px-outlet{text-decoration:underline}
.px-matrix{border-collapse:collapse;width:100%;font-size:.92rem}
.px-matrix th,.px-matrix td{border-bottom:1px solid var(--line);padding:.2rem .3rem;text-align:left;vertical-align:middle}
.px-matrix thead th{font-size:.8rem;font-weight:600;vertical-align:bottom;text-align:center}
.px-matrix th.px-fact{min-width:18rem;font-weight:400;text-align:left}
.px-cell{text-align:center}
.px-mark{display:inline-flex;align-items:center;justify-content:center;gap:.35rem;min-width:44px;min-height:44px;border-radius:.4rem;text-decoration:none;font-size:1.15rem;font-weight:700}
a.px-mark:hover,a.px-mark:focus-visible{background:var(--card)}
.px-claim-of{font-size:.7rem;font-weight:400;margin-left:.25rem;display:inline-block;max-width:9rem;white-space:normal;overflow-wrap:anywhere;text-align:left}
.px-supports{color:var(--agree)}.px-contradicts{color:var(--conflict)}.px-absent,.px-published-before{color:var(--miss);font-weight:400}
.px-cell-outlet,.px-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.px-status{display:inline-block;font-size:.75rem;color:var(--muted);border:1px solid var(--line);border-radius:.25rem;padding:0 .3rem}
.px-status.px-conflicting{color:var(--conflict);border-color:var(--conflict)}
@media (max-width:40rem){
.px-head h1,.px-head h2{font-size:1.25rem}
.px-summary{font-size:.95rem;line-height:1.5}
.px-part>h2,.px-part>h3,.px-section>summary>h2,.px-section>summary>h3{font-size:.85rem}
.px-matrix,.px-matrix tbody,.px-matrix tr{display:block}
.px-matrix thead{display:none}
.px-matrix tr{display:flex;flex-wrap:wrap;gap:.25rem;border:1px solid var(--line);border-radius:.5rem;padding:.5rem;margin:.5rem 0}
.px-matrix th.px-fact{display:block;flex-basis:100%;min-width:0;border:0;padding:0 0 .2rem}
.px-matrix td{display:block;border:0;padding:0}
.px-cell-outlet{position:static;width:auto;height:auto;overflow:visible;clip:auto;font-size:.8rem;font-weight:400;color:var(--fg)}
.px-mark{border:1px solid var(--line);padding:0 .5rem;font-size:1rem}
.px-cards{grid-template-columns:1fr 1fr;gap:.45rem}
.px-card{padding:.45rem .55rem}
.px-card-title{font-size:.86rem}
.px-card-outlet{font-size:.92rem;overflow-wrap:anywhere}
.px-card-facts{font-size:.8rem}
.px-word{padding:0 .2rem}
}
.px-quotes,.px-figures,.px-entities{padding-left:1.1rem}
.px-events{padding-left:2rem}
.px-quotes li,.px-figures li,.px-entities li,.px-events li{margin:.35rem 0}
q{quotes:none}
.px-charts{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}
.px-chart{margin:0;max-width:100%}
.px-chart figcaption{font-weight:600;font-size:.9rem}
.px-chart svg,.px-timeline{max-width:100%;height:auto;display:block}
.px-timeline{color:var(--accent)}
.px-bar{fill:var(--accent)}
.px-tone{max-width:100%;height:auto;display:block}
.px-neg{fill:var(--conflict)}.px-pos{fill:var(--agree)}
.px-contested{padding-left:1.1rem}.px-contested li{margin:.4rem 0}
.px-scroll{position:relative;overflow-x:auto;max-width:100%}
.px-scroll table{border-collapse:collapse;font-size:.9rem}
.px-scroll th,.px-scroll td{border:1px solid var(--line);padding:.3rem .45rem;text-align:left;vertical-align:top}
td.c{text-align:center}
.px-alone{background:var(--card);border-radius:.4rem;padding:.6rem .8rem}
.px-article>summary{font-size:.95rem}
.px-article .px-outlet{font-weight:600}
.px-article-bar{position:sticky;top:45px;z-index:2;background:var(--bg);display:flex;flex-wrap:wrap;align-items:center;gap:0 1rem;margin:0;border-bottom:1px solid var(--line)}
.px-article-text{background:var(--card);padding:.4rem 1rem;border-radius:.4rem;margin:.4rem 0 1rem}
.px-article-text p{margin:.5rem 0}
.px-ev{scroll-margin-top:40vh;scroll-margin-bottom:30vh}
.px-ev:target,.px-ev.px-on{background:var(--mark);color:#000;outline:2px solid #b58900;border-radius:2px}
::highlight(px-hl){background-color:#ffe066;color:#000}
.px-issues li{font-size:.9rem}
.px-top{max-width:80rem;margin:0 auto;padding:.6rem 1rem 0;font-size:.9rem;color:var(--muted)}
.px-top h1{font-size:1rem;margin:0;display:inline}
.px-story-list{margin:.3rem 0;padding-left:1.3rem;font-size:.9rem}
.px-story-list a{display:inline-flex;align-items:center;min-height:44px;line-height:1.3}
@media (min-width:64rem){.px-story-list{display:grid;grid-template-columns:repeat(auto-fill,minmax(26rem,1fr));gap:0 2.5rem}}
.id{font-family:ui-monospace,monospace;font-size:.85em}
`;
