import { compare, type DepsView, type RowStatus } from './rows.js';

/** A function drawn in the graph. */
export interface GraphFunction {
  id: string;
  name: string;
}

/** A department drawn as a group around its functions. */
export interface GraphDepartment {
  id: string;
  name: string;
  /** Its functions that the graph draws, sorted by id. */
  functions: GraphFunction[];
  /** Whether some dependency is on the department as a whole: the group then holds a box that stands for it. */
  targeted: boolean;
}

/** An arrow from a function to the team it depends on. */
export interface GraphEdge {
  from: string;
  to: { kind: 'function' | 'department' | 'external' | 'unknown'; id: string };
  /** The dependency's id, when it has one. */
  label: string | null;
  for: string;
  status: RowStatus;
}

/** What the graph formats (mermaid, dot) draw, in a stable order. */
export interface DepsGraph {
  departments: GraphDepartment[];
  /** Functions with no department. */
  loose: GraphFunction[];
  externals: { id: string; name: string }[];
  unknowns: string[];
  edges: GraphEdge[];
}

/**
 * The graph of the view: every function a row mentions (and, for a dependency on a
 * department, that department's functions, which may take it on) or the view draws
 * anyway (a function with no dependency in or out still shows), grouped by
 * department; external and unknown teams apart; one edge per row.
 */
export function dependencyGraph(view: DepsView): DepsGraph {
  const shown = new Set<string>(view.drawn);
  const targetedDepartments = new Set<string>();
  const externals = new Set<string>();
  const unknowns = new Set<string>();
  for (const row of view.rows) {
    shown.add(row.from);
    switch (row.targetKind) {
      case 'function':
        shown.add(row.to);
        break;
      case 'department':
        targetedDepartments.add(row.to);
        for (const member of view.departments.get(row.to)?.members ?? []) shown.add(member);
        break;
      case 'external':
        externals.add(row.to);
        break;
      case 'unknown':
        unknowns.add(row.to);
        break;
    }
  }

  const byDepartment = new Map<string, GraphFunction[]>();
  const loose: GraphFunction[] = [];
  for (const id of [...shown].sort(compare)) {
    const fn = view.functions.get(id);
    const node = { id, name: fn?.name ?? id };
    const dept = fn?.department ?? '';
    if (dept === '') {
      loose.push(node);
      continue;
    }
    let list = byDepartment.get(dept);
    if (list === undefined) byDepartment.set(dept, (list = []));
    list.push(node);
  }
  for (const dept of targetedDepartments) if (!byDepartment.has(dept)) byDepartment.set(dept, []);

  const departments = [...byDepartment.keys()].sort(compare).map((id) => ({
    id,
    name: view.departments.get(id)?.name ?? id,
    functions: byDepartment.get(id)!,
    targeted: targetedDepartments.has(id),
  }));

  return {
    departments,
    loose,
    externals: [...externals].sort(compare).map((id) => ({ id, name: view.externalTeams.get(id)?.name ?? id })),
    unknowns: [...unknowns].sort(compare),
    edges: view.rows.map((row) => ({
      from: row.from,
      to: { kind: row.targetKind, id: row.to },
      label: row.id,
      for: row.for,
      status: row.status,
    })),
  };
}

/** Edge colours by status, shared by the graph formats and their legends. */
export const STATUS_COLORS: Record<RowStatus, string> = {
  acknowledged: '#2e7d32',
  unacknowledged: '#ef6c00',
  external: '#757575',
  unknown: '#c62828',
  implicit: '#9e9e9e',
};
