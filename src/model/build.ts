import type { NodePath } from '../locate/locator.js';
import { suggest } from '../text/suggest.js';
import { walkActivities } from './activities.js';
import { unreadableFunctions } from './unreadable.js';
import type {
  ActivityRef,
  CharterFile,
  CheckedFile,
  DependencyEdge,
  DependencyStatus,
  FulfilsRef,
  FunctionNode,
  Located,
  OrgFile,
  OrgModel,
  TeamRef,
  UnusableFile,
} from './model.js';

/** Builds the org model from the checked files, in one pass over each list. */
export function buildModel(files: CheckedFile[]): OrgModel {
  const charters = files.filter((f): f is CharterFile => f.kind === 'charter');
  const org = files.find((f): f is OrgFile => f.kind === 'org');

  const functions: FunctionNode[] = charters.map((file) => ({ id: file.charter.id, file, charter: file.charter, department: file.charter.department }));
  const functionById = new Map<string, FunctionNode>();
  for (const fn of functions) if (!functionById.has(fn.id)) functionById.set(fn.id, fn);
  const unreadableFunctionById = unreadableFunctions(files, new Set(functionById.keys()));
  const unreadableOrg = org === undefined ? files.find((f): f is UnusableFile => f.kind === 'unusable' && f.source.kind === 'org') : undefined;

  const departmentById: OrgModel['departmentById'] = new Map();
  const externalTeamById: OrgModel['externalTeamById'] = new Map();
  const needById: OrgModel['needById'] = new Map();
  const registerRiskById: OrgModel['registerRiskById'] = new Map();
  const leaderById: OrgModel['leaderById'] = new Map();
  const productById: OrgModel['productById'] = new Map();
  if (org !== undefined) {
    const o = org.org;
    indexList(o.leaders, ['leaders'], org, leaderById);
    indexList(o.products, ['products'], org, productById);
    indexList(o.departments, ['departments'], org, departmentById);
    indexList(o.externalTeams, ['externalTeams'], org, externalTeamById);
    indexList(o.customerNeeds, ['customerNeeds'], org, needById);
    indexList(o.risks, ['risks'], org, registerRiskById);
  } else {
    // Without org.yaml, departments are whatever the charters say.
    for (const fn of functions) if (fn.charter.department !== '') departmentById.set(fn.charter.department, undefined);
    for (const fn of unreadableFunctionById.values()) if (fn.department !== undefined) departmentById.set(fn.department, undefined);
  }

  if (org !== undefined && departmentById.size > 0) {
    const ids = [...departmentById.keys()];
    for (const fn of functions) {
      if (fn.department === '' || departmentById.has(fn.department)) continue;
      fn.department = suggest(fn.department, ids) ?? fn.department;
    }
  }

  const functionsByDepartment = new Map<string, FunctionNode[]>();
  for (const fn of functions) {
    const dept = fn.department;
    if (dept === '') continue;
    let list = functionsByDepartment.get(dept);
    if (list === undefined) functionsByDepartment.set(dept, (list = []));
    list.push(fn);
  }

  const departmentChildren = new Map<string, string[]>();
  for (const [id, department] of departmentById) {
    const parent = department?.value.parent;
    if (parent === undefined) continue;
    let list = departmentChildren.get(parent);
    if (list === undefined) departmentChildren.set(parent, (list = []));
    list.push(id);
  }

  const drisByProduct = new Map<string, FunctionNode[]>();
  for (const fn of functions) {
    for (const product of new Set(fn.charter.products ?? [])) {
      let list = drisByProduct.get(product);
      if (list === undefined) drisByProduct.set(product, (list = []));
      list.push(fn);
    }
  }

  const resolveTeam = (id: string): TeamRef | undefined => {
    const fn = functionById.get(id);
    if (fn !== undefined) return { kind: 'function', id, function: fn };
    if (departmentById.has(id)) return { kind: 'department', id, functions: functionsByDepartment.get(id) ?? [] };
    const team = externalTeamById.get(id);
    if (team !== undefined) return { kind: 'external', id, team: team.value };
    return undefined;
  };

  const activities: ActivityRef[] = [];
  const fulfils: FulfilsRef[] = [];
  for (const fn of functions) {
    walkActivities(fn.charter.activities, ['activities'], (activity, path) => {
      const ref: ActivityRef = { function: fn, activity, path };
      activities.push(ref);
      activity.fulfils?.forEach((entry, i) => {
        const slash = entry.indexOf('/');
        fulfils.push({
          provider: fn,
          activity: ref,
          path: [...path, 'fulfils', i],
          entry,
          functionId: slash === -1 ? entry : entry.slice(0, slash),
          dependencyId: slash === -1 ? undefined : entry.slice(slash + 1),
          acknowledges: [],
        });
      });
    });
  }

  // Index the claims by the function whose dependencies they deliver, then by who delivers
  // them (the function, or its department): each edge looks at its own claims only, so the
  // work stays linear however many dependencies and claims a function has.
  const claimsByProvider = new Map<string, Map<FunctionNode, FulfilsRef[]>>();
  const claimsByDepartment = new Map<string, Map<string, FulfilsRef[]>>();
  for (const f of fulfils) {
    pushTo(claimsByProvider, f.functionId, f.provider, f);
    pushTo(claimsByDepartment, f.functionId, f.provider.department, f);
  }

  const dependencies: DependencyEdge[] = [];
  for (const fn of functions) {
    fn.charter.dependencies?.forEach((dependency, i) => {
      const target = resolveTeam(dependency.team);
      const edge: DependencyEdge = { from: fn, dependency, path: ['dependencies', i], target, fulfilledBy: [], status: 'unknown' };
      const claims =
        target?.kind === 'function'
          ? claimsByProvider.get(fn.id)?.get(target.function)
          : target?.kind === 'department'
            ? claimsByDepartment.get(fn.id)?.get(target.id)
            : undefined;
      for (const claim of claims ?? []) {
        if (claim.dependencyId !== undefined && claim.dependencyId !== dependency.id) continue;
        edge.fulfilledBy.push(claim);
        claim.acknowledges.push(edge);
      }
      edge.status = statusOf(edge);
      dependencies.push(edge);
    });
  }

  return {
    files,
    org,
    charters,
    functions,
    functionById,
    unreadableFunctionById,
    unreadableOrg,
    departmentById,
    functionsByDepartment,
    externalTeamById,
    needById,
    registerRiskById,
    leaderById,
    productById,
    drisByProduct,
    departmentChildren,
    activities,
    fulfils,
    dependencies,
    resolveTeam,
  };
}

function pushTo<K>(index: Map<string, Map<K, FulfilsRef[]>>, outer: string, inner: K, claim: FulfilsRef): void {
  let byInner = index.get(outer);
  if (byInner === undefined) index.set(outer, (byInner = new Map()));
  let list = byInner.get(inner);
  if (list === undefined) byInner.set(inner, (list = []));
  list.push(claim);
}

function statusOf(edge: DependencyEdge): DependencyStatus {
  if (edge.target === undefined) return 'unknown';
  if (edge.target.kind === 'external') return 'external';
  return edge.fulfilledBy.length > 0 ? 'acknowledged' : 'unacknowledged';
}

function indexList<T extends { id: string }>(
  list: T[] | undefined,
  path: NodePath,
  file: OrgFile,
  into: Map<string, Located<T> | undefined>,
): void {
  list?.forEach((value, i) => {
    if (!into.has(value.id)) into.set(value.id, { value, path: [...path, i], source: file.source });
  });
}
/**
 * The departments that have sub-departments: those some `parent` names, and those a
 * misspelt `parent` most likely means (so that one typo is one finding, not also an
 * "empty department" and a "department without a need" on its parent). Built once per model.
 */
export function departmentsWithChildren(model: OrgModel): Set<string> {
  let found = withChildren.get(model);
  if (found === undefined) {
    found = new Set();
    const ids = [...model.departmentById.keys()];
    for (const parent of model.departmentChildren.keys()) {
      const id = model.departmentById.has(parent) ? parent : suggest(parent, ids);
      if (id !== undefined) found.add(id);
    }
    withChildren.set(model, found);
  }
  return found;
}
const withChildren = new WeakMap<OrgModel, Set<string>>();
