import { isSelfDependency } from './dependency-self.js';
import { defineOrgRule } from './types.js';

/**
 * Reports a dependency on a function or department that no activity of that team
 * fulfils (the model's `unacknowledged` status), saying exactly which `fulfils` entry
 * to add where. Dependencies on external teams, unknown teams (dependency-unknown)
 * and the function itself (dependency-self) are not this rule's business.
 */
export default defineOrgRule({
  meta: {
    id: 'dependency-unacknowledged',
    description: 'The team depended on has no activity that fulfils the dependency.',
    defaultSeverity: 'warn',
    messages: {
      function: '"{{team}}" has no activity that fulfils this dependency',
      department: 'No function of "{{team}}" fulfils this dependency',
      emptyDepartment: 'Department "{{team}}" has no charter yet, so nothing fulfils this',
    },
    help: {
      function: 'add "fulfils: [{{entry}}]"{{alternative}} to the {{team}} activity that delivers it',
      department: 'add "fulfils: [{{entry}}]"{{alternative}} to the activity of the {{team}} function that delivers it',
      emptyDepartment: 'when the function that delivers it has a charter, add "fulfils: [{{entry}}]" to the activity that does',
    },
  },
  check(model, context) {
    for (const edge of model.dependencies) {
      const { target } = edge;
      if (edge.status !== 'unacknowledged' || target === undefined || isSelfDependency(edge.from.file, target)) continue;
      const fn = edge.from.id;
      const dependencyId = edge.dependency.id;
      const entry = dependencyId === undefined ? fn : `${fn}/${dependencyId}`;
      const alternative = dependencyId === undefined ? '' : ` (or "${fn}" for all of ${fn}'s dependencies on ${target.id})`;
      const messageId = target.kind === 'function' ? 'function' : target.kind === 'department' && target.functions.length === 0 ? 'emptyDepartment' : 'department';
      context.report({
        source: edge.from.file.source,
        path: [...edge.path, 'team'],
        messageId,
        data: { team: target.id, entry, alternative },
      });
    }
  },
});
