import type { DepsFormatter } from './types.js';
import { printableJson } from '../../text/printable.js';

/**
 * One object per dependency, in the view's order:
 * `{ "from", "to", "id" (or null), "for", "status", "fulfilledBy": ["<function>/<activity>"] }`.
 */
export const json: DepsFormatter = (view) => {
  const out = view.rows.map((row) => ({
    from: row.from,
    to: row.to,
    id: row.id,
    for: row.for,
    status: row.status,
    fulfilledBy: row.fulfilledBy.map((f) => `${f.functionId}/${f.activityId}`),
  }));
  return `${printableJson(JSON.stringify(out, null, 2))}\n`;
};
