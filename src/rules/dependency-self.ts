import type { CharterFile, TeamRef } from '../model/model.js';
import { unreadableMayBelongTo } from '../model/unreadable.js';
import { defineFileRule } from './types.js';

/**
 * Whether a dependency of `file`'s function on `target` is a dependency on itself:
 * `target` is the function, or a department whose only function it is.
 */
export function isSelfDependency(file: CharterFile, target: TeamRef | undefined): boolean {
  if (target?.kind === 'function') return target.id === file.charter.id;
  if (target?.kind === 'department') return target.functions.length > 0 && target.functions.every((fn) => fn.id === file.charter.id);
  return false;
}

/** Reports a dependency on the function itself, directly or through a department it is the only function of. */
export default defineFileRule({
  meta: {
    id: 'dependency-self',
    description: 'A function depends on itself.',
    defaultSeverity: 'error',
    messages: {
      self: '"{{team}}" is this function itself',
      selfViaDepartment: '"{{team}}" is this function\'s department, and it is its only function',
    },
    help: {
      self: 'name the team you expect this of, or, if this function does the work itself, move it to activities',
      selfViaDepartment: 'name the team you expect this of, or, if this function does the work itself, move it to activities',
    },
  },
  check(file, context, model) {
    file.charter.dependencies?.forEach((dependency, i) => {
      const target = model.resolveTeam(dependency.team);
      if (!isSelfDependency(file, target)) return;
      // Another function of the department may be one whose charter cannot be read.
      if (target?.kind === 'department' && unreadableMayBelongTo(model, target.id)) return;
      context.report({
        source: file.source,
        path: ['dependencies', i, 'team'],
        messageId: target?.kind === 'department' ? 'selfViaDepartment' : 'self',
        data: { team: dependency.team },
      });
    });
  },
});
