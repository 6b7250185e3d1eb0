import path from 'node:path';
import { departmentsWithChildren } from '../model/build.js';
import type { OrgModel } from '../model/model.js';
import { joinOr, oneOf } from '../text/quote.js';
import { suggest } from '../text/suggest.js';
import { defineOrgRule } from './types.js';

/**
 * With org.yaml: every department that serves the customer (not `internal: true`)
 * is accountable for one customer need, and the need it names is one org.yaml
 * lists. A department with sub-departments (`parent`) need not name one: its
 * children hold the needs. Silent without a usable org.yaml.
 */
export default defineOrgRule({
  meta: {
    id: 'department-no-need',
    description: 'With org.yaml: a department that is not internal names no customer need.',
    defaultSeverity: 'warn',
    messages: {
      missing: 'Department "{{department}}" names no customer need',
      missingNoNeeds: 'Department "{{department}}" names no customer need, and {{org}} lists none',
      misspelt: 'Customer need "{{need}}" is not in {{org}}',
      unknown: 'Customer need "{{need}}" is not in {{org}}',
      unknownNoNeeds: 'Customer need "{{need}}" is not in {{org}}, which lists none',
    },
    help: {
      missing: 'add "need:" with the customer need it is accountable for ({{needs}}), or "internal: true" if it serves the other departments rather than the customer',
      missingNoNeeds: 'add the needs the organization exists to meet under "customerNeeds:" and name this department\'s with "need:", or add "internal: true" if it serves the other departments rather than the customer',
      misspelt: 'did you mean "{{suggestion}}"?',
      unknown: 'use {{needs}}, or add "{{need}}" under "customerNeeds:"',
      unknownNoNeeds: 'add it under "customerNeeds:"',
    },
  },
  check(model, context) {
    const org = model.org;
    if (org === undefined) return;
    const orgName = path.basename(org.source.displayPath);
    const needIds = [...model.needById.keys()];
    let candidates: string | undefined; // computed once, for the first department that needs it

    for (const [id, department] of model.departmentById) {
      if (department === undefined) continue;
      const { need, internal } = department.value;
      const report = (messageId: string, at: readonly (string | number)[], data: Record<string, string> = {}): void =>
        context.report({ source: department.source, path: at, messageId, data: { department: id, org: orgName, ...data } });

      if (need === undefined) {
        // A department with sub-departments leaves the needs to them.
        if (departmentsWithChildren(model).has(id)) continue;
        // A need the schema stage dropped (not kebab-case) is reported there.
        if (internal === true || org.isDropped([...department.path, 'need'])) continue;
        if (needIds.length === 0) report('missingNoNeeds', [...department.path, 'id']);
        else report('missing', [...department.path, 'id'], { needs: (candidates ??= listCandidates(model, needIds)) });
        continue;
      }
      // A named need must exist, internal department or not: it is a reference like any other.
      if (model.needById.has(need)) continue;
      const needPath = [...department.path, 'need'];
      if (needIds.length === 0) report('unknownNoNeeds', needPath, { need });
      else {
        const suggestion = suggest(need, needIds);
        if (suggestion !== undefined) report('misspelt', needPath, { need, suggestion });
        else report('unknown', needPath, { need, needs: oneOf(needIds) });
      }
    }
  },
});

/**
 * The needs to offer a department that names none: those no department answers yet
 * (the likeliest ones), or else every need.
 */
function listCandidates(model: OrgModel, needIds: readonly string[]): string {
  const served = new Set<string>();
  for (const department of model.departmentById.values()) if (department?.value.need !== undefined) served.add(department.value.need);
  const unserved = needIds.filter((id) => !served.has(id));
  return unserved.length > 0 ? `no department answers ${joinOr(unserved)} yet` : oneOf(needIds);
}
