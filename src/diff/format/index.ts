import type { OrgDiff } from '../types.js';

/** The output formats of `charter diff`. */
export const DIFF_FORMATS = ['stylish', 'markdown', 'json'] as const;
export type DiffFormatName = (typeof DIFF_FORMATS)[number];

/** Turns a comparison into text; never prints. `width`: the terminal's, to wrap lines to (none: no wrapping). */
export type DiffFormatter = (diff: OrgDiff, options: { color: boolean; width?: number | undefined }) => string;

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
