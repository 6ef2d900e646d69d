/** The report page's whole stylesheet: inline, no web fonts, readable on a phone, dark mode aware. */
export const STYLE = `
:root{--fg:#1d1d1f;--muted:#5f6368;--bg:#fff;--card:#f6f7f9;--line:#dadce0;--accent:#1a5fb4;--agree:#2e7d32;--miss:#9e9e9e;--conflict:#c62828}
@media (prefers-color-scheme:dark){:root{--fg:#e8eaed;--muted:#9aa0a6;--bg:#15171a;--card:#1f2226;--line:#3c4043;--accent:#8ab4f8}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.3rem;margin-top:2.5rem;border-bottom:2px solid var(--line);padding-bottom:.3rem}
h3{font-size:1.05rem;margin-top:1.6rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
a{color:var(--accent)}
.meta,small{color:var(--muted)}
section.story{margin-bottom:3rem}
ul.articles{padding-left:1.1rem}
.id{font-family:ui-monospace,monospace;font-size:.85em}
sup a.cite{font-size:.75em;text-decoration:none;margin-left:1px;padding:0 .2em;border-radius:.2em;background:var(--card);border:1px solid var(--line)}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.92rem;display:block;overflow-x:auto}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:var(--card)}
.article-text{background:var(--card);padding:.8rem 1rem;border-radius:.4rem;margin:.6rem 0 1.2rem}
.article-text p{margin:.4rem 0}
.article-text mark{background:#fff59d;color:#000}
:target{outline:2px solid var(--accent);background:#fff59d;color:#000}
details summary{cursor:pointer;color:var(--muted)}
.issues li{font-size:.9rem}
`;
