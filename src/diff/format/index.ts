import type { DiffFormatter } from './types.js';

/** The output formats of `charter diff`. */
export const DIFF_FORMATS = ['stylish', 'markdown', 'json'] as const;
export type DiffFormatName = (typeof DIFF_FORMATS)[number];

export type { DiffFormatter };

/** Loads a formatter on demand. */
export async function loadDiffFormatter(name: DiffFormatName): Promise<DiffFormatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).stylish;
    case 'markdown':
      return (await import('./markdown.js')).markdown;
    case 'json':
      return (await import('./json.js')).json;
  }
}
