import type { FunctionNode, OrgModel } from '../model/model.js';
import type { FunctionKind } from '../schema/charter.js';

/** A function on the org chart. */
export interface ChartFunction {
  id: string;
  name: string;
  department: string;
  kind: FunctionKind | undefined;
  /** People in the function, when the charter says. */
  headcount: number | undefined;
  owner: string | undefined;
}

/** A department on the org chart, with its sub-departments and functions. */
export interface ChartDepartment {
  id: string;
  name: string;
  /** `parent` as written (even when it names nothing). */
  parent: string | undefined;
  /** `lead` as written: a leader id, or free text. */
  lead: string | undefined;
  /** People in its functions and in its sub-departments'. */
  headcount: number;
  functions: ChartFunction[];
  children: ChartDepartment[];
}

/** A leader on the org chart, with who reports to them and the departments they lead. */
export interface ChartLeader {
  id: string;
  title: string;
  name: string | undefined;
  reportsTo: string | undefined;
  /** People in the departments they lead (nested ones included), in the functions they own, and under the leaders below them, each once. */
  headcount: number;
  reports: ChartLeader[];
  /** Top-level departments they lead (sub-departments stay under their parent). */
  departments: ChartDepartment[];
}

/**
 * The organization as a tree: the reporting line from the top, the departments each
 * leader leads, nested by `parent`, and the functions in each; headcount rolled up at
 * every level. What cannot be placed (a circle, a reference to nothing) is placed at
 * the top rather than lost: every leader, department and function appears once.
 */
export interface OrgChart {
  name: string | undefined;
  /** People in every function. */
  headcount: number;
  /** Leaders at the top of the reporting line. */
  leaders: ChartLeader[];
  /** Top-level departments no leader (known to org.yaml) leads. */
  departments: ChartDepartment[];
  /** Functions whose department is not a known department. */
  unplaced: ChartFunction[];
  /** Every leader and department, in file order (charters' order without org.yaml). */
  allLeaders: ChartLeader[];
  allDepartments: ChartDepartment[];
  allFunctions: ChartFunction[];
  /** Functions whose charter gives no headcount. */
  withoutHeadcount: number;
}

/** Builds the org chart from the model, in time linear in the size of the org. */
export function buildOrgChart(model: OrgModel): OrgChart {
  const allFunctions = model.functions.map(chartFunction);

  const allDepartments: ChartDepartment[] = [];
  const departmentById = new Map<string, ChartDepartment>();
  for (const [id, located] of model.departmentById) {
    const d: ChartDepartment = {
      id,
      name: located?.value.name ?? id,
      parent: located?.value.parent,
      lead: located?.value.lead,
      headcount: 0,
      functions: [],
      children: [],
    };
    allDepartments.push(d);
    departmentById.set(id, d);
  }
  const unplaced: ChartFunction[] = [];
  for (const fn of allFunctions) {
    const department = departmentById.get(fn.department);
    if (department === undefined) unplaced.push(fn);
    else department.functions.push(fn);
  }

  const allLeaders: ChartLeader[] = [];
  const leaderById = new Map<string, ChartLeader>();
  for (const [id, { value }] of model.leaderById) {
    const leader: ChartLeader = { id, title: value.title, name: value.name, reportsTo: value.reportsTo, headcount: 0, reports: [], departments: [] };
    allLeaders.push(leader);
    leaderById.set(id, leader);
  }

  // Departments under their parent; the others at the top, under the leader who leads them when there is one.
  const departmentParent = treeParents(allDepartments, (d) => (d.parent !== undefined && departmentById.has(d.parent) ? d.parent : undefined));
  const departments: ChartDepartment[] = [];
  for (const d of allDepartments) {
    const parent = departmentParent.get(d.id);
    if (parent !== undefined) departmentById.get(parent)!.children.push(d);
    else if (d.lead !== undefined && leaderById.has(d.lead)) leaderById.get(d.lead)!.departments.push(d);
    else departments.push(d);
  }
  const leaderParent = treeParents(allLeaders, (l) => (l.reportsTo !== undefined && leaderById.has(l.reportsTo) ? l.reportsTo : undefined));
  const leaders: ChartLeader[] = [];
  for (const l of allLeaders) {
    const boss = leaderParent.get(l.id);
    if (boss !== undefined) leaderById.get(boss)!.reports.push(l);
    else leaders.push(l);
  }

  // Roll headcount up, children before parents (post-order, without recursion).
  for (const d of postOrder(departments.concat(allLeaders.flatMap((l) => l.departments)), (d) => d.children)) {
    d.headcount = d.functions.reduce((sum, fn) => sum + (fn.headcount ?? 0), 0) + d.children.reduce((sum, c) => sum + c.headcount, 0);
  }
  // A leader counts the people of every department they lead, nested ones included, of
  // every function they own (`owner`), and of the leaders below them: each function once,
  // however many of those lead to it.
  const leadersAbove = new Map<string, string[]>(); // a department: every leader above its functions
  const leaderChain = (id: string): string[] => {
    const chain: string[] = [];
    for (let at: string | undefined = id; at !== undefined; at = leaderParent.get(at)) chain.push(at);
    return chain;
  };
  // Parents before children (each department's list builds on its parent's), without recursion.
  for (const d of preOrder(departments.concat(allLeaders.flatMap((l) => l.departments)), (d) => d.children)) {
    const inherited = departmentParent.has(d.id) ? leadersAbove.get(departmentParent.get(d.id)!)! : [];
    const lead = d.lead !== undefined && leaderById.has(d.lead) ? d.lead : undefined;
    // A department without a lead of its own shares its parent's list: nothing is copied.
    leadersAbove.set(d.id, lead === undefined ? inherited : [...new Set([...inherited, ...leaderChain(lead)])]);
  }

  for (const fn of allFunctions) {
    if (fn.headcount === undefined || fn.headcount === 0) continue;
    const above = new Set(leadersAbove.get(fn.department) ?? []);
    if (fn.owner !== undefined && leaderById.has(fn.owner)) for (const id of leaderChain(fn.owner)) above.add(id);
    for (const id of above) leaderById.get(id)!.headcount += fn.headcount;
  }

  return {
    name: model.org?.org.name,
    headcount: allFunctions.reduce((sum, fn) => sum + (fn.headcount ?? 0), 0),
    leaders,
    departments,
    unplaced,
    allLeaders,
    allDepartments,
    allFunctions,
    withoutHeadcount: allFunctions.filter((fn) => fn.headcount === undefined).length,
  };
}

function chartFunction(fn: FunctionNode): ChartFunction {
  const { charter } = fn;
  return { id: fn.id, name: charter.name, department: charter.department, kind: charter.kind, headcount: charter.headcount, owner: charter.owner };
}

/**
 * Each node's parent in a forest, from `parentOf` (which may form circles): a node on
 * a circle whose walk comes back to it loses its parent and becomes a root, the first
 * of the circle in list order. Linear: each node is walked once.
 */
function treeParents<T extends { id: string }>(nodes: readonly T[], parentOf: (node: T) => string | undefined): Map<string, string> {
  const order = new Map(nodes.map((node, i) => [node.id, i]));
  const parent = new Map<string, string>();
  for (const n of nodes) {
    const p = parentOf(n);
    if (p !== undefined) parent.set(n.id, p);
  }
  const state = new Map<string, 'walking' | 'done'>();
  for (const n of nodes) {
    const walk: string[] = [];
    let at: string | undefined = n.id;
    while (at !== undefined && state.get(at) === undefined) {
      state.set(at, 'walking');
      walk.push(at);
      at = parent.get(at);
    }
    // Came back to a node of this walk: a circle. Cut it at its first node in list order.
    if (at !== undefined && state.get(at) === 'walking') {
      const circle = walk.slice(walk.indexOf(at));
      const first = circle.reduce((a, b) => (order.get(a)! <= order.get(b)! ? a : b));
      parent.delete(first);
    }
    for (const id of walk) state.set(id, 'done');
  }
  return parent;
}

/** Every node under `roots`, parents before their children, iteratively. */
function preOrder<T>(roots: readonly T[], children: (node: T) => readonly T[]): T[] {
  const out: T[] = [];
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    const list = children(node);
    for (let i = list.length - 1; i >= 0; i--) stack.push(list[i]!);
  }
  return out;
}

/** Every node under `roots`, children before their parent, iteratively. */
function postOrder<T>(roots: readonly T[], children: (node: T) => readonly T[]): T[] {
  const out: T[] = [];
  const stack: { node: T; expanded: boolean }[] = roots.map((node) => ({ node, expanded: false })).reverse();
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.expanded) {
      out.push(top.node);
      continue;
    }
    stack.push({ node: top.node, expanded: true });
    for (const child of [...children(top.node)].reverse()) stack.push({ node: child, expanded: false });
  }
  return out;
}
