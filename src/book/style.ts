/**
 * The book's one stylesheet (book.css): system fonts only (no web font, nothing
 * fetched), a readable measure, tables that scroll on a phone, and a print
 * stylesheet for a board pack.
 */
export const STYLESHEET_TEXT = `:root {
  --ink: #1f2937; --muted: #4b5563; --faint: #6b7280; --line: #e5e7eb; --paper: #ffffff;
  --wash: #f8fafc; --accent: #1d4ed8; --error: #b91c1c; --warn: #92400e; --ok: #166534;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: var(--paper);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
a { color: var(--accent); text-underline-offset: 2px; }
a:hover { text-decoration-thickness: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--paper); padding: .5rem; z-index: 1; }
header.site { border-bottom: 1px solid var(--line); background: var(--wash); }
header.site .bar { max-width: 68rem; margin: 0 auto; padding: .75rem 1.25rem; display: flex; flex-wrap: wrap;
  gap: .25rem 1.5rem; align-items: baseline; }
header.site .org { font-weight: 650; color: var(--ink); text-decoration: none; margin-right: auto; }
header.site nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.1rem; }
header.site nav a { color: var(--muted); text-decoration: none; }
header.site nav a[aria-current="page"] { color: var(--ink); font-weight: 600; border-bottom: 2px solid var(--accent); }
main { max-width: 68rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: .5rem 0 .75rem; letter-spacing: -0.01em; }
h2 { font-size: 1.35rem; margin: 2.25rem 0 .75rem; padding-top: .5rem; border-top: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
p, li { max-width: 46rem; }
.lead { font-size: 1.2rem; color: var(--ink); max-width: 44rem; }
.meta { color: var(--muted); margin: .25rem 0; }
.meta dt { display: inline; font-weight: 600; color: var(--ink); }
.meta dd { display: inline; margin: 0 1.25rem 0 .25rem; }
.kicker { text-transform: uppercase; letter-spacing: .06em; font-size: .8rem; color: var(--faint); margin: 0; }
.muted { color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: .75rem; margin: 1rem 0; }
.card { border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; background: var(--paper); }
.card .n { font-size: 1.6rem; font-weight: 650; display: block; }
.need { border: 1px solid var(--line); border-radius: .6rem; padding: .25rem 1.25rem 1rem; margin: 1rem 0; background: var(--wash); }
.need h3 { margin-top: 1rem; }
.dept { margin: .75rem 0 0; }
.dept h4 { margin: .75rem 0 .25rem; font-size: 1rem; }
.lead-by { font-weight: 400; color: var(--muted); font-size: .92rem; }
ul.functions { list-style: none; padding: 0; margin: 0; }
ul.functions li { padding: .45rem 0; border-top: 1px solid var(--line); max-width: none; }
ul.functions li:first-child { border-top: 0; }
ul.functions .who { color: var(--muted); font-size: .92rem; }
.table-wrap { overflow-x: auto; margin: .5rem 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { text-align: left; vertical-align: top; padding: .45rem .75rem .45rem 0; border-bottom: 1px solid var(--line); }
th { font-weight: 600; color: var(--muted); font-size: .85rem; text-transform: uppercase; letter-spacing: .04em; }
td.num, th.num { text-align: right; }
caption { text-align: left; font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--faint); padding: .25rem 0; }
ul.cell { margin: 0; padding-left: 1rem; }
ul.cell li { margin: 0 0 .2rem; }
nav.toc ul { list-style: none; padding: 0; margin: 1rem 0 0; display: flex; flex-wrap: wrap; gap: .35rem .5rem; max-width: none; }
nav.toc li { max-width: none; }
nav.toc a { display: inline-block; padding: .15rem .6rem; border: 1px solid var(--line); border-radius: 1rem; text-decoration: none; font-size: .9rem; color: var(--ink); }
nav.toc a:hover { border-color: var(--accent); }
.delivers { color: var(--muted); }
.pill { display: inline-block; font-size: .8rem; padding: 0 .5rem; border-radius: 1rem; border: 1px solid currentColor; white-space: nowrap; }
.pill.ok { color: var(--ok); } .pill.todo { color: #9a3412; } .pill.error { color: var(--error); }
.pill.warn { color: var(--warn); } .pill.neutral { color: var(--muted); }
ul.tree, ul.tree ul { list-style: none; padding-left: 1.25rem; margin: .25rem 0; border-left: 2px solid var(--line); }
ul.tree { padding-left: 1rem; }
ul.tree li { margin: .35rem 0; }
.small { font-size: .9rem; }
ul.findings { padding-left: 1.1rem; }
ul.findings li { margin: .4rem 0; }
.where { color: var(--faint); font-size: .85rem; }
figure.graph { margin: 1rem 0; }
.graph-scroll { overflow: auto; border: 1px solid var(--line); border-radius: .5rem; background: var(--paper); padding: .5rem; }
.graph-scroll svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
.graph-scroll.wide svg { max-width: none; }
.graph-scroll:focus { outline: 2px solid var(--accent); }
figcaption { color: var(--muted); font-size: .9rem; margin-top: .5rem; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; font-size: .9rem; }
.legend svg { vertical-align: middle; margin-right: .35rem; }
.chart ul { list-style: none; padding-left: 1.25rem; border-left: 2px solid var(--line); margin: .25rem 0; }
.chart > ul { border-left: 0; padding-left: 0; }
.chart .leader { font-weight: 600; }
footer.site { max-width: 68rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; color: var(--faint); font-size: .85rem; border-top: 1px solid var(--line); }
@media (max-width: 40rem) {
  body { font-size: 15.5px; }
  h1 { font-size: 1.6rem; }
  main { padding: 1rem 1rem 2rem; }
  .need { padding: .25rem .9rem .75rem; }
  .lead { font-size: 1.08rem; }
  .graph-scroll svg { max-width: none; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; width: 100%; }
  table.stack tr { border-bottom: 1px solid var(--line); padding: .5rem 0; }
  table.stack td { border: 0; padding: .15rem 0; text-align: left; }
  table.stack td::before { content: attr(data-label); display: inline-block; min-width: 5.5rem; margin-right: .5rem;
    font-size: .72rem; text-transform: uppercase; letter-spacing: .05em; color: var(--faint); }
  table.stack td:first-child::before { display: none; }
  table.stack td.num { display: inline-block; width: auto; margin-right: 1.25rem; }
  table.stack td.num::before { min-width: 0; }
}
@media print {
  @page { margin: 16mm 14mm; }
  body { font-size: 10.5pt; color: #000; }
  header.site nav, nav.toc, .skip, footer.site { display: none; }
  header.site { background: none; border: 0; }
  header.site .bar { padding: 0 0 .5rem; max-width: none; }
  .pill { border: 0; padding: 0; font-weight: 600; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  .need, .card, tr, li, figure { break-inside: avoid; }
  .graph-scroll { overflow: visible; border: 0; }
  .graph-scroll svg { max-width: 100%; }
  .table-wrap { overflow: visible; }
}
`;
