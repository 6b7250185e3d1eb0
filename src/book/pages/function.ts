import type { Activity, Charter } from '../../schema/charter.js';
import { outcomeWords } from '../words.js';
import { activitiesById, type Book, type BookFunction } from '../data.js';
import { html, type Html } from '../html.js';
import { anchor, functionPage, linkFrom, PAGES } from '../ids.js';
import { page, type PageContext } from '../layout.js';
import { activityLink, dataTable, findingList, teamLink, type Column } from './shared.js';

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
  <dt>Owner</dt><dd>${fn.owner ?? 'not named'}</dd>
  <dt>Department</dt><dd>${deptLink}</dd>
  ${fn.headcount !== undefined ? html`<dt>People</dt><dd>${fn.headcount}</dd>` : ''}
</dl>
<nav class="toc" aria-label="On this page"><ul>
<li><a href="#metrics">Metrics <span class="muted">(${(c.operatingMetrics ?? []).length})</span></a></li>
<li><a href="#cost">Cost</a></li>
<li><a href="#activities">Activities <span class="muted">(${activities.size})</span></a></li>
<li><a href="#risks">Risks <span class="muted">(${(c.risks ?? []).length})</span></a></li>
<li><a href="#expects">Expects of others <span class="muted">(${fn.outgoing.length})</span></a></li>
<li><a href="#expected">Expected of it <span class="muted">(${fn.incoming.length})</span></a></li>
<li><a href="#findings">Findings <span class="muted">(${fn.findings.length})</span></a></li>
</ul></nav>

<h2 id="metrics">Operating metrics</h2>
${metricsTable(c)}

<h2 id="cost">Cost metric</h2>
${cost(c)}

<h2 id="activities">Activities</h2>
${(c.activities ?? []).length === 0 ? html`<p class="muted">None yet.</p>` : activityTree(book, c.activities ?? [], here)}

<h2 id="risks">Risks</h2>
${(c.risks ?? []).length === 0 ? html`<p class="muted">None listed.</p>` : dataTable(
  [{ label: 'Risk' }, { label: 'Kept down by' }, { label: 'Watched with' }, { label: 'Register' }],
  (c.risks ?? []).map((r) => {
    const reg = r.ref === undefined ? undefined : book.model.registerRiskById.get(r.ref);
    return {
      cells: [
        html`<strong>${r.name}</strong>${r.description !== undefined ? html`<br><span class="small muted">${r.description}</span>` : ''}`,
        (r.mitigatedBy ?? []).length === 0 ? html`<span class="pill warn">no activity</span>` : list((r.mitigatedBy ?? []).map((id) => {
          const a = activities.get(id);
          return a === undefined ? html`${id} <span class="pill error">not an activity</span>` : html`<a href="#${anchor('activity', id)}">${a.name}</a>`;
        })),
        (r.monitoredBy ?? []).length === 0 ? html`<span class="muted">none</span>` : list((r.monitoredBy ?? []).map((id) => {
          const m = metrics.get(id);
          return m === undefined ? html`${id} <span class="pill error">not a metric</span>` : html`<a href="#${anchor('metric', id)}">${m.name}</a>`;
        })),
        r.ref === undefined ? html`<span class="muted">not in the register</span>` : reg === undefined ? html`${r.ref} <span class="pill error">not in the register</span>` : html`<a href="${linkFrom(here, PAGES.risks, anchor('risk', r.ref))}">${reg.value.name}</a>`,
      ],
    };
  }),
)}

<h2 id="expects">What it expects of others</h2>
${fn.outgoing.length === 0 ? html`<p class="muted">${c.dependencies === undefined ? 'The charter has no dependencies section yet.' : 'It depends on no other team.'}</p>` : dataTable(
  [{ label: 'Of' }, { label: 'For' }, { label: 'Taken on?' }],
  fn.outgoing.map((e) => ({
    cells: [teamLink(book, e, here), e.dependency.for, status(book, e.status, e.fulfilledBy.map((f) => ({ fn: f.provider.id, id: f.activity.activity.id, name: f.activity.activity.name })), here)],
  })),
)}

<h2 id="expected">What others expect of it</h2>
${fn.incoming.length === 0 ? html`<p class="muted">No other function lists a dependency on it${fn.department !== '' ? ' or its department' : ''}.</p>` : dataTable(
  [{ label: 'From' }, { label: 'For' }, { label: 'Its activities that take it on' }],
  fn.incoming.map((i) => ({
    cells: [
      html`<a href="${linkFrom(here, functionPage(i.edge.from.id))}">${i.edge.from.charter.name}</a>${i.via === 'department' ? html`<br><span class="small muted">of the whole department</span>` : ''}`,
      i.edge.dependency.for,
      i.takenOnBy.length > 0 ? list(i.takenOnBy.map((a) => html`<a href="#${anchor('activity', a.activity.id)}">${a.activity.name}</a>`)) : i.edge.status === 'acknowledged' ? html`<span class="muted">taken on by another function of the department</span>` : html`<span class="pill todo">not yet taken on</span>`,
    ],
  })),
)}

<h2 id="findings">Findings</h2>
${fn.findings.length === 0 ? html`<p><span class="pill ok">None</span> This charter passes every check.</p>` : html`<p class="muted">In ${fn.file}, as <code>charter lint</code> reports them:</p>${findingList(fn.findings)}`}
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
    (a) => html`<li id="${anchor('activity', a.id)}">${a.name}${a.description !== undefined ? html`<br><span class="small muted">${a.description}</span>` : ''}${(a.fulfils ?? []).length > 0 ? html`<br><span class="small delivers">Delivers what ${list((a.fulfils ?? []).map((entry) => fulfilsTarget(book, entry, here)))} ${(a.fulfils ?? []).length === 1 ? 'expects' : 'expect'}</span>` : ''}${(a.activities ?? []).length > 0 ? activityTree(book, a.activities ?? [], here) : ''}</li>`,
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


function metricsTable(c: Charter): Html {
  const metrics = c.operatingMetrics ?? [];
  if (metrics.length === 0) return html`<p class="muted">None yet.</p>`;
  const targets = metrics.some((m) => m.target !== undefined);
  const columns: Column[] = [{ label: 'Metric' }, { label: 'Predicts' }, { label: 'Kind' }, { label: 'Status' }, ...(targets ? [{ label: 'Target' }] : [])];
  return dataTable(
    columns,
    metrics.map((m) => ({
      id: anchor('metric', m.id),
      cells: [
        html`<strong>${m.name}</strong>${m.description !== undefined ? html`<br><span class="small muted">${m.description}</span>` : ''}`,
        m.outcome !== undefined ? outcomeWords(m.outcome) : html`<span class="pill warn">no outcome</span>`,
        m.financial === true ? html`<strong>financial</strong>` : 'leading',
        m.status === 'wip' ? html`<span class="pill neutral">being defined</span>` : 'in use',
        ...(targets ? [m.target ?? html`<span class="muted">none</span>`] : []),
      ],
    })),
  );
}
