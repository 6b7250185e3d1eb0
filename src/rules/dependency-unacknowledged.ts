import { isSelfDependency } from './dependency-self.js';
import type { DependencyEdge, FulfilsRef } from '../model/model.js';
import { unreadableMayBelongTo } from '../model/unreadable.js';
import { suggest } from '../text/suggest.js';
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
    // Claims that acknowledge nothing, by the function whose dependency they name.
    const stray = new Map<string, FulfilsRef[]>();
    for (const claim of model.fulfils) {
      if (claim.acknowledges.length > 0 || claim.dependencyId === undefined) continue;
      let list = stray.get(claim.functionId);
      if (list === undefined) stray.set(claim.functionId, (list = []));
      list.push(claim);
    }
    for (const edge of model.dependencies) {
      const { target } = edge;
      if (edge.status !== 'unacknowledged' || target === undefined || isSelfDependency(edge.from.file, target)) continue;
      // A function of the department whose charter cannot be read may be the one that fulfils it.
      if (target.kind === 'department' && unreadableMayBelongTo(model, target.id)) continue;
      // The team claims it under a misspelt id: fulfils-stale reports that typo, with "did you mean" (one typo, one finding).
      if (misspeltClaim(edge, stray.get(edge.from.id))) continue;
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

/** Whether a claim of the team depended on names this dependency with an id one typo away from its own. */
function misspeltClaim(edge: DependencyEdge, claims: readonly FulfilsRef[] | undefined): boolean {
  const { target } = edge;
  const id = edge.dependency.id;
  if (claims === undefined || id === undefined || target === undefined) return false;
  return claims.some(
    (claim) =>
      (target.kind === 'function' ? claim.provider === target.function : target.kind === 'department' && claim.provider.department === target.id) &&
      suggest(claim.dependencyId!, [id]) !== undefined,
  );
}
