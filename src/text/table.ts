/**
 * A bordered table for the terminal (the look of cli-table3, which charter used
 * before): columns padded by display width, so that emoji, ZWJ sequences and wide
 * characters keep the borders straight. Cells come already wrapped to their column.
 */
import { padToWidth } from './width.js';

/** What to draw. */
export interface TableLayout {
  /** The header cells; each may hold several lines (`\n`). */
  head: readonly string[];
  /** The body rows, one cell per column; a cell may hold several lines. */
  rows: readonly (readonly string[])[];
  /** The content width of each column, without the one space of padding either side. */
  widths: readonly number[];
  /** Draw a rule between body rows (as well as under the header). */
  rowRules: boolean;
}

/** The table as text, lines joined with `\n`, no newline after the last. */
export function drawTable({ head, rows, widths, rowRules }: TableLayout): string {
  const rule = (left: string, mid: string, right: string): string => `${left}${widths.map((w) => '─'.repeat(w + 2)).join(mid)}${right}`;
  const lines = [rule('┌', '┬', '┐'), ...rowLines(head, widths), rule('├', '┼', '┤')];
  rows.forEach((row, i) => {
    if (i > 0 && rowRules) lines.push(rule('├', '┼', '┤'));
    lines.push(...rowLines(row, widths));
  });
  lines.push(rule('└', '┴', '┘'));
  return lines.join('\n');
}

/** One table row: as many lines as its tallest cell, shorter cells padded below. */
function rowLines(cells: readonly string[], widths: readonly number[]): string[] {
  const split = widths.map((_, i) => (cells[i] ?? '').split('\n'));
  const height = Math.max(...split.map((c) => c.length));
  const out: string[] = [];
  for (let line = 0; line < height; line++) {
    out.push(`│${split.map((c, i) => ` ${padToWidth(c[line] ?? '', widths[i]!)} `).join('│')}│`);
  }
  return out;
}
