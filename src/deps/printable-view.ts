import { printable } from '../text/printable.js';
import type { DepsView } from './rows.js';

/**
 * The view with every text from the charters (ids, names, `for` texts, file names)
 * made safe to print (see {@link printable}); `keep` names the characters left as
 * they are (`'\n'` for a table, which frames every line).
 */
export function printableView(view: DepsView, keep = ''): DepsView {
  const p = (s: string): string => printable(s, keep);
  const mapOf = <V>(map: Map<string, V>, value: (v: V) => V): Map<string, V> => new Map([...map].map(([k, v]) => [p(k), value(v)]));
  return {
    rows: view.rows.map((row) => ({
      ...row,
      from: p(row.from),
      to: p(row.to),
      id: row.id === null ? null : p(row.id),
      for: p(row.for),
      fulfilledBy: row.fulfilledBy.map((f) => ({ functionId: p(f.functionId), activityId: p(f.activityId), activityName: p(f.activityName) })),
    })),
    drawn: view.drawn.map(p),
    functions: mapOf(view.functions, (f) => ({ name: p(f.name), department: p(f.department) })),
    departments: mapOf(view.departments, (d) => ({ name: p(d.name), members: d.members.map(p) })),
    externalTeams: mapOf(view.externalTeams, (t) => ({ name: p(t.name) })),
    unreadable: mapOf(view.unreadable, p),
  };
}
