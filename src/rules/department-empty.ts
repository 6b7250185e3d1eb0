import { suggest } from '../text/suggest.js';
import { departmentsWithChildren } from '../model/build.js';
import type { OrgModel } from '../model/model.js';
import { unreadableMayBelongTo } from '../model/unreadable.js';
import { defineOrgRule } from './types.js';

/**
 * With org.yaml: every department it declares should have at least one function
 * charter, or sub-departments (`parent`) that hold them. Silent without a usable org.yaml.
 */
export default defineOrgRule({
  meta: {
    id: 'department-empty',
    description: 'With org.yaml: a department has no charter.',
    defaultSeverity: 'warn',
    messages: {
      empty: 'Department "{{department}}" has no charter',
    },
    help: {
      empty: 'write a charter for each of its functions with "department: {{department}}", or remove the department from org.yaml if it no longer exists',
    },
  },
  check(model, context) {
    if (model.org === undefined) return;
    const staffed = departmentsOfMisspeltCharters(model);
    for (const [id, department] of model.departmentById) {
      // A department with sub-departments has its functions there.
      if (department === undefined || model.functionsByDepartment.has(id) || staffed.has(id) || departmentsWithChildren(model).has(id)) continue;
      // A charter that cannot be read may be one of its functions.
      if (unreadableMayBelongTo(model, id)) continue;
      context.report({ source: department.source, path: [...department.path, 'id'], messageId: 'empty', data: { department: id } });
    }
  },
});

/**
 * The departments that charters whose department the schema rejected most likely
 * belong to: such a file is a charter of its department all the same.
 */
function departmentsOfMisspeltCharters(model: OrgModel): Set<string> {
  const named = new Set<string>();
  // A charter whose department the schema rejected (`department: ClientOutcomes`) most
  // likely belongs to the department nearest to what it says.
  const ids = [...model.departmentById.keys()];
  for (const file of model.charters) {
    if (file.charter.department !== '') continue;
    const raw = file.writtenValue('department');
    const nearest = typeof raw === 'string' ? suggest(raw, ids) : undefined;
    if (nearest !== undefined) named.add(nearest);
  }
  return named;
}
