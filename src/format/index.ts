import type { Formatter } from './types.js';

/** The output formats of `charter lint`, by name. */
export const FORMATS = ['stylish', 'compact', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

/** Formats read by programs: their output goes to stdout alone, never in colour. */
export const MACHINE_FORMATS: ReadonlySet<FormatName> = new Set(['compact', 'json', 'sarif', 'github']);

/** Loads a formatter on demand (each is a module of its own). */
export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).stylish;
    case 'compact':
      return (await import('./compact.js')).compact;
    case 'json':
      return (await import('./json.js')).json;
    case 'sarif':
      return (await import('./sarif.js')).sarif;
    case 'github':
      return (await import('./github.js')).github;
  }
}
