import type { Formatter } from './types.js';

/** The output formats of `charter lint`, by name. */
export const FORMATS = ['stylish', 'json'] as const;
export type FormatName = (typeof FORMATS)[number];

/** Loads a formatter on demand (each is a module of its own). */
export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).stylish;
    case 'json':
      return (await import('./json.js')).json;
  }
}
