import { Chalk } from 'chalk';
import { countBySeverity, type Finding } from '../findings/finding.js';
import { printable } from '../text/printable.js';
import { displayWidth, padToWidth } from '../text/width.js';
import type { Formatter, Report } from './types.js';

/** The narrowest message column wrapping goes down to; narrower terminals get longer lines. */
const MIN_MESSAGE_WIDTH = 30;

/**
 * `--format stylish` (the default): findings grouped by file, one aligned line each
 * (`line:col  severity  message  rule`), the help on its own indented line below, then a
 * count, or an all-clear line. In a terminal (`width` given), messages and help wrap to
 * its width at word boundaries; a word (a rule id, a path) is never broken.
 */
export const stylish: Formatter = (report, { color, width }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  if (report.findings.length === 0) return `${c.green('✔')} ${allClear(report)}\n`;

  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    let list = byFile.get(f.file);
    if (list === undefined) byFile.set(f.file, (list = []));
    list.push(f);
  }
  let out = '';
  for (const [file, findings] of byFile) {
    out += `\n${c.underline(printable(file))}\n`;
    const pos = findings.map((f) => `${f.line}:${f.column}`);
    const posWidth = widest(pos);
    const indent = ' '.repeat(2 + posWidth + 2 + 'warning'.length + 2);
    const room = width === undefined ? Infinity : Math.max(MIN_MESSAGE_WIDTH, width - indent.length);
    const messages = findings.map((f) => printable(f.message));
    const msgWidth = widest(messages, displayWidth);
    const ruleWidth = widest(findings.map((f) => f.rule));
    // Rule ids line up in a column when every message fits on one line beside them.
    const aligned = msgWidth + 2 + ruleWidth <= room;
    findings.forEach((f, i) => {
      const severity = f.severity === 'error' ? c.red('error  ') : c.yellow('warning');
      const lines = aligned ? [`${padToWidth(messages[i]!, msgWidth)}  ${c.dim(f.rule)}`] : withRule(wrapWords(messages[i]!, room), f.rule, room, c);
      out += `  ${c.dim(pos[i]!.padEnd(posWidth))}  ${severity}  ${lines[0]}\n`;
      for (const line of lines.slice(1)) out += `${indent}${line}\n`;
      if (f.help !== undefined) {
        const [first, ...rest] = wrapWords(`help: ${printable(f.help)}`, room);
        out += `${indent}${c.cyan('help:')}${first!.slice('help:'.length)}\n`;
        for (const line of rest) out += `${indent}${line}\n`;
      }
    });
  }
  const { errors } = countBySeverity(report.findings);
  const summary = summaryLine(report);
  out += `\n${errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary)}\n`;
  return out;
};

/** The rule id after the message's last line when it fits there, else on a line of its own. */
function withRule(lines: string[], rule: string, room: number, c: InstanceType<typeof Chalk>): string[] {
  const last = lines[lines.length - 1]!;
  if (displayWidth(last) + 2 + rule.length <= room) return [...lines.slice(0, -1), `${last}  ${c.dim(rule)}`];
  return [...lines, c.dim(rule)];
}

/** Lines of at most `width` columns, broken at spaces only: a word longer than the line stands alone. */
function wrapWords(text: string, width: number): string[] {
  if (displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && displayWidth(candidate) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  lines.push(line);
  return lines;
}

/** The last line of the stylish report, without colour: `✖ 3 problems (1 error, 2 warnings)` or the all-clear. */
export function summaryLine(report: Report): string {
  const { errors, warnings } = countBySeverity(report.findings);
  if (errors + warnings === 0) return `✔ ${allClear(report)}`;
  const suppressed = (report.suppressed ?? 0) > 0 ? `, ${report.suppressed} suppressed` : '';
  return `✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})${suppressed}`;
}

function allClear(report: Report): string {
  const what = `${plural(report.charters, 'charter')}${report.hasOrg ? ' and org.yaml' : ''}`;
  const suppressed = (report.suppressed ?? 0) > 0 ? ` (${report.suppressed} suppressed)` : '';
  return `No problems found in ${what}${suppressed}.`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The width of the widest text (a loop: a file may have more findings than a call has room for arguments). */
function widest(texts: readonly string[], width: (text: string) => number = (t) => t.length): number {
  let max = 0;
  for (const t of texts) max = Math.max(max, width(t));
  return max;
}
