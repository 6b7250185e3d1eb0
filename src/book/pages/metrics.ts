import { compare } from '../../deps/rows.js';
import type { OperatingMetric } from '../../schema/charter.js';
import type { Book, BookFunction } from '../data.js';
import { html } from '../html.js';
import { anchor, functionPage, linkFrom, PAGES } from '../ids.js';
import { page, type PageContext } from '../layout.js';
import { outcomeWords } from '../words.js';
import { dataTable } from './shared.js';

const HERE = PAGES.metrics;

/** The outcomes the practice names, in its order; other words follow alphabetically. */
const KNOWN_OUTCOMES = ['renewal', 'expansion', 'new-business'];

/** metrics.html: every operating metric by the outcome it predicts, which are financial, and each function's financial share. */
export function metricsPage(book: Book, ctx: PageContext): string {
  const byOutcome = new Map<string, { fn: BookFunction; metric: OperatingMetric }[]>();
  for (const fn of book.functions.values()) {
    for (const metric of fn.charter.operatingMetrics ?? []) {
      const key = metric.outcome ?? '';
      let list = byOutcome.get(key);
      if (list === undefined) byOutcome.set(key, (list = []));
      list.push({ fn, metric });
    }
  }
  const outcomes = [...byOutcome.keys()].sort((a, b) => rank(a) - rank(b) || compare(a, b));
  const total = [...byOutcome.values()].reduce((n, l) => n + l.length, 0);
  const financial = [...byOutcome.values()].flat().filter((m) => m.metric.financial === true).length;
  const shares = [...book.functions.values()].filter((f) => (f.charter.operatingMetrics ?? []).length > 0);

  const body = html`
<p class="kicker">How success is measured</p>
<h1>Metrics</h1>
<p class="lead">Operating metrics predict renewal, expansion and new business before the money moves; most of them should not be financial.</p>
<p class="muted">${total} operating metrics; ${financial} financial (${percent(financial, total)}).</p>
${outcomes.map((outcome) => {
    const list = byOutcome.get(outcome)!;
    const targets = list.some((m) => m.metric.target !== undefined);
    const id = outcome === '' ? 'no-outcome' : `outcome-${anchor('metric', outcome)}`;
    return html`<section id="${id}" aria-labelledby="${id}-h">
<h2 id="${id}-h">${outcome === '' ? 'Predicting no stated outcome' : `Predicting ${outcomeWords(outcome)}`} <span class="muted small">(${list.length})</span></h2>
${dataTable(
      [{ label: 'Metric' }, { label: 'Function' }, { label: 'Kind' }, ...(targets ? [{ label: 'Target' }] : [])],
      list.map(({ fn, metric }) => ({
        cells: [
          html`<a href="${linkFrom(HERE, functionPage(fn.id), anchor('metric', metric.id))}">${metric.name}</a>${metric.status === 'wip' ? html` <span class="pill neutral">being defined</span>` : ''}`,
          fn.charter.name,
          metric.financial === true ? html`<strong>financial</strong>` : 'leading',
          ...(targets ? [metric.target ?? html`<span class="muted">none</span>`] : []),
        ],
      })),
    )}
</section>`;
  })}
<h2 id="financial-share">Financial share by function</h2>
${dataTable(
    [{ label: 'Function' }, { label: 'Metrics', num: true }, { label: 'Financial', num: true }, { label: 'Share', num: true }],
    shares.map((fn) => {
      const all = fn.charter.operatingMetrics ?? [];
      const fin = all.filter((m) => m.financial === true).length;
      return { cells: [html`<a href="${linkFrom(HERE, functionPage(fn.id), 'metrics')}">${fn.charter.name}</a>`, all.length, fin, fin * 2 > all.length ? html`<strong>${percent(fin, all.length)}</strong>` : percent(fin, all.length)] };
    }),
  )}
`;
  return page(HERE, 'Metrics', ctx, body);
}

function rank(outcome: string): number {
  const i = KNOWN_OUTCOMES.indexOf(outcome);
  return i >= 0 ? i : outcome === '' ? 99 : 50;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((100 * part) / whole)}%`;
}
