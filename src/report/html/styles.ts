/**
 * The report's only stylesheet, inlined (allowed by the page's CSP through its
 * hash). System fonts only: the page must open offline with no requests.
 */
export const STYLES = `
:root{--fg:#1d232b;--muted:#5b6673;--line:#d9dee4;--bg:#f6f7f9;--card:#fff;--err:#c62828;--warn:#b26a00;--info:#1f5fa8;--ok:#2e7d32;--mark:#fff1a8}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1100px;margin:0 auto;padding:0 20px 48px}
header.page{background:#1d2733;color:#fff;padding:20px 0 16px}
header.page .inner{max-width:1100px;margin:0 auto;padding:0 20px}
header.page h1{margin:0 0 4px;font-size:24px}
header.page p{margin:0;color:#c9d3de}
header.page nav a{color:#fff;margin-right:16px;font-size:14px}
.counts{display:flex;gap:10px;flex-wrap:wrap;margin:10px 0}
.count{background:rgba(255,255,255,.1);border-radius:6px;padding:4px 10px;font-size:14px}
h2{margin:32px 0 8px;font-size:20px}
h3{margin:24px 0 8px;font-size:16px;color:var(--muted);text-transform:none}
.summary{color:var(--muted);margin:0 0 12px}
.filters{position:sticky;top:0;z-index:2;background:var(--bg);border-bottom:1px solid var(--line);padding:10px 0;display:flex;flex-wrap:wrap;gap:6px 16px;align-items:center}
.filters .group{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.filters .label{font-size:13px;color:var(--muted);margin-right:2px}
.filters button{font:inherit;font-size:13px;border:1px solid var(--line);background:#fff;border-radius:999px;padding:2px 10px;cursor:pointer}
.filters button[aria-pressed="true"]{background:#1d2733;color:#fff;border-color:#1d2733}
#shown{font-size:13px;color:var(--muted);margin-left:auto}
.finding{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--info);border-radius:8px;padding:12px 16px;margin:10px 0;break-inside:avoid}
.finding.sev-error{border-left-color:var(--err)}
.finding.sev-warning{border-left-color:var(--warn)}
.finding .head{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
.finding .msg{flex:1;min-width:60%;font-weight:600}
.badge{display:inline-block;border-radius:4px;padding:0 8px;font-size:12px;font-weight:700;text-transform:uppercase;letter-spacing:.03em;color:#fff;background:var(--info)}
.badge.error{background:var(--err)}
.badge.warning{background:var(--warn)}
code,.loc{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}
table{border-collapse:collapse;width:100%;margin-top:10px}
th,td{text-align:left;vertical-align:top;padding:6px 8px;border-top:1px solid var(--line)}
th{font-size:12px;color:var(--muted);font-weight:600;text-transform:uppercase;letter-spacing:.03em}
td.value{font-weight:600;white-space:nowrap}
tr.majority td{background:#eef7ee}
.maj{display:inline-block;margin-left:6px;font-size:11px;font-weight:700;color:var(--ok);border:1px solid var(--ok);border-radius:4px;padding:0 4px}
.chip{display:inline-block;background:#eef1f5;border-radius:4px;padding:0 6px;margin:0 4px 4px 0;font-size:13px;color:inherit;text-decoration:none}
ul.ev{margin:0;padding:0;list-style:none}
ul.ev li{margin:0 0 6px}
.sentence{display:block}
mark{background:var(--mark);padding:0 2px;border-radius:2px;font-weight:600}
.none{color:var(--ok);font-weight:600}
figure{margin:12px 0;background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px}
figcaption{font-size:13px;color:var(--muted);padding:0 8px 6px}
svg.timeline{display:block;font:12px system-ui,sans-serif}
.tl-band{fill:transparent}
.tl-row:nth-child(even) .tl-band{fill:#f6f7f9}
.tl-label{fill:var(--fg)}
.tl-guide{stroke:var(--line)}
.tl-axis{stroke:var(--muted)}
.tl-tick line{stroke:#e8ebef}
.tl-tick text{fill:var(--muted)}
.tl-day{fill:var(--info);stroke:#fff;stroke-width:1.5}
.tl-span{fill:var(--info);fill-opacity:.28;stroke:var(--info);stroke-width:1}
.tl-day:hover,.tl-span:hover{fill:var(--err)}
.sources{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:12px}
.source{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 16px;break-inside:avoid}
.source h3{margin:0 0 4px;color:var(--fg);font-size:15px}
.source dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:6px 0;font-size:13px}
.source dt{color:var(--muted)}
.source dd{margin:0;overflow-wrap:anywhere}
details summary{cursor:pointer;font-size:13px;color:var(--info)}
details table{font-size:13px}
footer{color:var(--muted);font-size:12px;margin-top:40px}
@media print{body{background:#fff;font-size:12px}.filters,header.page nav{display:none}header.page{background:#fff;color:#000;border-bottom:2px solid #000}header.page p,.count{color:#000}.finding,.source,figure{border-color:#999}a{color:inherit;text-decoration:none}}
`;
