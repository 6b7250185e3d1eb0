import { countBySeverity } from '../../findings/finding.js';
import type { Book, BookDepartment, BookFunction } from '../data.js';
import { html, type Html } from '../html.js';
import { anchor, functionPage, linkFrom, PAGES } from '../ids.js';
import { page, plural, type PageContext } from '../layout.js';
import type { OrgChartNode } from '../structure.js';
import { dataTable } from './shared.js';

const HERE = PAGES.index;

/** index.html: the organization, its customer needs with the departments and functions accountable, health, org chart. */
export function indexPage(book: Book, ctx: PageContext): string {
  const org = book.org;
  const counts = countBySeverity(book.findings);
  const deps = book.deps.rows;
  const inside = deps.filter((r) => r.status !== 'external').length;
  const taken = deps.filter((r) => r.status === 'acknowledged').length;
  const headcounts = [...book.functions.values()].map((f) => f.headcount).filter((h): h is number => h !== undefined);

  const body = html`
<p class="kicker">Customer Success charters</p>
<h1>${book.title}</h1>
${org?.definition !== undefined ? html`<p class="lead">${org.definition}</p>` : book.org === undefined ? html`<p class="lead muted">No org.yaml: departments are the ones the charters name.</p>` : ''}
${book.sponsor !== undefined ? html`<dl class="meta"><dt>Executive sponsor</dt><dd>${book.sponsor}</dd></dl>` : ''}

<div class="cards">
  <div class="card"><span class="n">${book.functions.size}</span>${book.functions.size === 1 ? 'function' : 'functions'}</div>
  <div class="card"><span class="n">${book.departments.size}</span>${book.departments.size === 1 ? 'department' : 'departments'}</div>
  ${headcounts.length > 0 ? html`<div class="card"><span class="n">${headcounts.reduce((a, b) => a + b, 0).toLocaleString('en-US')}</span>people${headcounts.length < book.functions.size ? ' (where known)' : ''}</div>` : ''}
  <div class="card"><span class="n">${taken}<span class="muted small"> / ${inside}</span></span><a href="${linkFrom(HERE, PAGES.dependencies)}">dependencies inside the organization taken on</a></div>
  <div class="card">${book.findings.length === 0 ? html`<span class="n">0</span><a href="${linkFrom(HERE, PAGES.findings)}">problems in the charters</a>` : html`<span class="n">${book.findings.length}</span><a href="${linkFrom(HERE, PAGES.findings)}">problems to fix</a> <span class="muted small">(${plural(counts.errors, 'error')})</span>`}</div>
</div>

${book.needs.length > 0 ? html`<h2>What our customers need, and who answers each need</h2>
${book.needs.map(
  (need) => html`<section class="need" id="${anchor('need', need.id)}" aria-labelledby="${anchor('need', need.id)}-h">
<h3 id="${anchor('need', need.id)}-h">${need.name}</h3>
${need.description !== undefined ? html`<p class="muted">${need.description}</p>` : ''}
${need.departments.length === 0 ? html`<p><span class="pill error">No department is accountable for this need</span></p>` : need.departments.map(department)}
</section>`,
)}` : ''}

${otherGroups(book).map(
  (g) => html`<h2>${g.title}</h2>
${g.note !== undefined ? html`<p class="muted">${g.note}</p>` : ''}
${g.departments.map((d) => html`<section class="need">${department(d)}</section>`)}`,
)}

${book.chart !== undefined ? html`<h2 id="org-chart">Org chart</h2>
<div class="chart">${chartList(book.chart.roots)}</div>` : ''}

<h2 id="health">Health of the charters</h2>
${book.findings.length === 0
  ? html`<p><span class="pill ok">No problems</span> Every charter passes every check.</p>`
  : html`<p>${plural(counts.errors, 'error')} and ${plural(counts.warnings, 'warning')} from <code>charter lint</code>. <a href="${linkFrom(HERE, PAGES.findings)}">See them all</a>.</p>
${dataTable(
      [{ label: 'Check' }, { label: 'Errors', num: true }, { label: 'Warnings', num: true }],
      book.byRule.map((r) => ({ cells: [html`<a href="${linkFrom(HERE, PAGES.findings, anchor('rule', r.rule))}">${r.description || r.rule}</a>`, r.errors, r.warnings] })),
      'By check',
    )}
${byFunction(book)}`}
`;
  return page(HERE, book.title, ctx, body);
}

/** The departments accountable for no need, in groups a reader can tell apart. */
function otherGroups(book: Book): { title: string; note?: string; departments: BookDepartment[] }[] {
  if (book.org === undefined) return book.otherDepartments.length > 0 ? [{ title: 'Departments', departments: book.otherDepartments }] : [];
  const groups = [
    { title: 'Departments that serve the others', departments: book.otherDepartments.filter((d) => d.declared && d.internal) },
    {
      title: 'Departments tied to no customer need yet',
      note: 'Each customer-facing department should answer one need in org.yaml.',
      departments: book.otherDepartments.filter((d) => d.declared && !d.internal),
    },
    {
      title: 'Departments org.yaml does not declare',
      note: 'Charters name these departments, but org.yaml does not list them.',
      departments: book.otherDepartments.filter((d) => !d.declared),
    },
  ];
  return groups.filter((g) => g.departments.length > 0);
}

function department(d: BookDepartment): Html {
  return html`<div class="dept" id="${d.id === '' ? 'no-department' : anchor('dept', d.id)}">
<h4>${d.name}${d.lead !== undefined ? html` <span class="lead-by">· led by ${d.lead}</span>` : ''}${d.internal ? html` <span class="pill neutral">internal</span>` : ''}</h4>
${d.functions.length === 0 ? html`<p class="muted small">No function charter yet.</p>` : html`<ul class="functions">${d.functions.map(functionLine)}</ul>`}
</div>`;
}

function functionLine(fn: BookFunction): Html {
  const who = [fn.owner, fn.headcount !== undefined ? plural(fn.headcount, 'person', 'people') : undefined].filter((x) => x !== undefined);
  return html`<li><a href="${linkFrom(HERE, functionPage(fn.id))}"><strong>${fn.charter.name}</strong></a>${who.length > 0 ? html` <span class="who">· ${who.join(' · ')}</span>` : ''}
${fn.charter.mission !== undefined ? html`<br>${fn.charter.mission}` : html`<br><span class="muted">No mission written yet.</span>`}</li>`;
}

function chartList(nodes: OrgChartNode[]): Html {
  if (nodes.length === 0) return html``;
  return html`<ul>${nodes.map(
    (n) => html`<li>${n.kind === 'function' ? html`<a href="${linkFrom(HERE, functionPage(n.id))}">${n.label}</a>` : n.kind === 'leader' ? html`<span class="leader">${n.label}</span>` : html`<a href="#${anchor('dept', n.id)}">${n.label}</a>`}${n.headcount !== undefined ? html` <span class="muted small">(${plural(n.headcount, 'person', 'people')})</span>` : ''}${chartList(n.children)}</li>`,
  )}</ul>`;
}

function byFunction(book: Book): Html {
  const rows = [...book.functions.values()].filter((f) => f.findings.length > 0).sort((a, b) => b.findings.length - a.findings.length);
  const others = [...book.otherFindings.entries()];
  return dataTable(
    [{ label: 'Charter' }, { label: 'Errors', num: true }, { label: 'Warnings', num: true }],
    [
      ...rows.map((f) => {
        const c = countBySeverity(f.findings);
        return { cells: [html`<a href="${linkFrom(HERE, functionPage(f.id), 'findings')}">${f.charter.name}</a>`, c.errors, c.warnings] };
      }),
      ...others.map(([file, list]) => {
        const c = countBySeverity(list);
        return { cells: [html`<a href="${linkFrom(HERE, PAGES.findings, anchor('file', file))}">${file}</a>`, c.errors, c.warnings] };
      }),
    ],
    'By charter',
  );
}
