import type { OrgDiff } from '../types.js';

/** Turns a comparison into text; never prints. `width`: the terminal's, to wrap lines to (none: no wrapping). */
export type DiffFormatter = (diff: OrgDiff, options: { color: boolean; width?: number | undefined }) => string;
