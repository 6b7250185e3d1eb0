import { Chalk } from 'chalk';
import { countBySeverity, type Finding } from '../findings/finding.js';
import { displayWidth, padToWidth } from '../text/width.js';
import type { Formatter, Report } from './types.js';

/**
 * `--format stylish` (the default): findings grouped by file, one aligned line each
 * (`line:col  severity  message  rule`), then a count, or an all-clear line.
 */
export const stylish: Formatter = (report, { color }) => {
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
    out += `\n${c.underline(file)}\n`;
    const pos = findings.map((f) => `${f.line}:${f.column}`);
    const posWidth = Math.max(...pos.map((p) => p.length));
    const messages = findings.map((f) => printable(f.message));
    const msgWidth = Math.max(...messages.map(displayWidth));
    findings.forEach((f, i) => {
      const severity = f.severity === 'error' ? c.red('error  ') : c.yellow('warning');
      out += `  ${c.dim(pos[i]!.padEnd(posWidth))}  ${severity}  ${padToWidth(messages[i]!, msgWidth)}  ${c.dim(f.rule)}\n`;
    });
  }
  const { errors } = countBySeverity(report.findings);
  const summary = summaryLine(report);
  out += `\n${errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary)}\n`;
  return out;
};

/** The last line of the stylish report, without colour: `✖ 3 problems (1 error, 2 warnings)` or the all-clear. */
export function summaryLine(report: Report): string {
  const { errors, warnings } = countBySeverity(report.findings);
  if (errors + warnings === 0) return `✔ ${allClear(report)}`;
  return `✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
}

function allClear(report: Report): string {
  const what = `${plural(report.charters, 'charter')}${report.hasOrg ? ' and org.yaml' : ''}`;
  return `No problems found in ${what}.`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Shows control characters quoted from a file (an escape sequence, say) as text, never sends them to the terminal. */
function printable(message: string): string {
  // eslint-disable-next-line no-control-regex
  return message.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
