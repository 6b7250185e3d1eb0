/** How serious a finding is. `warn` does not fail `charter lint` (unless `--max-warnings`). */
export type Severity = 'error' | 'warn';

/** A rule's configured level: a severity, or `off` to silence it. */
export type RuleLevel = Severity | 'off';

/**
 * One problem found in one file: the single shape every stage after the rules
 * works with, and the shape of `--format json`.
 * Lines and columns are 1-based; `endColumn` is the column just after the node.
 */
export interface Finding {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  /** Which of the rule's messages this is (a key of the rule's `meta.messages`). */
  messageId: string;
  severity: Severity;
  /** The problem, in a short sentence that quotes the bad value (its template filled with `data`). */
  message: string;
  /** How to fix it, when the rule knows. */
  help?: string;
  /** The values the message template was filled with (quoted ids, names, counts). */
  data?: Record<string, string | number>;
  /** Other places the problem is about (the first of two overlapping activities). */
  related?: Location[];
}

/** A place in a file: 1-based lines and columns; `endColumn` is the column just after the node. */
export interface Location {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Orders findings by file, then line, then column, then rule (stable, for output and goldens). */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** Counts findings by severity. */
export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}
