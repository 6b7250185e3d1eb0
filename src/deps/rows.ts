import type { CharterFile, DependencyEdge, OrgModel, TeamRef } from '../model/model.js';
import { fileStem } from '../schema/validate.js';
import { ROW_STATUSES, type RowStatus } from './status.js';

export { ROW_STATUSES, type RowStatus } from './status.js';


/** What a row's `to` names. */
export type TargetKind = TeamRef['kind'] | 'unknown';

/** An activity that fulfils a dependency. */
export interface Fulfilment {
  /** The function whose activity it is. */
  functionId: string;
  activityId: string;
  activityName: string;
}

/** One line of the dependency view: who expects what of whom, and where it stands. */
export interface DependencyRow {
  /** The depending function's id. */
  from: string;
  /** The team depended on, as the charter names it. */
  to: string;
  targetKind: TargetKind;
  /** The dependency's own id, when it has one. */
  id: string | null;
  for: string;
  status: RowStatus;
  fulfilledBy: Fulfilment[];
}

/** A function as the view names it. */
export interface FunctionInfo {
  name: string;
  /** '' when the charter names none. */
  department: string;
}

/** A department as the view names it. */
export interface DepartmentInfo {
  name: string;
  /** Its functions' ids, sorted. */
  members: string[];
}

/** What the formatters get: the rows, and the names of every team of the org. */
export interface DepsView {
  rows: DependencyRow[];
  /**
   * Functions a graph draws even when no row mentions them: every function of the
   * org in the whole view, the focus's own under `--function`, none under `--status` alone.
   */
  drawn: string[];
  functions: Map<string, FunctionInfo>;
  departments: Map<string, DepartmentInfo>;
  externalTeams: Map<string, { name: string }>;
  /** Charter files that could not be read at all, by the id their file name suggests: what an unknown team may really be. */
  unreadable: Map<string, string>;
}

/** Options that choose the rows. */
export interface RowOptions {
  /** Add an `implicit` row from each function to each of org.yaml's implicitProviders. */
  implicit?: boolean;
}

/** The `for` text of an implicit row. */
export const IMPLICIT_FOR = 'What every function relies on without listing it (implicitProviders in org.yaml).';

/**
 * The dependency view of the org: one row per dependency edge of the model (and,
 * when asked, per implicit provider), sorted by function, then team, then file order.
 */
export function dependencyView(model: OrgModel, options: RowOptions = {}): DepsView {
  const rows = model.dependencies.map(rowOf);
  if (options.implicit) rows.push(...implicitRows(model));
  const teams = teamsOf(model);
  return { rows: sortRows(rows), drawn: [...teams.functions.keys()].sort(compare), ...teams };
}

function rowOf(edge: DependencyEdge): DependencyRow {
  const seen = new Set<string>();
  const fulfilledBy: Fulfilment[] = [];
  for (const claim of edge.fulfilledBy) {
    const f: Fulfilment = {
      functionId: claim.provider.id,
      activityId: claim.activity.activity.id,
      activityName: claim.activity.activity.name,
    };
    const key = `${f.functionId}/${f.activityId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    fulfilledBy.push(f);
  }
  return {
    from: edge.from.id,
    to: edge.dependency.team,
    targetKind: edge.target?.kind ?? 'unknown',
    id: edge.dependency.id ?? null,
    for: edge.dependency.for,
    status: edge.status,
    fulfilledBy,
  };
}

/** A row from every function to every implicit provider, except to itself, its own department, or a team it already lists. */
function implicitRows(model: OrgModel): DependencyRow[] {
  const providers = [...new Set(model.org?.org.implicitProviders ?? [])];
  if (providers.length === 0) return [];
  const listed = new Set(model.dependencies.map((e) => `${e.from.id}\u0000${e.dependency.team}`));
  const rows: DependencyRow[] = [];
  for (const fn of model.functionById.values()) {
    for (const provider of providers) {
      if (provider === fn.id || provider === fn.charter.department || listed.has(`${fn.id}\u0000${provider}`)) continue;
      rows.push({
        from: fn.id,
        to: provider,
        targetKind: model.resolveTeam(provider)?.kind ?? 'unknown',
        id: null,
        for: IMPLICIT_FOR,
        status: 'implicit',
        fulfilledBy: [],
      });
    }
  }
  return rows;
}

/** Sorts by function, then team; rows of one pair keep their order in the file. */
function sortRows(rows: DependencyRow[]): DependencyRow[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compare(a.row.from, b.row.from) || compare(a.row.to, b.row.to) || a.index - b.index)
    .map((x) => x.row);
}

/** Code-unit order: the same on every machine, whatever its locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function teamsOf(model: OrgModel): Omit<DepsView, 'rows' | 'drawn'> {
  const functions = new Map<string, FunctionInfo>();
  for (const fn of model.functionById.values()) functions.set(fn.id, { name: fn.charter.name, department: fn.charter.department });
  const departments = new Map<string, DepartmentInfo>();
  for (const [id, dept] of model.departmentById) {
    const members = (model.functionsByDepartment.get(id) ?? []).map((f) => f.id);
    departments.set(id, { name: dept?.value.name ?? id, members: [...new Set(members)].sort(compare) });
  }
  const externalTeams = new Map<string, { name: string }>();
  for (const [id, team] of model.externalTeamById) externalTeams.set(id, { name: team.value.name });
  const unreadable = new Map<string, string>();
  for (const file of model.files) {
    if (file.source.kind === 'charter' && file.kind !== 'charter') unreadable.set(fileStem(file.source.path), file.source.displayPath);
  }
  return { functions, departments, externalTeams, unreadable };
}

/** How many rows of each status. */
export function countByStatus(rows: readonly DependencyRow[]): Map<RowStatus, number> {
  const counts = new Map<RowStatus, number>(ROW_STATUSES.map((s) => [s, 0]));
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  return counts;
}

/**
 * `47 dependencies: 40 acknowledged, 0 unacknowledged, 7 external, 0 unknown`
 * (and `; plus 16 implicit` when there are implicit rows).
 */
export function summaryLine(rows: readonly DependencyRow[]): string {
  const counts = countByStatus(rows);
  const implicit = counts.get('implicit') ?? 0;
  const explicit = rows.length - implicit;
  const parts = ROW_STATUSES.filter((s) => s !== 'implicit').map((s) => `${counts.get(s) ?? 0} ${s}`);
  const head = `${explicit} ${explicit === 1 ? 'dependency' : 'dependencies'}: ${parts.join(', ')}`;
  return implicit > 0 ? `${head}; plus ${implicit} implicit` : head;
}
