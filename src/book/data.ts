import { compare } from '../deps/rows.js';
import { dependencyView, type DepsView } from '../deps/rows.js';
import type { Finding } from '../findings/finding.js';
import type { LintResult } from '../lint/run.js';
import type { ActivityRef, DependencyEdge, FunctionNode, OrgModel } from '../model/model.js';
import { ruleById } from '../rules/index.js';
import type { Charter } from '../schema/charter.js';
import type { Org } from '../schema/org.js';
import { headcountOf, orgChartOf, personLabel, type OrgChart } from './structure.js';

/** A dependency another function has on this one (directly, or on its department). */
export interface IncomingDependency {
  edge: DependencyEdge;
  /** `department` when the dependency names this function's department as a whole. */
  via: 'function' | 'department';
  /** This function's activities that take it on. */
  takenOnBy: ActivityRef[];
}

/** One function as the book shows it. */
export interface BookFunction {
  id: string;
  charter: Charter;
  /** The department id ('' when the charter names none). */
  department: string;
  departmentName: string;
  /** People in the function, when the charter says. */
  headcount: number | undefined;
  /** The owner as shown: a leader's title once org.yaml has leaders, else as written. */
  owner: string | undefined;
  /** The charter's file, as lint names it. */
  file: string;
  findings: Finding[];
  outgoing: DependencyEdge[];
  incoming: IncomingDependency[];
}

/** A department and its functions. */
export interface BookDepartment {
  id: string;
  name: string;
  lead: string | undefined;
  needId: string | undefined;
  internal: boolean;
  /** True when org.yaml declares it (false: only charters name it). */
  declared: boolean;
  functions: BookFunction[];
}

/** A customer need and the departments accountable for it. */
export interface BookNeed {
  id: string;
  name: string;
  description: string | undefined;
  departments: BookDepartment[];
}

/** Findings of one rule. */
export interface RuleFindings {
  rule: string;
  description: string;
  errors: number;
  warnings: number;
  findings: Finding[];
}

/** Everything the pages show: built once from one lint run, never from the files. */
export interface Book {
  /** The organization's name, or a plain stand-in without org.yaml. */
  title: string;
  org: Org | undefined;
  needs: BookNeed[];
  /** Departments accountable for no need: internal ones, and the ones charters name that org.yaml does not declare. */
  otherDepartments: BookDepartment[];
  departments: Map<string, BookDepartment>;
  /** Functions by id, sorted by id. */
  functions: Map<string, BookFunction>;
  findings: Finding[];
  byRule: RuleFindings[];
  /** Findings of files that are no function's page: org.yaml, unreadable or duplicate charters. */
  otherFindings: Map<string, Finding[]>;
  deps: DepsView;
  /** The executive sponsor as shown (a leader's title once org.yaml has leaders). */
  sponsor: string | undefined;
  /** The reporting line and nested departments, when org.yaml has them. */
  chart: OrgChart | undefined;
  model: OrgModel;
}

/** The title of a book whose charters have no usable org.yaml. */
export const UNTITLED = 'Customer Success organization';

/** Builds the book's data from one lint run's result. */
export function bookOf(result: Pick<LintResult, 'model' | 'findings'>): Book {
  const { model } = result;
  const org = model.org?.org;

  const functions = new Map<string, BookFunction>();
  const byFile = new Map<string, BookFunction>();
  for (const node of [...model.functionById.values()].sort((a, b) => compare(a.id, b.id))) {
    const fn = bookFunction(node);
    fn.owner = personLabel(model, fn.owner);
    functions.set(fn.id, fn);
    byFile.set(fn.file, fn);
  }

  const otherFindings = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const fn = byFile.get(finding.file);
    if (fn !== undefined) fn.findings.push(finding);
    else {
      let list = otherFindings.get(finding.file);
      if (list === undefined) otherFindings.set(finding.file, (list = []));
      list.push(finding);
    }
  }

  for (const edge of model.dependencies) {
    functions.get(edge.from.id)?.outgoing.push(edge);
    const target = edge.target;
    if (target === undefined) continue;
    const takers = (fn: BookFunction, via: IncomingDependency['via']) =>
      fn.incoming.push({ edge, via, takenOnBy: uniqueActivities(edge.fulfilledBy.filter((c) => c.provider.id === fn.id).map((c) => c.activity)) });
    if (target.kind === 'function') {
      const fn = functions.get(target.id);
      if (fn !== undefined) takers(fn, 'function');
    } else if (target.kind === 'department') {
      for (const member of new Set(target.functions.map((f) => f.id))) {
        const fn = functions.get(member);
        if (fn !== undefined) takers(fn, 'department');
      }
    }
  }

  const departments = new Map<string, BookDepartment>();
  const declared = new Set((org?.departments ?? []).map((d) => d.id));
  for (const [id, located] of model.departmentById) {
    departments.set(id, {
      id,
      name: located?.value.name ?? id,
      lead: personLabel(model, located?.value.lead),
      needId: located?.value.need,
      internal: located?.value.internal === true,
      declared: declared.has(id),
      functions: [],
    });
  }
  for (const fn of functions.values()) {
    if (fn.department === '') continue;
    let dept = departments.get(fn.department);
    if (dept === undefined) {
      dept = { id: fn.department, name: fn.department, lead: undefined, needId: undefined, internal: false, declared: false, functions: [] };
      departments.set(dept.id, dept);
    }
    dept.functions.push(fn);
  }
  for (const fn of functions.values()) fn.departmentName = departments.get(fn.department)?.name ?? fn.department;
  for (const dept of departments.values()) dept.functions.sort((a, b) => compare(a.charter.name.toLowerCase(), b.charter.name.toLowerCase()));

  const needs: BookNeed[] = [];
  const placed = new Set<string>();
  for (const [id, located] of model.needById) {
    const accountable = [...departments.values()].filter((d) => d.needId === id);
    for (const d of accountable) placed.add(d.id);
    needs.push({ id, name: located.value.name, description: located.value.description, departments: accountable });
  }
  const otherDepartments = [...departments.values()].filter((d) => !placed.has(d.id));
  const loose = [...functions.values()].filter((f) => f.department === '');
  if (loose.length > 0) {
    otherDepartments.push({ id: '', name: 'No department', lead: undefined, needId: undefined, internal: false, declared: false, functions: loose });
  }

  const byRule = new Map<string, RuleFindings>();
  for (const finding of result.findings) {
    let entry = byRule.get(finding.rule);
    if (entry === undefined) {
      entry = { rule: finding.rule, description: ruleById.get(finding.rule)?.meta.description ?? '', errors: 0, warnings: 0, findings: [] };
      byRule.set(finding.rule, entry);
    }
    entry.findings.push(finding);
    if (finding.severity === 'error') entry.errors++;
    else entry.warnings++;
  }

  return {
    title: org?.name ?? UNTITLED,
    org,
    needs,
    otherDepartments,
    departments,
    functions,
    findings: result.findings,
    byRule: [...byRule.values()].sort((a, b) => b.errors - a.errors || b.findings.length - a.findings.length || compare(a.rule, b.rule)),
    otherFindings,
    deps: dependencyView(model),
    sponsor: personLabel(model, org?.executiveSponsor),
    chart: orgChartOf(model),
    model,
  };
}

function bookFunction(node: FunctionNode): BookFunction {
  return {
    id: node.id,
    charter: node.charter,
    department: node.charter.department,
    departmentName: node.charter.department,
    headcount: headcountOf(node.charter),
    owner: node.charter.owner,
    file: node.file.source.displayPath,
    findings: [],
    outgoing: [],
    incoming: [],
  };
}

function uniqueActivities(list: ActivityRef[]): ActivityRef[] {
  const seen = new Set<string>();
  return list.filter((a) => !seen.has(a.activity.id) && seen.add(a.activity.id));
}

/** Every activity of a charter, nested ones included, by id (first one wins). */
export function activitiesById(charter: Charter): Map<string, { id: string; name: string }> {
  const out = new Map<string, { id: string; name: string }>();
  const walk = (list: Charter['activities']) => {
    for (const a of list ?? []) {
      if (!out.has(a.id)) out.set(a.id, a);
      walk(a.activities);
    }
  };
  walk(charter.activities);
  return out;
}
