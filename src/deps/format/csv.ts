import { inertCsvCell } from '../../text/printable.js';
import type { DepsFormatter } from './types.js';

const HEADER = ['from', 'to', 'id', 'for', 'status', 'fulfilledBy'];

/**
 * RFC 4180 CSV with a header row, the json format's columns; `fulfilledBy` holds
 * `<function>/<activity>` entries separated by "; ". Lines end with LF.
 */
export const csv: DepsFormatter = (view) => {
  const lines = [HEADER.join(',')];
  for (const row of view.rows) {
    const fulfilledBy = row.fulfilledBy.map((f) => `${f.functionId}/${f.activityId}`).join('; ');
    lines.push([row.from, row.to, row.id ?? '', row.for, row.status, fulfilledBy].map(field).join(','));
  }
  return `${lines.join('\n')}\n`;
};

/**
 * A field a spreadsheet shows as text: one that starts like a formula gets a `'`
 * (see {@link inertCsvCell}); it is quoted when it holds a comma, a quote, a line
 * break or edge spaces, with quotes inside doubled.
 */
function field(text: string): string {
  const value = inertCsvCell(text);
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
