import { compare } from '../../deps/rows.js';
import type { Risk } from '../../schema/charter.js';
import { activitiesById, type Book, type BookFunction } from '../data.js';
import { html, type Html } from '../html.js';
import { anchor, functionPage, linkFrom, PAGES } from '../ids.js';
import { page, type PageContext } from '../layout.js';
import { dataTable } from './shared.js';

const HERE = PAGES.risks;

/** risks.html: the register, each risk with the functions that manage it and how; then the risks outside the register. */
export function risksPage(book: Book, ctx: PageContext): string {
  const byRef = new Map<string, { fn: BookFunction; risk: Risk }[]>();
  const outside: { fn: BookFunction; risk: Risk }[] = [];
  for (const fn of book.functions.values()) {
    for (const risk of fn.charter.risks ?? []) {
      if (risk.ref !== undefined && book.model.registerRiskById.has(risk.ref)) {
        let list = byRef.get(risk.ref);
        if (list === undefined) byRef.set(risk.ref, (list = []));
        list.push({ fn, risk });
      } else outside.push({ fn, risk });
    }
  }
  const register = [...book.model.registerRiskById.values()];
  const unmanaged = register.filter((r) => !byRef.has(r.value.id)).length;

  const body = html`
<p class="kicker">What can go wrong</p>
<h1>Risks</h1>
<p class="lead">The organization's risk register, and for each risk the functions that manage it: the activities that keep it down and the metrics that watch it.</p>
${register.length === 0 ? html`<p class="muted">${book.org === undefined ? 'No org.yaml, so no register.' : 'org.yaml has no risk register.'}</p>` : html`<p class="muted">${register.length} risks in the register; ${unmanaged === 0 ? 'every one is managed by at least one function' : `${unmanaged} managed by no function`}.</p>`}
${register.map((r) => {
    const managers = byRef.get(r.value.id) ?? [];
    return html`<section id="${anchor('risk', r.value.id)}" aria-labelledby="${anchor('risk', r.value.id)}-h">
<h2 id="${anchor('risk', r.value.id)}-h">${r.value.name}</h2>
${r.value.description !== undefined ? html`<p>${r.value.description}</p>` : ''}
${managers.length === 0 ? html`<p><span class="pill warn">No function manages this risk</span></p>` : managementTable(book, managers)}
</section>`;
  })}
${outside.length > 0 ? html`<h2 id="outside-register">Risks outside the register</h2>
<p class="muted">Risks that functions manage but that point at no register risk.</p>
${managementTable(book, outside.sort((a, b) => compare(a.fn.id, b.fn.id)), true)}` : ''}
`;
  return page(HERE, 'Risks', ctx, body);
}

function managementTable(book: Book, rows: { fn: BookFunction; risk: Risk }[], showRisk = false): Html {
  const columns = [{ label: 'Function' }, ...(showRisk ? [{ label: 'Risk' }] : []), { label: 'Kept down by' }, { label: 'Watched with' }];
  return dataTable(
    columns,
    rows.map(({ fn, risk }) => {
      const page_ = functionPage(fn.id);
      const acts = activitiesById(fn.charter);
      const metrics = new Map((fn.charter.operatingMetrics ?? []).map((m) => [m.id, m]));
      const mitigation = (risk.mitigatedBy ?? []).map((id) => {
        const a = acts.get(id);
        return a === undefined ? html`${id}` : html`<a href="${linkFrom(HERE, page_, anchor('activity', id))}">${a.name}</a>`;
      });
      const watch = (risk.monitoredBy ?? []).map((id) => {
        const m = metrics.get(id);
        return m === undefined ? html`${id}` : html`<a href="${linkFrom(HERE, page_, anchor('metric', id))}">${m.name}</a>`;
      });
      return {
        cells: [
          html`<a href="${linkFrom(HERE, page_, 'risks')}">${fn.charter.name}</a>`,
          ...(showRisk ? [html`${risk.name}${risk.ref !== undefined ? html` <span class="pill error">"${risk.ref}" is not in the register</span>` : ''}`] : []),
          mitigation.length === 0 ? html`<span class="pill warn">no activity</span>` : html`<ul class="cell">${mitigation.map((m) => html`<li>${m}</li>`)}</ul>`,
          watch.length === 0 ? html`<span class="muted">none</span>` : html`<ul class="cell">${watch.map((m) => html`<li>${m}</li>`)}</ul>`,
        ],
      };
    }),
  );
}
