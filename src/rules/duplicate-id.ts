import type { SourceFile } from '../load/source.js';
import type { NodePath } from '../locate/locator.js';
import { walkActivities } from '../model/activities.js';
import type { FunctionNode, OrgModel } from '../model/model.js';
import { defineOrgRule, type RuleContext } from './types.js';

/** Something with an id in a list, as this rule compares them. */
interface Definition {
  id: string;
  source: SourceFile;
  /** Path of the item's `id` value. */
  path: NodePath;
}

/**
 * Reports ids that must tell things apart but do not: two functions with one id; a
 * function whose id is also a department's (other than its own one-function department)
 * or an external team's; a department and an external team with one id; and within one
 * file two metrics, activities (nested ones included), risks or dependencies, or two
 * departments, customer needs, external teams, register risks, leaders or products of
 * org.yaml, with one id.
 * The first definition is never reported; each later one points to it.
 */
export default defineOrgRule({
  meta: {
    id: 'duplicate-id',
    description: 'Two things that must be told apart share an id.',
    defaultSeverity: 'error',
    messages: {
      function: 'Function id "{{id}}" is also the id of {{first}}',
      metric: 'Metric id "{{id}}" is used twice (first at {{first}})',
      activity: 'Activity id "{{id}}" is used twice (first at {{first}})',
      risk: 'Risk id "{{id}}" is used twice (first at {{first}})',
      dependency: 'Dependency id "{{id}}" is used twice (first at {{first}})',
      department: 'Department id "{{id}}" is used twice (first at {{first}})',
      need: 'Customer need id "{{id}}" is used twice (first at {{first}})',
      externalTeam: 'External team id "{{id}}" is used twice (first at {{first}})',
      registerRisk: 'Register risk id "{{id}}" is used twice (first at {{first}})',
      leader: 'Leader id "{{id}}" is used twice (first at {{first}})',
      product: 'Product id "{{id}}" is used twice (first at {{first}})',
      functionIsDepartment: 'Function id "{{id}}" is also a department\'s id ({{first}})',
      functionIsSharedDepartment: 'Function id "{{id}}" is also the id of its own department ({{first}})',
      functionIsExternalTeam: 'Function id "{{id}}" is also an external team\'s id ({{first}})',
      externalTeamIsDepartment: 'External team id "{{id}}" is also a department\'s id ({{first}})',
    },
    help: {
      function: 'give each function its own id (and file name)',
      metric: 'give each operating metric its own id, so that a risk\'s monitoredBy names one',
      activity: 'give each activity its own id, nested ones included, so that a risk\'s mitigatedBy names one',
      risk: 'give each risk in this charter its own id',
      dependency: 'give each dependency its own id, so that "fulfils: [{{function}}/{{id}}]" names one',
      department: 'give each department its own id',
      need: 'give each customer need its own id',
      externalTeam: 'give each external team its own id',
      registerRisk: 'give each risk in the register its own id, so that a charter risk\'s ref names one',
      leader: 'give each leader its own id, so that reportsTo, lead and owner name one',
      product: 'give each product its own id, so that a charter\'s products names one',
      functionIsDepartment: 'a dependency on "{{id}}" would reach this function, not that department: rename the function or the department',
      functionIsSharedDepartment: 'the department has other functions ({{others}}), and a dependency on "{{id}}" would reach only this one: rename the function or the department',
      functionIsExternalTeam: 'a dependency on "{{id}}" would reach this function, never the external team: rename one of them',
      externalTeamIsDepartment: 'a dependency on "{{id}}" would reach the department, never the external team: rename one of them',
    },
  },
  check(model, context) {
    reportRepeats(
      model.functions.map((fn) => ({ id: fn.id, source: fn.file.source, path: ['id'] })),
      'function',
      context,
    );
    for (const fn of model.functions) checkCharter(fn, context);
    checkOrgLists(model, context);
    checkAcrossKinds(model, context);
  },
});

type Context = RuleContext<undefined>;

/** Reports every definition whose id an earlier one in `definitions` already has. */
function reportRepeats(
  definitions: Iterable<Definition>,
  messageId: string,
  context: Context,
  data: Record<string, string> = {},
): void {
  const first = new Map<string, Definition>();
  for (const definition of definitions) {
    const earlier = first.get(definition.id);
    if (earlier === undefined) {
      first.set(definition.id, definition);
      continue;
    }
    context.report({
      source: definition.source,
      path: definition.path,
      messageId,
      data: { ...data, id: definition.id, first: context.where(earlier.source, earlier.path) },
    });
  }
}

/** Metrics, activities, risks and dependencies: each kind its own list of ids within the file. */
function checkCharter(fn: FunctionNode, context: Context): void {
  const { charter } = fn;
  const source = fn.file.source;
  const listed = <T extends { id?: string | undefined }>(list: T[] | undefined, key: string): Definition[] =>
    (list ?? []).flatMap((item, i) => (item.id === undefined ? [] : [{ id: item.id, source, path: [key, i, 'id'] }]));

  reportRepeats(listed(charter.operatingMetrics, 'operatingMetrics'), 'metric', context);
  const activities: Definition[] = [];
  walkActivities(charter.activities, ['activities'], (activity, path) => activities.push({ id: activity.id, source, path: [...path, 'id'] }));
  reportRepeats(activities, 'activity', context);
  reportRepeats(listed(charter.risks, 'risks'), 'risk', context);
  reportRepeats(listed(charter.dependencies, 'dependencies'), 'dependency', context, { function: fn.id });
}

/** Two departments, needs, external teams or register risks of org.yaml with one id. */
function checkOrgLists(model: OrgModel, context: Context): void {
  if (model.org === undefined) return;
  const { org, source } = model.org;
  const listed = (list: { id: string }[] | undefined, key: string): Definition[] =>
    (list ?? []).map((item, i) => ({ id: item.id, source, path: [key, i, 'id'] }));
  reportRepeats(listed(org.departments, 'departments'), 'department', context);
  reportRepeats(listed(org.customerNeeds, 'customerNeeds'), 'need', context);
  reportRepeats(listed(org.externalTeams, 'externalTeams'), 'externalTeam', context);
  reportRepeats(listed(org.risks, 'risks'), 'registerRisk', context);
  reportRepeats(listed(org.leaders, 'leaders'), 'leader', context);
  reportRepeats(listed(org.products, 'products'), 'product', context);
}

/**
 * Ids that a dependency's team could mean in more than one way: functions against
 * departments and external teams, departments against external teams.
 */
function checkAcrossKinds(model: OrgModel, context: Context): void {
  for (const fn of model.functions) {
    if (model.functionById.get(fn.id) !== fn) continue; // a repeated function: reported above
    const at = { source: fn.file.source, path: ['id'] as NodePath };

    if (model.departmentById.has(fn.id)) {
      const others = (model.functionsByDepartment.get(fn.id) ?? []).filter((f) => f.id !== fn.id);
      const own = fn.charter.department === fn.id;
      if (!own || others.length > 0) {
        context.report({
          ...at,
          messageId: own ? 'functionIsSharedDepartment' : 'functionIsDepartment',
          data: { id: fn.id, first: departmentWhere(model, fn.id, context), others: others.map((f) => f.id).join(', ') },
        });
      }
    }

    const team = model.externalTeamById.get(fn.id);
    if (team !== undefined) {
      context.report({
        ...at,
        messageId: 'functionIsExternalTeam',
        data: { id: fn.id, first: context.where(team.source, [...team.path, 'id']) },
      });
    }
  }

  for (const [id, team] of model.externalTeamById) {
    if (!model.departmentById.has(id)) continue;
    context.report({
      source: team.source,
      path: [...team.path, 'id'],
      messageId: 'externalTeamIsDepartment',
      data: { id, first: departmentWhere(model, id, context) },
    });
  }
}

/** Where a department is defined: in org.yaml, or without one, the first charter that names it. */
function departmentWhere(model: OrgModel, id: string, context: Context): string {
  const declared = model.departmentById.get(id);
  if (declared !== undefined) return context.where(declared.source, [...declared.path, 'id']);
  const member = model.functionsByDepartment.get(id)?.[0];
  return member === undefined ? `department "${id}"` : context.where(member.file.source, ['department']);
}
