import type { EditSpec } from '../locate/edits.js';
import type { CheckedFile, OrgModel } from '../model/model.js';
import type { SchemaIssue } from '../schema/issue.js';
import { fileStem } from '../schema/validate.js';
import { waitingNote } from '../model/unreadable.js';
import { defineOrgRule } from './types.js';

/** Reports values of the wrong type or shape, unknown keys and malformed ids (found by the schema stage). */
export default defineOrgRule({
  meta: {
    id: 'schema',
    description: 'A value has the wrong type or shape, a key is unknown, or an id is not kebab-case.',
    defaultSeverity: 'error',
    fixedSeverity: true,
    unsuppressible: 'fix the file instead (the other rules cannot check what it rejects)',
    reportsOn: 'file',
    messages: { issue: '{{message}}' },
    help: { issue: '{{help}}' },
  },
  check(model, context) {
    for (const file of model.files) {
      // In a file the rules cannot use, the first schema issue says which checks wait for it (unless a syntax problem does).
      const note = file.source.syntaxProblems.length === 0 ? waitingNote(model, file) : undefined;
      file.schemaIssues.forEach((issue, i) => {
        const help = [issue.help, i === 0 ? note : undefined].filter((h) => h !== undefined && h !== '').join('; ');
        const fix = fixOf(issue, file, model);
        context.report({
          source: file.source,
          path: issue.path,
          target: issue.target,
          messageId: 'issue',
          data: { message: issue.message, help },
          ...(fix !== undefined ? { fix } : {}),
        });
      });
    }
  },
});

/**
 * The safe fix of a schema issue: a misspelt key renamed to the one valid key close to
 * it; an id written in another case or with other separators kebab-cased, when the
 * kebab-case id is one that exists where it is used (so that it surely means it).
 */
function fixOf(issue: SchemaIssue, file: CheckedFile, model: OrgModel): EditSpec | undefined {
  const r = issue.replacement;
  if (r === undefined) return undefined;
  if ('key' in r) return { path: issue.path, target: 'key', text: r.key };
  return namesExisting(issue.path, r.id, file, model) ? { path: issue.path, text: r.id } : undefined;
}

/** Whether `id`, written at `path`, names something that exists there. */
function namesExisting(path: SchemaIssue['path'], id: string, file: CheckedFile, model: OrgModel): boolean {
  const [first] = path;
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (file.source.kind === 'org') return first === 'implicitProviders' && path.length === 2 && model.resolveTeam(id) !== undefined;
  if (path.length === 1 && first === 'id') return id === fileStem(file.source.path);
  if (path.length === 1 && first === 'department') return model.departmentById.has(id);
  if (first === 'dependencies' && path.length === 3 && last === 'team') return model.resolveTeam(id) !== undefined;
  if (first === 'products' && path.length === 2) return model.productById.has(id);
  if (first === 'risks' && path.length === 4 && parent === 'mitigatedBy') return file.writtenIds('activities').has(id);
  if (first === 'risks' && path.length === 4 && parent === 'monitoredBy') return file.writtenIds('operatingMetrics').has(id);
  return false;
}
