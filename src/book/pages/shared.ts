import type { Finding } from '../../findings/finding.js';
import type { DependencyEdge } from '../../model/model.js';
import type { Book } from '../data.js';
import { html, trusted, type Html, type HtmlValue } from '../html.js';
import { anchor, functionPage, linkFrom } from '../ids.js';

/** A list of the findings of one file, each with its severity, message, line and check. */
export function findingList(findings: readonly Finding[]): Html {
  return html`<ul class="findings">${findings.map(
    (f) => html`<li>${severityPill(f)} ${f.message} <span class="where">line ${f.line} · ${f.rule}</span>${helpLine(f)}</li>`,
  )}</ul>`;
}

/** The finding's suggested fix, on a line of its own, when it has one. */
export function helpLine(f: Finding): Html {
  return f.help === undefined ? html`` : html`<br><span class="small muted">To fix: ${f.help}</span>`;
}

export function severityPill(f: Finding): Html {
  return f.severity === 'error' ? html`<span class="pill error">error</span>` : html`<span class="pill warn">warning</span>`;
}

/** The team a dependency names, linked to its page or section when the book has one. */
export function teamLink(book: Book, edge: DependencyEdge, from: string): Html {
  const target = edge.target;
  const id = edge.dependency.team;
  if (target === undefined) return html`<span>${id}</span> <span class="pill error">unknown team</span>`;
  switch (target.kind) {
    case 'function':
      return html`<a href="${linkFrom(from, functionPage(id))}">${target.function.charter.name}</a>`;
    case 'department': {
      const dept = book.departments.get(id);
      return html`<a href="${linkFrom(from, 'index.html', anchor('dept', id))}">${dept?.name ?? id}</a> <span class="muted small">(whole department)</span>`;
    }
    case 'external':
      return html`${target.team.name} <span class="muted small">(outside the organization)</span>`;
  }
}

/** A link to a function's activity. */
export function activityLink(book: Book, functionId: string, activityId: string, activityName: string, from: string): Html {
  const fn = book.functions.get(functionId);
  if (fn === undefined) return html`${activityName}`;
  return html`<a href="${linkFrom(from, functionPage(functionId), anchor('activity', activityId))}">${activityName}</a>`;
}

/** A column of a data table. */
export interface Column {
  label: string;
  /** Right-aligned numbers. */
  num?: boolean;
}

/** A row of a data table: its cells, and an optional anchor id. */
export interface Row {
  id?: string;
  cells: HtmlValue[];
}

/**
 * A data table that scrolls sideways when it must on a wide screen and, on a phone,
 * stacks each row as a card whose cells carry their column's name.
 */
export function dataTable(columns: Column[], rows: Row[], caption?: string): Html {
  return html`<div class="table-wrap"><table class="stack">
${caption !== undefined ? html`<caption>${caption}</caption>` : ''}
<thead><tr>${columns.map((c) => html`<th scope="col"${c.num === true ? trusted(' class="num"') : ''}>${c.label}</th>`)}</tr></thead>
<tbody>${rows.map(
    (r) => html`<tr${r.id !== undefined ? html` id="${r.id}"` : ''}>${r.cells.map(
      (cell, i) => html`<td data-label="${columns[i]?.label ?? ''}"${columns[i]?.num === true ? trusted(' class="num"') : ''}>${cell}</td>`,
    )}</tr>`,
  )}</tbody>
</table></div>`;
}
