import { walkActivities } from '../model/activities.js';
import type { ActivityRef, CharterFile, OrgModel } from '../model/model.js';
import { onlyClose, suggest } from '../text/suggest.js';
import { defineFileRule } from './types.js';

/**
 * Reports references inside a charter that name nothing: a risk's `mitigatedBy`
 * (activities of the same charter, nested ones included), `monitoredBy` (operating
 * metrics of the same charter) and `ref` (the risk register of org.yaml, when there
 * is a usable one), and the function part of an activity's `fulfils` entries
 * (`<function-id>` or `<function-id>/<dependency-id>`; the dependency part is
 * fulfils-stale's to check).
 */
export default defineFileRule({
  meta: {
    id: 'reference-unknown',
    description: 'mitigatedBy, monitoredBy or ref names nothing that exists, or fulfils names no function.',
    defaultSeverity: 'error',
    messages: {
      activity: 'Risk "{{risk}}" is mitigated by "{{id}}", an activity this charter lacks',
      activityElsewhere: 'Risk "{{risk}}" is mitigated by "{{id}}", an activity of "{{owner}}"',
      metric: 'Risk "{{risk}}" is monitored by "{{id}}", a metric this charter lacks',
      registerRisk: 'Risk "{{risk}}" refers to "{{ref}}", which is not in the risk register',
      function: 'Activity "{{activity}}" fulfils "{{entry}}", but "{{function}}" is no function',
    },
    help: {
      activity: '{{hint}}',
      activityElsewhere: 'list this function\'s own activities, and put what it needs from "{{owner}}" under dependencies',
      metric: '{{hint}}',
      registerRisk: '{{hint}}',
      function: '{{hint}}',
    },
  },
  check(file, context, model) {
    const { charter, source } = file;
    const activityIds: string[] = [];
    walkActivities(charter.activities, ['activities'], (activity) => activityIds.push(activity.id));
    const activities = new Set(activityIds);
    const metrics = new Set((charter.operatingMetrics ?? []).map((m) => m.id));
    // Items the schema stage dropped are still in the file: a reference to one is not unknown.
    const anyDropped = file.hasDroppedUnder([]);

    charter.risks?.forEach((risk, i) => {
      risk.mitigatedBy?.forEach((id, j) => {
        if (activities.has(id) || (anyDropped && file.writtenIds('activities').has(id))) return;
        const path = ['risks', i, 'mitigatedBy', j];
        const owner = activitiesOfOrg(model).get(id)?.function;
        if (owner !== undefined && owner.file !== file) {
          context.report({ source, path, messageId: 'activityElsewhere', data: { risk: risk.id, id, owner: owner.id } });
          return;
        }
        const hint = hintFor(id, activityIds, {
          none: 'add the activity under "activities" first, then name its id here',
          other: 'mitigatedBy lists ids of this charter\'s activities (nested ones included)',
        });
        const near = onlyClose(id, activityIds);
        context.report({
          source,
          path,
          messageId: 'activity',
          data: { risk: risk.id, id, hint },
          ...(near !== undefined ? { suggestions: [{ desc: `Change "${id}" to "${near}"`, fix: { path, text: near } }] } : {}),
        });
      });

      risk.monitoredBy?.forEach((id, j) => {
        if (metrics.has(id) || (anyDropped && file.writtenIds('operatingMetrics').has(id))) return;
        const hint = hintFor(id, metrics, {
          none: 'add the metric under "operatingMetrics" first, then name its id here',
          other: 'monitoredBy lists ids of this charter\'s operating metrics',
        });
        context.report({ source, path: ['risks', i, 'monitoredBy', j], messageId: 'metric', data: { risk: risk.id, id, hint } });
      });

      const ref = risk.ref;
      const org = model.org;
      if (ref === undefined || org === undefined) return;
      if (model.registerRiskById.has(ref) || (org.hasDroppedUnder([]) && org.writtenIds('risks').has(ref))) return;
      const hint = hintFor(ref, model.registerRiskById.keys(), {
        none: 'org.yaml has no risk register yet: add the risk under "risks" there, or remove "ref"',
        other: 'add it to the register under "risks" in org.yaml, or correct the id',
      });
      context.report({ source, path: ['risks', i, 'ref'], messageId: 'registerRisk', data: { risk: risk.id, ref, hint } });
    });

    walkActivities(charter.activities, ['activities'], (activity, activityPath) => {
      activity.fulfils?.forEach((entry, k) => {
        const slash = entry.indexOf('/');
        const functionId = slash === -1 ? entry : entry.slice(0, slash);
        if (model.functionById.has(functionId) || model.unreadableFunctionById.has(functionId)) return;
        const rest = slash === -1 ? '' : entry.slice(slash);
        context.report({
          source,
          path: [...activityPath, 'fulfils', k],
          messageId: 'function',
          data: { activity: activity.id, entry, function: functionId, hint: fulfilsHint(functionId, rest, model) },
        });
      });
    });
  },
});

/** `did you mean "x"?`, or the fallback advice (one for an empty candidate list). */
function hintFor(input: string, candidates: Iterable<string>, fallback: { none: string; other: string }): string {
  let any = false;
  const list: string[] = [];
  for (const c of candidates) {
    any = true;
    list.push(c);
  }
  if (!any) return fallback.none;
  const s = suggest(input, list);
  return s === undefined ? fallback.other : `did you mean "${s}"?`;
}

/** Advice for a fulfils entry whose function part names no function. */
function fulfilsHint(functionId: string, rest: string, model: OrgModel): string {
  const s = suggest(functionId, model.functionById.keys());
  if (s !== undefined) return `did you mean "${s}${rest}"?`;
  if (model.departmentById.has(functionId)) {
    const members = (model.functionsByDepartment.get(functionId) ?? []).slice(0, 3).map((fn) => `"${fn.id}"`);
    const more = (model.functionsByDepartment.get(functionId)?.length ?? 0) > members.length ? ', ...' : '';
    const example = members.length > 0 ? ` (its functions: ${members.join(', ')}${more})` : '';
    return `"${functionId}" is a department, not a function: name the function whose dependency this activity delivers${example}`;
  }
  if (model.externalTeamById.has(functionId)) {
    return `"${functionId}" is an external team, which has no charter: fulfils names a function of this organization whose dependency this activity delivers`;
  }
  return 'fulfils names the function (a charter\'s id) whose dependency this activity delivers';
}

/** Every activity of the org by id (first definition), built once per model. */
const activityIndexes = new WeakMap<OrgModel, Map<string, ActivityRef>>();
function activitiesOfOrg(model: OrgModel): Map<string, ActivityRef> {
  let index = activityIndexes.get(model);
  if (index === undefined) {
    index = new Map();
    for (const ref of model.activities) if (!index.has(ref.activity.id)) index.set(ref.activity.id, ref);
    activityIndexes.set(model, index);
  }
  return index;
}
