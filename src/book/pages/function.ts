import type { Activity, Charter } from '../../schema/charter.js';
import { activitiesById, type Book, type BookFunction } from '../data.js';
import { html, type Html } from '../html.js';
import { anchor, functionPage, linkFrom, PAGES } from '../ids.js';
import { page, type PageContext } from '../layout.js';
import { activityLink, findingList, teamLink } from './shared.js';

/** functions/<id>.html: one charter, its six parts, its dependencies both ways, its findings. */
export function charterPage(book: Book, fn: BookFunction, ctx: PageContext): string {
  const here = functionPage(fn.id);
  const c = fn.charter;
  const activities = activitiesById(c);
  const metrics = new Map((c.operatingMetrics ?? []).map((m) => [m.id, m]));
  const deptLink = fn.department === '' ? html`<span class="muted">none</span>` : html`<a href="${linkFrom(here, PAGES.index, anchor('dept', fn.department))}">${fn.departmentName}</a>`;

  const body = html`
<p class="kicker">Function charter</p>
<h1>${c.name}</h1>
${c.mission !== undefined ? html`<p class="lead">${c.mission}</p>` : html`<p class="lead muted">No mission written yet.</p>`}
<dl class="meta">
  <dt>Owner</dt><dd>${c.owner ?? 'not named'}</dd>
  <dt>Department</dt><dd>${deptLink}</dd>
  ${fn.headcount !== undefined ? html`<dt>People</dt><dd>${fn.headcount}</dd>` : ''}
  <dt>Findings</dt><dd>${fn.findings.length === 0 ? 'none' : html`<a href="#findings">${fn.findings.length}</a>`}</dd>
</dl>

<h2 id="metrics">Operating metrics</h2>
${(c.operatingMetrics ?? []).length === 0 ? html`<p class="muted">None yet.</p>` : html`<div class="table-wrap"><table>
<thead><tr><th scope="col">Metric</th><th scope="col">Predicts</th><th scope="col">Kind</th><th scope="col">Status</th><th scope="col">Target</th></tr></thead>
<tbody>${(c.operatingMetrics ?? []).map(
  (m) => html`<tr id="${anchor('metric', m.id)}"><td><strong>${m.name}</strong>${m.description !== undefined ? html`<br><span class="small muted">${m.description}</span>` : ''}</td>
<td>${m.outcome ?? html`<span class="pill warn">no outcome</span>`}</td>
<td>${m.financial === true ? 'financial' : 'leading'}</td>
<td>${m.status === 'wip' ? html`<span class="pill neutral">being defined</span>` : 'in use'}</td>
<td>${m.target ?? html`<span class="muted">—</span>`}</td></tr>`,
)}</tbody></table></div>`}

<h2 id="cost">Cost metric</h2>
${cost(c)}

<h2 id="activities">Activities</h2>
${(c.activities ?? []).length === 0 ? html`<p class="muted">None yet.</p>` : activityTree(book, c.activities ?? [], here)}

<h2 id="risks">Risks</h2>
${(c.risks ?? []).length === 0 ? html`<p class="muted">None listed.</p>` : html`<div class="table-wrap"><table>
<thead><tr><th scope="col">Risk</th><th scope="col">Kept down by</th><th scope="col">Watched with</th><th scope="col">Register</th></tr></thead>
<tbody>${(c.risks ?? []).map((r) => {
  const reg = r.ref === undefined ? undefined : book.model.registerRiskById.get(r.ref);
  return html`<tr><td><strong>${r.name}</strong>${r.description !== undefined ? html`<br><span class="small muted">${r.description}</span>` : ''}</td>
<td>${(r.mitigatedBy ?? []).length === 0 ? html`<span class="pill warn">no activity</span>` : list((r.mitigatedBy ?? []).map((id) => {
    const a = activities.get(id);
    return a === undefined ? html`${id} <span class="pill error">not an activity</span>` : html`<a href="#${anchor('activity', id)}">${a.name}</a>`;
  }))}</td>
<td>${(r.monitoredBy ?? []).length === 0 ? html`<span class="muted">—</span>` : list((r.monitoredBy ?? []).map((id) => {
    const m = metrics.get(id);
    return m === undefined ? html`${id} <span class="pill error">not a metric</span>` : html`<a href="#${anchor('metric', id)}">${m.name}</a>`;
  }))}</td>
<td>${r.ref === undefined ? html`<span class="muted">not in the register</span>` : reg === undefined ? html`${r.ref} <span class="pill error">not in the register</span>` : html`<a href="${linkFrom(here, PAGES.risks, anchor('risk', r.ref))}">${reg.value.name}</a>`}</td></tr>`;
})}</tbody></table></div>`}

<h2 id="expects">What it expects of others</h2>
${fn.outgoing.length === 0 ? html`<p class="muted">${c.dependencies === undefined ? 'The charter has no dependencies section yet.' : 'It depends on no other team.'}</p>` : html`<div class="table-wrap"><table>
<thead><tr><th scope="col">Of</th><th scope="col">For</th><th scope="col">Taken on?</th></tr></thead>
<tbody>${fn.outgoing.map(
  (e) => html`<tr><td>${teamLink(book, e, here)}</td><td>${e.dependency.for}</td><td>${status(book, e.status, e.fulfilledBy.map((f) => ({ fn: f.provider.id, id: f.activity.activity.id, name: f.activity.activity.name })), here)}</td></tr>`,
)}</tbody></table></div>`}

<h2 id="expected">What others expect of it</h2>
${fn.incoming.length === 0 ? html`<p class="muted">No other function lists a dependency on it${fn.department !== '' ? ' or its department' : ''}.</p>` : html`<div class="table-wrap"><table>
<thead><tr><th scope="col">From</th><th scope="col">For</th><th scope="col">Its activities that take it on</th></tr></thead>
<tbody>${fn.incoming.map(
  (i) => html`<tr><td><a href="${linkFrom(here, functionPage(i.edge.from.id))}">${i.edge.from.charter.name}</a>${i.via === 'department' ? html`<br><span class="small muted">of the whole department</span>` : ''}</td><td>${i.edge.dependency.for}</td>
<td>${i.takenOnBy.length > 0 ? list(i.takenOnBy.map((a) => html`<a href="#${anchor('activity', a.activity.id)}">${a.activity.name}</a>`)) : i.edge.status === 'acknowledged' ? html`<span class="muted">taken on by another function of the department</span>` : html`<span class="pill todo">not yet taken on</span>`}</td></tr>`,
)}</tbody></table></div>`}

<h2 id="findings">Findings</h2>
${fn.findings.length === 0 ? html`<p><span class="pill ok">None</span> This charter passes every check.</p>` : findingList(fn.findings)}
`;
  return page(here, c.name, ctx, body);
}

function cost(c: Charter): Html {
  if (c.costExemption !== undefined) return html`<p>No cost metric: ${c.costExemption}</p>`;
  const metrics = c.costMetrics ?? [];
  if (metrics.length === 0) return html`<p><span class="pill error">missing</span> No cost metric or exemption yet.</p>`;
  return html`<ul>${metrics.map(
    (m) => html`<li><strong>${m.name}</strong>${m.description !== undefined ? html`. <span class="muted">${m.description}</span>` : ''}${(m.leading ?? []).length > 0 ? html`<br><span class="small">Moved by: ${(m.leading ?? []).map((l) => l.name).join('; ')}</span>` : ''}</li>`,
  )}</ul>`;
}

function activityTree(book: Book, activities: readonly Activity[], here: string): Html {
  return html`<ul class="tree">${activities.map(
    (a) => html`<li id="${anchor('activity', a.id)}">${a.name}${a.description !== undefined ? html`<br><span class="small muted">${a.description}</span>` : ''}${(a.fulfils ?? []).length > 0 ? html`<br><span class="small">Delivers what ${list((a.fulfils ?? []).map((entry) => fulfilsTarget(book, entry, here)))} ${(a.fulfils ?? []).length === 1 ? 'expects' : 'expect'}</span>` : ''}${(a.activities ?? []).length > 0 ? activityTree(book, a.activities ?? [], here) : ''}</li>`,
  )}</ul>`;
}

function fulfilsTarget(book: Book, entry: string, here: string): Html {
  const [fnId] = entry.split('/');
  const fn = book.functions.get(fnId!);
  return fn === undefined ? html`${entry}` : html`<a href="${linkFrom(here, functionPage(fn.id))}">${fn.charter.name}</a>`;
}

function status(book: Book, s: string, by: { fn: string; id: string; name: string }[], here: string): Html {
  switch (s) {
    case 'acknowledged':
      return html`<span class="pill ok">taken on</span><br><span class="small">${list(by.map((b) => html`${activityLink(book, b.fn, b.id, b.name, here)}${b.fn !== '' ? html` <span class="muted">(${book.functions.get(b.fn)?.charter.name ?? b.fn})</span>` : ''}`))}</span>`;
    case 'unacknowledged':
      return html`<span class="pill todo">not yet taken on</span>`;
    case 'external':
      return html`<span class="pill neutral">outside the organization</span>`;
    default:
      return html`<span class="pill error">unknown team</span>`;
  }
}

function list(items: Html[]): Html {
  return html`${items.map((item, i) => html`${i > 0 ? (i === items.length - 1 ? ' and ' : ', ') : ''}${item}`)}`;
}

