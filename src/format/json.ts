import { countBySeverity, type Location, type Severity } from '../findings/finding.js';
import { printableJson } from '../text/printable.js';
import type { Formatter, Report } from './types.js';

/** One finding as `--format json` (and the library's `lint()`) gives it. */
export interface JsonFinding {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  /** The column just after the node. */
  endColumn: number;
  /** The rule's id, such as `dependency-unknown` (its page: docs/rules/<rule>.md). */
  rule: string;
  /** Which of the rule's messages this is: stable across wording changes, for programs to match on. */
  messageId: string;
  severity: Severity;
  /** The problem, in a short sentence. */
  message: string;
  /** How to fix it, when the rule knows. */
  help?: string;
  /** Other places the problem is about, such as the first of two overlapping activities. */
  related?: Location[];
}

/** The whole of `--format json`. */
export interface JsonReport {
  findings: JsonFinding[];
  summary: {
    /** Files reported on. */
    files: number;
    errors: number;
    warnings: number;
    /** Findings hidden by charter-suppressions.json: present only when there are some. */
    suppressed?: number;
  };
}

/** The data of `--format json`: findings in sorted order, and the counts. */
export function jsonReport(report: Pick<Report, 'findings' | 'files' | 'suppressed'>): JsonReport {
  const { errors, warnings } = countBySeverity(report.findings);
  const findings = report.findings.map((f) => ({
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    rule: f.rule,
    messageId: f.messageId,
    severity: f.severity,
    message: f.message,
    ...(f.help !== undefined ? { help: f.help } : {}),
    ...(f.related !== undefined ? { related: f.related } : {}),
  }));
  const suppressed = report.suppressed ?? 0;
  return { findings, summary: { files: report.files, errors, warnings, ...(suppressed > 0 ? { suppressed } : {}) } };
}

/**
 * `--format json`: `{ findings: [...], summary: { files, errors, warnings } }`, findings in sorted order;
 * control characters are JSON escapes (see printableJson), so the text is safe to print.
 */
export const json: Formatter = (report) => `${printableJson(JSON.stringify(jsonReport(report), null, 2))}\n`;
