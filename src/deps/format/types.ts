import type { DepsView } from '../rows.js';

/** The output formats of `charter deps`. */
export const DEPS_FORMATS = ['table', 'json', 'markdown', 'csv', 'mermaid', 'dot'] as const;
export type DepsFormatName = (typeof DEPS_FORMATS)[number];

/** What a formatter may need beyond the rows. */
export interface DepsFormatOptions {
  /** Colour the output (table only). */
  color: boolean;
  /** Terminal width in columns (table only). */
  width: number;
  /** What the table says when there is no row (table only). */
  emptyMessage?: string;
}

/** Turns the dependency view into text. Formatters never print: the command writes what they return. */
export type DepsFormatter = (view: DepsView, options: DepsFormatOptions) => string;
