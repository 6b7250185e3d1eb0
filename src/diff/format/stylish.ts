import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding } from '../../findings/finding.js';
import { dependencyChangeText, dependencyName, describeChange, isEmpty, newlyUnmet, summaryParts, type ChangeContext } from '../describe.js';
import type { ChangedItem, ItemsDiff, Named, OrgDiff } from '../types.js';
import type { DiffFormatter } from './index.js';

/**
 * `--format stylish` (the default): a title, the summary, then one block per kind of
 * change: functions, departments, org.yaml, customer needs, dependencies, problems.
 */
export const stylish: DiffFormatter = (diff, { color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [c.bold(`Changes to the organization from ${diff.base} to ${diff.head}`), ''];
  if (isEmpty(diff)) {
    out.push('No change to the organization, and no new or fixed problems.');
    return `${out.join('\n')}\n`;
  }
  out.push(`${summaryParts(diff).join('; ')}.`);

  items(out, c, 'Functions', diff.functions, 'function', (n) => `${n.name}${n.department ? ` (${n.department})` : ''}`);
  items(out, c, 'Departments', diff.departments, 'department', (n) => n.name);

  if (diff.org.length > 0) {
    out.push('', c.bold('org.yaml'));
    for (const ch of diff.org) changeLines(out, c, describeChange(ch, 'org'), '  ', ch.kind);
  }
  if (diff.needs.unserved.length + diff.needs.served.length > 0) {
    out.push('', c.bold('Customer needs'));
    for (const id of diff.needs.unserved) out.push(`  ${c.red('now without a department')}  ${id}`);
    for (const id of diff.needs.served) out.push(`  ${c.green('has a department again')}    ${id}`);
  }
  if (diff.dependencies.length > 0) {
    out.push('', c.bold('Dependencies'));
    for (const d of diff.dependencies) {
      const text = dependencyChangeText(d);
      const shown = newlyUnmet(d) ? c.yellow(text) : d.after === 'acknowledged' || d.after === 'external' ? c.green(text) : text;
      out.push(`  ${dependencyName(d)}: ${shown}`);
    }
  }
  const { introduced, fixed } = diff.findings;
  if (introduced.length + fixed.length > 0) {
    out.push('', c.bold(`Problems: ${introduced.length} new, ${fixed.length} fixed`));
    const rows = [...introduced.map((f) => ['new', f] as const), ...fixed.map((f) => ['fixed', f] as const)];
    const where = rows.map(([, f]) => `${f.file}:${f.line}:${f.column}`);
    const width = Math.max(...where.map((w) => w.length));
    rows.forEach(([kind, f], i) => {
      const tag = kind === 'new' ? c.red('new  ') : c.green('fixed');
      out.push(`  ${tag}  ${where[i]!.padEnd(width)}  ${severity(c, f)}  ${printable(f.message)}  ${c.dim(f.rule)}`);
    });
  }
  return `${out.join('\n')}\n`;
};

function items(out: string[], c: ChalkInstance, title: string, x: ItemsDiff, context: ChangeContext, describe: (n: Named) => string): void {
  if (x.added.length + x.removed.length + x.renamed.length + x.changed.length === 0) return;
  out.push('', c.bold(title));
  for (const n of x.added) out.push(`  ${c.green('added  ')}  ${n.id}  ${describe(n)}`);
  for (const n of x.removed) out.push(`  ${c.red('removed')}  ${n.id}  ${describe(n)}`);
  for (const r of x.renamed) out.push(`  ${c.cyan('renamed')}  ${r.from} → ${r.to}`);
  for (const item of x.changed) changedItem(out, c, item, context);
}

function changedItem(out: string[], c: ChalkInstance, item: ChangedItem, context: ChangeContext): void {
  out.push(`  ${c.yellow('changed')}  ${item.id}  ${item.name}`);
  for (const ch of item.changes) changeLines(out, c, describeChange(ch, context), '      ', ch.kind);
}

function changeLines(out: string[], c: ChalkInstance, t: { text: string; before?: string; after?: string }, indent: string, kind: string): void {
  const mark = kind === 'added' ? c.green('+') : kind === 'removed' ? c.red('-') : c.yellow('~');
  out.push(`${indent}${mark} ${printable(t.text)}`);
  if (t.before !== undefined) out.push(`${indent}    ${c.dim('before:')} ${printable(t.before)}`);
  if (t.after !== undefined) out.push(`${indent}    ${c.dim('after: ')} ${printable(t.after)}`);
}

function severity(c: ChalkInstance, f: Finding): string {
  return f.severity === 'error' ? c.red('error  ') : c.yellow('warning');
}

/** Control characters quoted from a file are shown as text, never sent to the terminal. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
