import { mermaid } from '../deps/format/mermaid.js';
import { countBySeverity } from '../findings/finding.js';
import type { LintResult } from '../lint/run.js';
import type { Activity } from '../schema/charter.js';
import { activitiesById, bookOf, type Book, type BookDepartment, type BookFunction } from './data.js';

/** The first line of every Markdown book: how a later run knows the file is its own. */
export const MARKDOWN_MARK = '<!-- Written by charter book from the charters: edit the YAML files, not this document. -->';

/**
 * Charter text made inert in Markdown: one line, Markdown's punctuation escaped, and
 * `<`, `>` and `&` as entities, so that a wiki or pull request shows it as written
 * (a mission holding `<script>` stays text) and a `|` never breaks a table.
 */
export function mdText(value: string): string {
  return value
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}()#+!|~])/g, '\\$1');
}

/** A heading's anchor as GitHub makes it, for links inside the document. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');
}

/** The book as one Markdown document (Mermaid for the graph), for a wiki or a pull request. */
export function bookMarkdown(result: Pick<LintResult, 'model' | 'findings'>): string {
  const book = bookOf(result);
  const out: string[] = [];
  const org = book.org;
  out.push(`# ${mdText(book.title)}`, '');
  if (org?.definition !== undefined) out.push(mdText(org.definition), '');
  if (book.sponsor !== undefined) out.push(`**Executive sponsor:** ${mdText(book.sponsor)}`, '');
  const counts = countBySeverity(book.findings);
  out.push(
    `${book.functions.size} functions in ${book.departments.size} departments; ${book.deps.rows.filter((r) => r.status === 'acknowledged').length} of ${book.deps.rows.length} dependencies taken on; ${counts.errors} errors and ${counts.warnings} warnings from charter lint.`,
    '',
  );

  if (book.needs.length > 0) {
    out.push('## Customer needs', '');
    for (const need of book.needs) {
      out.push(`### ${mdText(need.name)}`, '');
      if (need.departments.length === 0) out.push('No department is accountable for this need.', '');
      for (const d of need.departments) out.push(...department(d));
    }
  }
  if (book.otherDepartments.length > 0) {
    out.push(book.needs.length > 0 ? '## Departments that serve the others' : '## Departments', '');
    for (const d of book.otherDepartments) out.push(...department(d));
  }

  out.push('## Dependencies', '', '```mermaid', mermaid(book.deps, { color: false, width: 100 }).trimEnd(), '```', '');
  const unmet = book.deps.rows.filter((r) => r.status === 'unacknowledged' || r.status === 'unknown');
  if (unmet.length > 0) {
    out.push('Still unmet:', '', '| Function | Expects of | For |', '|---|---|---|');
    for (const r of unmet) out.push(`| ${mdText(book.functions.get(r.from)?.charter.name ?? r.from)} | ${mdText(r.to)} | ${mdText(r.for)} |`);
    out.push('');
  }

  out.push('## Functions', '');
  for (const fn of book.functions.values()) out.push(...functionSection(book, fn));

  out.push('## Risk register', '');
  for (const r of book.model.registerRiskById.values()) {
    const managers = [...book.functions.values()].filter((f) => (f.charter.risks ?? []).some((x) => x.ref === r.value.id));
    out.push(`- **${mdText(r.value.name)}**: ${managers.length === 0 ? 'managed by no function' : managers.map((f) => mdText(f.charter.name)).join(', ')}`);
  }
  if (book.model.registerRiskById.size === 0) out.push('No risk register.');
  out.push('');

  out.push('## Health', '');
  if (book.findings.length === 0) out.push('Every charter passes every check.', '');
  else {
    out.push('| Check | Errors | Warnings |', '|---|---:|---:|');
    for (const r of book.byRule) out.push(`| ${mdText(r.description || r.rule)} (${r.rule}) | ${r.errors} | ${r.warnings} |`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function department(d: BookDepartment): string[] {
  const lines = [`**${mdText(d.name)}**${d.lead !== undefined ? `, led by ${mdText(d.lead)}` : ''}${d.internal ? ' (internal)' : ''}`, ''];
  if (d.functions.length === 0) lines.push('- No function charter yet.');
  for (const fn of d.functions) {
    const who = [fn.owner, fn.headcount !== undefined ? `${fn.headcount} people` : undefined].filter((x) => x !== undefined).map((x) => mdText(x!));
    lines.push(`- [${mdText(fn.charter.name)}](#${slug(fn.charter.name)})${who.length > 0 ? ` (${who.join(', ')})` : ''}: ${fn.charter.mission !== undefined ? mdText(fn.charter.mission) : 'no mission yet'}`);
  }
  lines.push('');
  return lines;
}

function functionSection(book: Book, fn: BookFunction): string[] {
  const c = fn.charter;
  const lines = [`### ${mdText(c.name)}`, ''];
  lines.push(`> ${c.mission !== undefined ? mdText(c.mission) : 'No mission written yet.'}`, '');
  lines.push(`Owner: ${mdText(fn.owner ?? 'not named')} · Department: ${mdText(fn.departmentName || 'none')}${fn.headcount !== undefined ? ` · People: ${fn.headcount}` : ''}`, '');
  const metrics = c.operatingMetrics ?? [];
  if (metrics.length > 0) {
    lines.push('| Operating metric | Predicts | Kind | Status | Target |', '|---|---|---|---|---|');
    for (const m of metrics) {
      lines.push(`| ${mdText(m.name)} | ${mdText(m.outcome ?? 'no outcome')} | ${m.financial === true ? 'financial' : 'leading'} | ${m.status === 'wip' ? 'being defined' : 'in use'} | ${mdText(m.target ?? '')} |`);
    }
    lines.push('');
  }
  if (c.costExemption !== undefined) lines.push(`Cost metric: none (${mdText(c.costExemption)})`, '');
  else if ((c.costMetrics ?? []).length > 0) lines.push(`Cost metric: ${(c.costMetrics ?? []).map((m) => mdText(m.name)).join('; ')}`, '');
  if ((c.activities ?? []).length > 0) lines.push('Activities:', '', ...activityLines(c.activities ?? [], ''), '');
  const acts = activitiesById(c);
  if ((c.risks ?? []).length > 0) {
    lines.push('Risks:', '');
    for (const r of c.risks ?? []) {
      const by = (r.mitigatedBy ?? []).map((id) => mdText(acts.get(id)?.name ?? id));
      lines.push(`- ${mdText(r.name)}: ${by.length > 0 ? `kept down by ${by.join('; ')}` : 'no activity keeps it down'}`);
    }
    lines.push('');
  }
  if (fn.outgoing.length > 0) {
    lines.push('Expects of others:', '');
    for (const e of fn.outgoing) lines.push(`- ${mdText(e.dependency.team)}: ${mdText(e.dependency.for)} (${statusWords(e.status)})`);
    lines.push('');
  }
  if (fn.incoming.length > 0) {
    lines.push('Others expect of it:', '');
    for (const i of fn.incoming) {
      const by = i.takenOnBy.map((a) => mdText(a.activity.name));
      lines.push(`- ${mdText(i.edge.from.charter.name)}: ${mdText(i.edge.dependency.for)} (${by.length > 0 ? `taken on by ${by.join('; ')}` : statusWords(i.edge.status)})`);
    }
    lines.push('');
  }
  if (fn.findings.length > 0) {
    lines.push('Findings:', '');
    for (const f of fn.findings) lines.push(`- ${f.severity === 'error' ? 'error' : 'warning'}: ${mdText(f.message)} (${f.file}:${f.line})${f.help !== undefined ? `; to fix: ${mdText(f.help)}` : ''}`);
    lines.push('');
  }
  return lines;
}

function activityLines(list: readonly Activity[], indent: string): string[] {
  return list.flatMap((a) => [`${indent}- ${mdText(a.name)}`, ...activityLines(a.activities ?? [], `${indent}  `)]);
}

function statusWords(status: string): string {
  return status === 'acknowledged' ? 'taken on' : status === 'unacknowledged' ? 'not yet taken on' : status === 'external' ? 'outside the organization' : 'unknown team';
}
