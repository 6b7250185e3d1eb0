import type { OrgModel } from '../model/model.js';
import type { Charter } from '../schema/charter.js';

/**
 * The org chart: the reporting line of org.yaml's `leaders`, the departments each
 * leader leads (nested by `parent`), and their functions with headcount rolled up.
 *
 * These fields belong to the organization structure (spec: "Organization structure");
 * they are read here without assuming more of their types than the spec says, so
 * that the book shows the chart whenever the model carries them and nothing otherwise.
 */
export interface OrgChartNode {
  kind: 'leader' | 'department' | 'function';
  id: string;
  /** A leader's title, a department's or a function's name. */
  label: string;
  /** People in it and below it, when any of them says. */
  headcount: number | undefined;
  children: OrgChartNode[];
}

export interface OrgChart {
  roots: OrgChartNode[];
}

interface LeaderLike {
  id: string;
  title: string;
  name: string | undefined;
  reportsTo: string | undefined;
}

/** The org chart, or undefined when org.yaml has neither leaders nor nested departments. */
export function orgChartOf(model: OrgModel): OrgChart | undefined {
  const org = model.org?.org as Record<string, unknown> | undefined;
  if (org === undefined) return undefined;
  const leaders = readLeaders(org['leaders']);
  const departments = [...model.departmentById.entries()].map(([id, d]) => {
    const value = (d?.value ?? {}) as Record<string, unknown>;
    return { id, name: typeof value['name'] === 'string' ? value['name'] : id, parent: str(value['parent']), lead: str(value['lead']) };
  });
  const nested = departments.some((d) => d.parent !== undefined);
  if (leaders.length === 0 && !nested) return undefined;

  const visited = new Set<string>();
  const functionNodes = (deptId: string): OrgChartNode[] =>
    (model.functionsByDepartment.get(deptId) ?? [])
      .filter((f, i, all) => all.findIndex((g) => g.id === f.id) === i)
      .map((f) => ({ kind: 'function' as const, id: f.id, label: f.charter.name, headcount: headcountOf(f.charter), children: [] }));
  const departmentNode = (d: (typeof departments)[number]): OrgChartNode | undefined => {
    const key = `department:${d.id}`;
    if (visited.has(key)) return undefined; // a parent cycle: the rule reporting-line reports it
    visited.add(key);
    const children = [
      ...departments.filter((c) => c.parent === d.id).map(departmentNode).filter((n): n is OrgChartNode => n !== undefined),
      ...functionNodes(d.id),
    ];
    return { kind: 'department', id: d.id, label: d.name, headcount: total(children), children };
  };
  const knownDepartments = new Set(departments.map((d) => d.id));
  const topDepartments = departments.filter((d) => d.parent === undefined || !knownDepartments.has(d.parent));
  const leaderIds = new Set(leaders.map((l) => l.id));
  const leaderNode = (l: LeaderLike): OrgChartNode | undefined => {
    const key = `leader:${l.id}`;
    if (visited.has(key)) return undefined;
    visited.add(key);
    const children = [
      ...leaders.filter((r) => r.reportsTo === l.id).map(leaderNode),
      ...topDepartments.filter((d) => d.lead === l.id).map(departmentNode),
    ].filter((n): n is OrgChartNode => n !== undefined);
    return { kind: 'leader', id: l.id, label: l.name !== undefined ? `${l.title} (${l.name})` : l.title, headcount: total(children), children };
  };
  const roots = [
    ...leaders.filter((l) => l.reportsTo === undefined || !leaderIds.has(l.reportsTo)).map(leaderNode),
    ...topDepartments.filter((d) => d.lead === undefined || !leaderIds.has(d.lead)).map(departmentNode),
  ].filter((n): n is OrgChartNode => n !== undefined);
  return { roots };
}

function readLeaders(value: unknown): LeaderLike[] {
  if (!Array.isArray(value)) return [];
  const out: LeaderLike[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) continue;
    const r = item as Record<string, unknown>;
    const id = str(r['id']);
    if (id === undefined) continue;
    out.push({ id, title: str(r['title']) ?? id, name: str(r['name']), reportsTo: str(r['reportsTo']) });
  }
  return out;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function total(children: OrgChartNode[]): number | undefined {
  const known = children.filter((c) => c.headcount !== undefined);
  return known.length === 0 ? undefined : known.reduce((sum, c) => sum + c.headcount!, 0);
}

/** A charter's headcount, when it has one (an optional field of the organization structure). */
export function headcountOf(charter: Charter): number | undefined {
  const value = (charter as Record<string, unknown>)['headcount'];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * How to show an owner, a department's lead or the executive sponsor: once org.yaml
 * declares `leaders`, these name a leader id, shown as the leader's title (and name);
 * before that they are free text, shown as written.
 */
export function personLabel(model: OrgModel, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const leader = readLeaders((model.org?.org as Record<string, unknown> | undefined)?.['leaders']).find((l) => l.id === value);
  if (leader === undefined) return value;
  return leader.name !== undefined ? `${leader.title} (${leader.name})` : leader.title;
}
