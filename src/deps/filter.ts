import type { DepsView, DependencyRow, RowStatus } from './rows.js';

/** What `--function <id>` names: a function, a department, or an external team. */
export type Focus =
  | { kind: 'function'; id: string; department: string }
  | { kind: 'department'; id: string }
  | { kind: 'external'; id: string };

/** Resolves `--function <id>` as a dependency's `team` resolves: a function first, then a department, then an external team. */
export function resolveFocus(view: DepsView, id: string): Focus | undefined {
  const fn = view.functions.get(id);
  if (fn !== undefined) return { kind: 'function', id, department: fn.department };
  if (view.departments.has(id)) return { kind: 'department', id };
  if (view.externalTeams.has(id)) return { kind: 'external', id };
  return undefined;
}

/** Every id `--function` accepts, for "did you mean". */
export function focusIds(view: DepsView): string[] {
  return [...view.functions.keys(), ...view.departments.keys(), ...view.externalTeams.keys()];
}

/** Which rows to keep. */
export interface RowFilter {
  focus?: Focus | undefined;
  status?: RowStatus | undefined;
}

/**
 * Keeps the rows a filter asks for. With a focus: a function's own dependencies and
 * the ones on it (or on its department, which it may take on); a department's
 * functions' dependencies and the ones on the department or any of its functions;
 * an external team's dependents.
 */
export function filterRows(view: DepsView, filter: RowFilter): DepsView {
  const { focus, status } = filter;
  const rows = view.rows.filter(
    (row) => (status === undefined || row.status === status) && (focus === undefined || concerns(row, focus, view)),
  );
  return { ...view, rows, drawn: drawnFor(view, filter) };
}

/** The functions a filtered graph draws without an edge: the focus's own (a department's members), else none under --status. */
function drawnFor(view: DepsView, { focus, status }: RowFilter): string[] {
  if (focus === undefined) return status === undefined ? view.drawn : [];
  switch (focus.kind) {
    case 'function':
      return [focus.id];
    case 'department':
      return view.departments.get(focus.id)?.members ?? [];
    case 'external':
      return [];
  }
}

function concerns(row: DependencyRow, focus: Focus, view: DepsView): boolean {
  switch (focus.kind) {
    case 'function':
      return (
        row.from === focus.id ||
        (row.targetKind === 'function' && row.to === focus.id) ||
        (row.targetKind === 'department' && focus.department !== '' && row.to === focus.department)
      );
    case 'department':
      return (
        view.functions.get(row.from)?.department === focus.id ||
        (row.targetKind === 'department' && row.to === focus.id) ||
        (row.targetKind === 'function' && view.functions.get(row.to)?.department === focus.id)
      );
    case 'external':
      return row.to === focus.id;
  }
}
