import type { Book } from '../data.js';
import { html } from '../html.js';
import { anchor, functionPage, linkFrom, PAGES } from '../ids.js';
import { page, plural, type PageContext } from '../layout.js';
import { helpLine, severityPill } from './shared.js';
import { countBySeverity } from '../../findings/finding.js';

const HERE = PAGES.findings;

/** findings.html: every finding of the lint run, by check, each linking to its charter. */
export function findingsPage(book: Book, ctx: PageContext): string {
  const counts = countBySeverity(book.findings);
  const fileOwner = new Map([...book.functions.values()].map((f) => [f.file, f]));
  const body = html`
<p class="kicker">Health</p>
<h1>What to fix in the charters</h1>
${book.findings.length === 0 ? html`<p class="lead"><span class="pill ok">No problems</span> Every charter passes every check.</p>` : html`<p class="lead">${plural(counts.errors, 'error')} and ${plural(counts.warnings, 'warning')}, as <code>charter lint</code> reports them. Fix them in the YAML files; the book shows them until then.</p>`}
${book.byRule.map(
    (r) => html`<section id="${anchor('rule', r.rule)}" aria-labelledby="${anchor('rule', r.rule)}-h">
<h2 id="${anchor('rule', r.rule)}-h">${r.description || r.rule} <span class="muted small">(${r.rule})</span></h2>
<ul class="findings">${r.findings.map((f) => {
      const fn = fileOwner.get(f.file);
      return html`<li>${severityPill(f)} ${fn !== undefined ? html`<a href="${linkFrom(HERE, functionPage(fn.id), 'findings')}">${fn.charter.name}</a>: ` : ''}${f.message} <span class="where">${f.file}:${f.line}</span>${helpLine(f)}</li>`;
    })}</ul>
</section>`,
  )}
${book.otherFindings.size > 0 ? html`<h2 id="other-files">By file, for files with no charter page</h2>
${[...book.otherFindings.entries()].map(
    ([file, list]) => html`<section id="${anchor('file', file)}"><h3>${file}</h3><ul class="findings">${list.map((f) => html`<li>${severityPill(f)} ${f.message} <span class="where">line ${f.line} · ${f.rule}</span>${helpLine(f)}</li>`)}</ul></section>`,
  )}` : ''}
`;
  return page(HERE, 'Health', ctx, body);
}
