import path from 'node:path';
import { ID_PATTERN } from '../schema/common.js';
import { fileStem } from '../schema/validate.js';
import type { OrgModel } from '../model/model.js';
import { defineFileRule } from './types.js';

/**
 * Whether changing a charter's id from `id` to `stem` changes nothing else: no team,
 * fulfils entry or implicit provider names the old id, and no function, department or
 * external team has the new one (a team naming it would then mean this function).
 */
function safeToRename(id: string, stem: string, model: OrgModel): boolean {
  if (model.resolveTeam(stem) !== undefined || model.departmentById.has(stem)) return false;
  // A reference the schema stage could not read (`team: Support-Desk`, a misspelt `dependencie:`) may name the old id.
  if (model.files.some((f) => f.kind === 'unusable' || f.schemaIssues.length > 0)) return false;
  if (model.dependencies.some((edge) => edge.dependency.team === id)) return false;
  if (model.fulfils.some((claim) => claim.functionId === id)) return false;
  return !(model.org?.org.implicitProviders ?? []).includes(id);
}

/**
 * Reports a charter whose `id` differs from its file name (without extension), so
 * that `charters/csm.yaml` is always the charter of function `csm`.
 */
export default defineFileRule({
  meta: {
    id: 'id-matches-filename',
    description: 'A charter\'s id differs from its file name.',
    defaultSeverity: 'error',
    messages: {
      renameEither: 'The id "{{id}}" differs from the file name "{{file}}"',
      renameFile: 'The id "{{id}}" differs from the file name "{{file}}"',
    },
    help: {
      renameEither: 'rename the file to "{{expectedFile}}" or change the id to "{{stem}}"',
      renameFile: 'rename the file to "{{expectedFile}}" (a file name that is not a valid id cannot be a function\'s id)',
    },
  },
  check(file, context, model) {
    const { id } = file.charter;
    const stem = fileStem(file.source.path);
    if (id === stem) return;
    const name = path.basename(file.source.path);
    const extension = name.slice(stem.length);
    // When the stem is not kebab-case, changing the id to it would only trade this finding for a schema error.
    const either = ID_PATTERN.test(stem);
    context.report({
      source: file.source,
      path: ['id'],
      messageId: either ? 'renameEither' : 'renameFile',
      data: { id, file: name, stem, expectedFile: `${id}${extension}` },
      ...(either && safeToRename(id, stem, model) ? { fix: { path: ['id'], text: stem } } : {}),
    });
  },
});
