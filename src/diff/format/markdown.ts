import { countBySeverity, type Finding } from '../../findings/finding.js';
import { dependencyChangeText, dependencyName, describeChange, isEmpty, newlyUnmet, plural, summaryParts, type ChangeContext } from '../describe.js';
import { WORKING_TREE, type Change, type ItemsDiff } from '../types.js';
import type { DiffFormatter } from './types.js';

/**
 * `--format markdown`: a pull request comment. A title and a summary line, then one
 * section per kind of change, each folded in `<details>` so that the comment stays
 * short until a reader opens what concerns them. Sections that may block a merge
 * (new problems, dependencies no longer met) start open.
 */
export const markdown: DiffFormatter = (diff) => {
  const out: string[] = [`### Charter changes: ${side(diff.base)} → ${side(diff.head)}`, ''];
  if (isEmpty(diff)) {
    out.push('No change to the organization, and no new or fixed problems.');
    return `${out.join('\n')}\n`;
  }
  out.push(`**${text(summaryParts(diff).join(' · '))}**`);

  items(out, 'Functions', diff.functions, 'function', diff.functions.moved.length);
  items(out, 'Departments', diff.departments, 'department', 0);
  if (diff.org.length > 0) {
    section(out, `org.yaml: ${plural(diff.org.length, 'change')}`, false, changeList(diff.org, 'org', ''));
  }
  if (diff.needs.unserved.length + diff.needs.served.length > 0) {
    const lines = [
      ...diff.needs.unserved.map((id) => `- ${code(id)}: **no department is accountable for it any more**`),
      ...diff.needs.served.map((id) => `- ${code(id)}: has a department again`),
    ];
    section(out, `Customer needs: ${plural(diff.needs.unserved.length, 'need')} left without a department`, diff.needs.unserved.length > 0, lines);
  }
  if (diff.dependencies.length > 0) {
    const unmet = diff.dependencies.filter(newlyUnmet).length;
    const lines = ['| Dependency | For | Change |', '| --- | --- | --- |'];
    for (const d of diff.dependencies) {
      const change = text(dependencyChangeText(d));
      lines.push(`| ${cell(dependencyName(d))} | ${cell(d.for)} | ${newlyUnmet(d) ? `**${change}**` : change} |`);
    }
    section(out, `Dependencies: ${plural(diff.dependencies.length, 'change')}${unmet > 0 ? `, ${unmet} newly unmet` : ''}`, unmet > 0, lines);
  }
  const { introduced, fixed } = diff.findings;
  if (introduced.length > 0) {
    const { errors, warnings } = countBySeverity(introduced);
    section(out, `New problems: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`, errors > 0, findingTable(introduced));
  }
  if (fixed.length > 0) section(out, `Fixed problems: ${fixed.length}`, false, findingTable(fixed));
  return `${out.join('\n')}\n`;
};

function items(out: string[], title: string, x: ItemsDiff, context: ChangeContext, moved: number): void {
  const total = x.added.length + x.removed.length + x.renamed.length + x.changed.length;
  if (total === 0) return;
  const bits = [
    x.added.length > 0 ? `${x.added.length} added` : '',
    x.removed.length > 0 ? `${x.removed.length} removed` : '',
    x.renamed.length > 0 ? `${x.renamed.length} renamed` : '',
    x.changed.length > 0 ? `${x.changed.length} changed` : '',
    moved > 0 ? `${moved} moved` : '',
  ].filter((b) => b !== '');
  const lines: string[] = [];
  for (const n of x.added) lines.push(`- **Added** ${code(n.id)} ${text(n.name)}${n.department ? ` (department ${code(n.department)})` : ''}`);
  for (const n of x.removed) lines.push(`- **Removed** ${code(n.id)} ${text(n.name)}`);
  for (const r of x.renamed) lines.push(`- **Renamed** ${code(r.from)} → ${code(r.to)} ${text(r.name)}`);
  for (const item of x.changed) {
    lines.push(`- **${code(item.id)}** ${text(item.name)}`);
    lines.push(...changeList(item.changes, context, '  '));
  }
  section(out, `${title}: ${bits.join(', ')}`, false, lines);
}

function changeList(changes: readonly Change[], context: ChangeContext, indent: string): string[] {
  const lines: string[] = [];
  for (const ch of changes) {
    const t = describeChange(ch, context);
    lines.push(`${indent}- ${text(t.text)}`);
    if (t.before !== undefined) lines.push(`${indent}  - before: ${text(t.before)}`);
    if (t.after !== undefined) lines.push(`${indent}  - after: ${text(t.after)}`);
  }
  return lines;
}

function findingTable(findings: readonly Finding[]): string[] {
  const lines = ['| File | Severity | Problem | Rule |', '| --- | --- | --- | --- |'];
  for (const f of findings) lines.push(`| ${cell(`${f.file}:${f.line}`)} | ${f.severity === 'error' ? 'error' : 'warning'} | ${cell(f.message)}${f.help !== undefined ? `<br>*${cell(f.help)}*` : ''} | ${code(f.rule)} |`);
  return lines;
}

/** A folded section: `<details>` with a summary line, blank lines around the Markdown inside. */
function section(out: string[], summary: string, open: boolean, lines: readonly string[]): void {
  out.push('', `<details${open ? ' open' : ''}><summary>${html(summary)}</summary>`, '', ...lines, '', '</details>');
}

/** A side of the comparison: a revision or directory as code, the working tree in words. */
function side(label: string): string {
  return label === WORKING_TREE ? WORKING_TREE : code(label);
}

/** Inline code; backticks inside are dropped, since they cannot be escaped in a code span. */
function code(value: string): string {
  return `\`${value.replace(/`/g, "'").replace(/\s*\r?\n\s*/g, ' ')}\``;
}

/** Text safe in Markdown: characters that would format or open HTML escaped, one line. */
function text(value: string): string {
  return value
    .replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`)
    .replace(/\s*\r?\n\s*/g, ' ')
    .trim();
}

/** Text safe in a table cell. */
function cell(value: string): string {
  return text(value);
}

/** Text safe inside an HTML element. */
function html(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
