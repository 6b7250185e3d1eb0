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

/** Quotes a field when it holds a comma, a quote, a line break or edge spaces; quotes inside are doubled. */
function field(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
