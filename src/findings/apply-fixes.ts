import type { Fix } from './finding.js';

/** What applying a set of fixes to one text gave. */
export interface FixOutcome {
  /** The text with the fixes applied. */
  text: string;
  /** How many fixes were applied. */
  applied: number;
  /** How many were left for another pass, because they overlapped one applied before them. */
  skipped: number;
}

/**
 * Applies fixes to a text by splicing it: every character outside the fixes' ranges
 * stays as it was (comments, blank lines, quoting). Fixes are taken in the order of
 * their ranges; one that overlaps or touches a fix already taken is left for the next
 * pass, once the text has been linted again (as ESLint's SourceCodeFixer does).
 * Identical fixes (two findings with the same cure) count as one.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): FixOutcome {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let cursor = 0;
  let lastEnd = -1;
  let applied = 0;
  let skipped = 0;
  let previous: Fix | undefined;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (previous !== undefined && start === previous.range[0] && end === previous.range[1] && fix.text === previous.text) continue;
    if (start < 0 || end > text.length || end < start || start <= lastEnd) {
      skipped++;
      continue;
    }
    out += text.slice(cursor, start) + fix.text;
    cursor = end;
    lastEnd = end;
    applied++;
    previous = fix;
  }
  return { text: out + text.slice(cursor), applied, skipped };
}
