import type { Finding } from '../findings/finding.js';

/** What a formatter gets: the findings, and what was read. */
export interface Report {
  findings: Finding[];
  /** Every file read. */
  files: number;
  /** Function charters among them (org.yaml excluded). */
  charters: number;
  /** Whether org.yaml was among them. */
  hasOrg: boolean;
}

/** Turns a report into text. */
export type Formatter = (report: Report, options: { color: boolean }) => string;
