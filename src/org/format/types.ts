import type { OrgChart } from '../chart.js';

/** The formats of `charter org`. */
export const ORG_FORMATS = ['tree', 'json', 'mermaid', 'dot'] as const;
export type OrgFormatName = (typeof ORG_FORMATS)[number];

/** What a formatter needs besides the chart. */
export interface OrgFormatOptions {
  /** Columns the tree may use. */
  width: number;
}

/** Turns the org chart into the text of one format. */
export type OrgFormatter = (chart: OrgChart, options: OrgFormatOptions) => string;
