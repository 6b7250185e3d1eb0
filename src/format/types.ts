import type { Finding, RuleLevel, Severity } from '../findings/finding.js';

/** A rule as reports describe it (SARIF's `tool.driver.rules`). */
export interface RuleDescriptor {
  id: string;
  /** One line: what the rule reports. */
  description: string;
  defaultSeverity: Severity;
  /** The level in force for this run (configuration applied). */
  level: RuleLevel;
}

/** What a formatter gets: the findings, and what was read. */
export interface Report {
  findings: Finding[];
  /** Every file read. */
  files: number;
  /** Function charters among them (org.yaml excluded). */
  charters: number;
  /** Whether org.yaml was among them. */
  hasOrg: boolean;
  /** Findings hidden by charter-suppressions.json (absent or 0 without any). */
  suppressed?: number;
  /** charter's version. */
  version: string;
  /** Every rule of charter, in index order. */
  rules: RuleDescriptor[];
  /** The working directory (absolute): finding paths are relative to it. */
  cwd: string;
  /** The repository root (absolute; the working directory outside a repository): CI formats give paths relative to it. */
  root: string;
}

/** How a formatter may lay its text out. */
export interface FormatOptions {
  color: boolean;
  /** The terminal's width in columns, to wrap to; undefined when the output is not a terminal (no wrapping). */
  width?: number | undefined;
}

/** Turns a report into text. Formatters never print: the command writes what they return. */
export type Formatter = (report: Report, options: FormatOptions) => string;
