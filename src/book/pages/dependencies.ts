import { countByStatus, ROW_STATUSES, type DependencyRow } from '../../deps/rows.js';
import type { Book } from '../data.js';
import { EDGE_LOOK } from '../graph.js';
import { html, trusted } from '../html.js';
import { anchor, functionPage, linkFrom, PAGES } from '../ids.js';
import { page, type PageContext } from '../layout.js';
import { dataTable, type Row } from './shared.js';

const HERE = PAGES.dependencies;

/** dependencies.html: the graph drawn at build time (inline SVG), its legend, and what is still unmet. */
export function dependenciesPage(book: Book, svg: string, ctx: PageContext): string {
  const rows = book.deps.rows;
  const unmet = rows.filter((r) => r.status === 'unacknowledged' || r.status === 'unknown');
  const present = ROW_STATUSES.filter((s) => rows.some((r) => r.status === s));
  const body = html`
<p class="kicker">Who depends on whom</p>
<h1>Dependencies</h1>
<p class="lead">Each arrow is something a function expects of another team. It counts as met once that team has taken it into its own activities.</p>
<p class="muted">${summary(rows)}</p>
<ul class="legend" aria-label="Legend">${present.map(
    (s) => html`<li>${trusted(legendLine(s))}${EDGE_LOOK[s].words}</li>`,
  )}</ul>
<figure class="graph">
<div class="graph-scroll${wide(svg) ? ' wide' : ''}" tabindex="0" role="region" aria-label="Dependency graph: select a function to open its charter">
${trusted(svg)}
</div>
<figcaption>Every function appears, grouped by department; select one to open its charter. A number on an arrow counts the dependencies it stands for.</figcaption>
</figure>

<h2 id="unmet">Still unmet</h2>
${unmet.length === 0 ? html`<p><span class="pill ok">None</span> Every dependency inside the organization has been taken on.</p>` : dataTable([{ label: 'Function' }, { label: 'Expects of' }, { label: 'For' }], unmet.map((r) => row(book, r)))}
`;
  return page(HERE, 'Dependencies', ctx, body);
}

function row(book: Book, r: DependencyRow): Row {
  const from = book.functions.get(r.from);
  const to =
    r.targetKind === 'function' && book.functions.has(r.to)
      ? html`<a href="${linkFrom(HERE, functionPage(r.to))}">${book.functions.get(r.to)!.charter.name}</a>`
      : r.targetKind === 'department'
        ? html`<a href="${linkFrom(HERE, PAGES.index, anchor('dept', r.to))}">${book.departments.get(r.to)?.name ?? r.to}</a> <span class="muted small">(whole department)</span>`
        : r.targetKind === 'unknown'
          ? html`${r.to} <span class="pill error">unknown team</span>`
          : html`${r.to}`;
  return { cells: [from !== undefined ? html`<a href="${linkFrom(HERE, functionPage(r.from), 'expects')}">${from.charter.name}</a>` : r.from, to, r.for] };
}

/** A short sample of an edge's line, drawn as Graphviz draws it. */
function legendLine(status: keyof typeof EDGE_LOOK): string {
  const look = EDGE_LOOK[status];
  const dash = look.style === 'dashed' ? ' stroke-dasharray="6 4"' : look.style === 'dotted' ? ' stroke-dasharray="2 3"' : '';
  return `<svg width="36" height="10" aria-hidden="true" focusable="false"><line x1="0" y1="5" x2="36" y2="5" stroke="${look.color}" stroke-width="${look.penwidth + 0.5}"${dash}/></svg>`;
}

/** "48 dependencies: 38 taken on, 2 not yet, 8 on teams outside the organization." */
function summary(rows: readonly DependencyRow[]): string {
  if (rows.length === 0) return 'No function lists a dependency yet.';
  const counts = countByStatus(rows);
  const parts = [
    `${counts.get('acknowledged') ?? 0} taken on`,
    `${counts.get('unacknowledged') ?? 0} not yet taken on`,
    ...((counts.get('external') ?? 0) > 0 ? [`${counts.get('external')} on teams outside the organization`] : []),
    ...((counts.get('unknown') ?? 0) > 0 ? [`${counts.get('unknown')} on teams nobody has defined`] : []),
  ];
  return `${rows.length} ${rows.length === 1 ? 'dependency' : 'dependencies'}: ${parts.join(', ')}.`;
}

/** Points: wider than this, shrinking the graph to the page would make it unreadable, so it keeps its size and scrolls. */
const MAX_SHRINK_WIDTH = 2000;

function wide(svg: string): boolean {
  const width = /<svg[^>]*\swidth="([\d.]+)pt"/.exec(svg)?.[1];
  return width !== undefined && Number(width) > MAX_SHRINK_WIDTH;
}
