import { isMap, isScalar, isSeq } from 'yaml';
import { listQuoted } from '../text/quote.js';
import { suggest } from '../text/suggest.js';
import { defineOrgRule } from './types.js';

/**
 * With org.yaml: every customer need it lists has a department accountable for it
 * (a department whose `need` names it). Silent without a usable org.yaml.
 */
export default defineOrgRule({
  meta: {
    id: 'need-unserved',
    description: 'With org.yaml: a customer need that no department is accountable for.',
    defaultSeverity: 'error',
    messages: {
      unserved: 'No department is accountable for customer need "{{need}}"',
      misspeltInDepartment: 'No department is accountable for customer need "{{need}}"',
      unservedCandidates: 'No department is accountable for customer need "{{need}}"',
    },
    help: {
      unserved: 'add "need: {{need}}" to the department that answers it, or add a department for it',
      misspeltInDepartment: 'department "{{department}}" names "{{misspelt}}", which looks like a misspelling of it',
      unservedCandidates: 'add "need: {{need}}" to the department that answers it (departments that name no need yet: {{departments}}), or add a department for it',
    },
  },
  check(model, context) {
    const org = model.org;
    if (org === undefined) return;
    const served = new Set<string>();
    const withoutNeed: string[] = [];
    /** Needs that departments name but org.yaml does not list, with the first department naming each. */
    const unknownNamed = new Map<string, string>();
    for (const [id, department] of model.departmentById) {
      if (department === undefined) continue;
      const need = department.value.need;
      if (need === undefined) {
        // A need the schema stage dropped (not kebab-case) names one, just badly.
        if (department.value.internal !== true && !org.isDropped([...department.path, 'need'])) withoutNeed.push(id);
      } else {
        served.add(need);
        if (!model.needById.has(need) && !unknownNamed.has(need)) unknownNamed.set(need, id);
      }
    }
    // A need a department names in a way the schema rejected (a list of needs, say) is named all the same: the schema finding says what to fix.
    if (org.hasDroppedUnder(['departments'])) for (const need of writtenNeeds(org.writtenValue('departments'))) served.add(need);
    const departments = withoutNeed.length > 0 ? listQuoted(withoutNeed) : undefined;
    for (const [id, need] of model.needById) {
      if (served.has(id)) continue;
      const report = (messageId: string, data: Record<string, string>): void =>
        context.report({ source: need.source, path: [...need.path, 'id'], messageId, data: { need: id, ...data } });
      const misspelt = unknownNamed.size > 0 ? suggest(id, unknownNamed.keys()) : undefined;
      if (misspelt !== undefined) report('misspeltInDepartment', { misspelt, department: unknownNamed.get(misspelt)! });
      else if (departments !== undefined) report('unservedCandidates', { departments });
      else report('unserved', {});
    }
  },
});

/** The need ids the departments of org.yaml name as written, lists included. */
function writtenNeeds(departments: unknown): string[] {
  if (!isSeq(departments)) return [];
  const found: string[] = [];
  for (const item of departments.items) {
    if (!isMap(item)) continue;
    const need: unknown = item.get('need');
    if (typeof need === 'string') found.push(need);
    else if (isSeq(need)) for (const entry of need.items) if (isScalar(entry) && typeof entry.value === 'string') found.push(entry.value);
  }
  return found;
}
