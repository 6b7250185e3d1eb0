import { countBySeverity } from '../findings/finding.js';
import type { Formatter } from './types.js';
import { printableJson } from '../text/printable.js';

/** `--format json`: `{ findings: [...], summary: { files, errors, warnings } }`, findings in sorted order. */
export const json: Formatter = (report) => {
  const { errors, warnings } = countBySeverity(report.findings);
  const findings = report.findings.map((f) => ({
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
  }));
  return `${printableJson(JSON.stringify({ findings, summary: { files: report.files, errors, warnings } }, null, 2))}\n`;
};
