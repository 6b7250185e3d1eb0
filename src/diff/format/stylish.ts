import { Chalk, type ChalkInstance } from 'chalk';
import { wrap } from '../../text/wrap.js';
import type { Finding } from '../../findings/finding.js';
import { dependencyChangeText, dependencyName, describeChange, isEmpty, newlyUnmet, summaryParts, type ChangeContext, type ChangeText } from '../describe.js';
import type { ChangedItem, ItemsDiff, Named, OrgDiff } from '../types.js';
import type { DiffFormatter } from './types.js';

/** Narrowest text column kept when wrapping, however deep the indent. */
const MIN_TEXT_WIDTH = 30;

/**
 * Lines of the report: each is an indent, an optional coloured tag, and text that wraps
 * (in a terminal) under its own first column.
 */
class Lines {
  readonly out: string[] = [];
  constructor(private readonly width: number | undefined) {}
  /** `indent` + `tag` (shown as `shownTag`, e.g. coloured) + `text` (control characters shown as text), wrapped. */
  add(indent: string, tag: string, shownTag: string, text: string, style: (s: string) => string = (s) => s): void {
    const lead = indent.length + tag.length;
    const shown = printable(text);
    const rows = this.width === undefined ? [shown] : wrap(shown, Math.max(MIN_TEXT_WIDTH, this.width - lead - 1));
    rows.forEach((row, i) => this.out.push(i === 0 ? `${indent}${shownTag}${style(row)}` : `${' '.repeat(lead)}${style(row)}`));
  }
  blank(): void {
    this.out.push('');
  }
  raw(text: string): void {
    this.out.push(text);
  }
}

/**
 * `--format stylish` (the default): a title, the summary, then one block per kind of
 * change: functions, departments, org.yaml, customer needs, dependencies, problems.
 * In a terminal, long lines wrap under their own text.
 */
export const stylish: DiffFormatter = (diff, { color, width }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines = new Lines(width);
  lines.add('', '', '', `Changes to the organization from ${diff.base} to ${diff.head}`, (s) => c.bold(s));
  lines.blank();
  if (isEmpty(diff)) {
    lines.add('', '', '', 'No change to the organization, and no new or fixed problems.');
    return `${lines.out.join('\n')}\n`;
  }
  lines.add('', '', '', `${summaryParts(diff).join('; ')}.`);

  items(lines, c, 'Functions', diff.functions, 'function', (n) => `${n.name}${n.department ? ` (${n.department})` : ''}`);
  items(lines, c, 'Departments', diff.departments, 'department', (n) => n.name);

  if (diff.org.length > 0) {
    lines.blank();
    lines.raw(c.bold('org.yaml'));
    for (const ch of diff.org) changeLines(lines, c, describeChange(ch, 'org'), '  ', ch.kind);
  }
  if (diff.needs.unserved.length + diff.needs.served.length > 0) {
    lines.blank();
    lines.raw(c.bold('Customer needs'));
    for (const id of diff.needs.unserved) lines.add('  ', '', '', `${id}: no department is accountable for it any more`, (s) => c.red(s));
    for (const id of diff.needs.served) lines.add('  ', '', '', `${id}: has a department again`, (s) => c.green(s));
  }
  if (diff.dependencies.length > 0) {
    lines.blank();
    lines.raw(c.bold('Dependencies'));
    for (const d of diff.dependencies) {
      const style = newlyUnmet(d) ? (s: string) => c.yellow(s) : d.after === 'acknowledged' || d.after === 'external' ? (s: string) => c.green(s) : undefined;
      lines.add('  ', '', '', `${dependencyName(d)}: ${dependencyChangeText(d)}`, style);
    }
  }
  const { introduced, fixed } = diff.findings;
  if (introduced.length + fixed.length > 0) {
    lines.blank();
    lines.raw(c.bold(`Problems: ${introduced.length} new, ${fixed.length} fixed`));
    for (const [kind, list] of [['new', introduced], ['fixed', fixed]] as const) {
      for (const f of list) {
        const tag = kind === 'new' ? 'new    ' : 'fixed  ';
        // Not wrapped: short, and coloured in parts.
        lines.raw(`  ${kind === 'new' ? c.red(tag) : c.green(tag)}${printable(f.file)}:${f.line}:${f.column}  ${severity(c, f)}  ${c.dim(f.rule)}`);
        lines.add('  ', '       ', '       ', f.message);
        if (f.help !== undefined) lines.add('  ', '       help: ', `       ${c.dim('help:')} `, f.help);
      }
    }
  }
  return `${lines.out.join('\n')}\n`;
};

function items(lines: Lines, c: ChalkInstance, title: string, x: ItemsDiff, context: ChangeContext, describe: (n: Named) => string): void {
  if (x.added.length + x.removed.length + x.renamed.length + x.changed.length === 0) return;
  lines.blank();
  lines.raw(c.bold(title));
  for (const n of x.added) lines.add('  ', 'added    ', c.green('added    '), `${n.id}: ${describe(n)}`);
  for (const n of x.removed) lines.add('  ', 'removed  ', c.red('removed  '), `${n.id}: ${describe(n)}`);
  for (const r of x.renamed) lines.add('  ', 'renamed  ', c.cyan('renamed  '), `${r.from} → ${r.to}: ${r.name}`);
  for (const item of x.changed) changedItem(lines, c, item, context);
}

function changedItem(lines: Lines, c: ChalkInstance, item: ChangedItem, context: ChangeContext): void {
  lines.add('  ', 'changed  ', c.yellow('changed  '), `${item.id}: ${item.name}`);
  for (const ch of item.changes) changeLines(lines, c, describeChange(ch, context), '      ', ch.kind);
}

function changeLines(lines: Lines, c: ChalkInstance, t: ChangeText, indent: string, kind: string): void {
  const mark = kind === 'added' ? c.green('+ ') : kind === 'removed' ? c.red('- ') : c.yellow('~ ');
  lines.add(indent, '+ ', mark, printable(t.text));
  if (t.before !== undefined) lines.add(`${indent}    `, 'before: ', c.dim('before: '), printable(t.before));
  if (t.after !== undefined) lines.add(`${indent}    `, 'after:  ', c.dim('after:  '), printable(t.after));
}

function severity(c: ChalkInstance, f: Finding): string {
  return f.severity === 'error' ? c.red('error') : c.yellow('warning');
}

/** Control characters quoted from a file are shown as text, never sent to the terminal. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
